#include "crypto/bip32.h"

#include "crypto/base58.h"
#include "crypto/secp256k1context.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <secp256k1.h>

namespace dd::crypto::bip32 {

namespace {

constexpr quint32 hardenedBit = 0x80000000u;

SecureBytes hmacSha512(QByteArrayView key, QByteArrayView data)
{
    SecureBytes out(64);
    unsigned int len = 64;
    HMAC(EVP_sha512(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(data.data()),
        size_t(data.size()), out.data(), &len);
    return out;
}

QByteArray hash160(const QByteArray &data)
{
    const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_Digest(sha.constData(), size_t(sha.size()), out, &len, EVP_ripemd160(), nullptr);
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

QByteArray publicKeyOf(const SecureBytes &key)
{
    auto pk = PrivateKey::fromBytes(key.view());
    return pk ? pk.value().compressedPublicKey() : QByteArray();
}

QByteArray serialize(const ExtendedKey &k, quint32 version, const QByteArray &keyData)
{
    QByteArray out;
    char buf[4];
    qToBigEndian(version, buf);
    out.append(buf, 4);
    out.append(char(k.depth));
    out.append(k.parentFingerprint);
    qToBigEndian(k.childNumber, buf);
    out.append(buf, 4);
    out.append(k.chainCode.view());
    out.append(keyData);
    return out;
}

} // namespace

QString ExtendedKey::toXprv() const
{
    QByteArray keyData = QByteArray(1, '\0') + key.toByteArray();
    const QString out = base58CheckEncode(serialize(*this, 0x0488ADE4u, keyData));
    wipeByteArray(keyData);
    return out;
}

QString ExtendedKey::toXpub() const
{
    return base58CheckEncode(serialize(*this, 0x0488B21Eu, publicKeyOf(key)));
}

Result<ExtendedKey> masterKeyFromSeed(const SecureBytes &seed)
{
    const SecureBytes i = hmacSha512(QByteArrayView("Bitcoin seed"), seed.view());
    ExtendedKey master;
    master.key = SecureBytes(i.view().first(32));
    master.chainCode = SecureBytes(i.view().sliced(32));
    if (!secp256k1_ec_seckey_verify(secp256k1Context(), master.key.data()))
        return Result<ExtendedKey>::failure(
            QStringLiteral("This seed gives an invalid master key (probability 2^-127)."));
    return master;
}

Result<ExtendedKey> deriveChild(const ExtendedKey &parent, quint32 index)
{
    QByteArray data;
    if (index & hardenedBit)
        data = QByteArray(1, '\0') + parent.key.toByteArray();
    else
        data = publicKeyOf(parent.key);
    char buf[4];
    qToBigEndian(index, buf);
    data.append(buf, 4);
    const SecureBytes i = hmacSha512(parent.chainCode.view(), data);
    wipeByteArray(data);

    ExtendedKey child;
    child.key = parent.key;
    // child = parse256(IL) + kpar (mod n); libsecp256k1 fails if IL >= n or the sum is zero.
    if (!secp256k1_ec_seckey_tweak_add(secp256k1Context(), child.key.data(), i.data()))
        return Result<ExtendedKey>::failure(
            QStringLiteral("Child key %1 is invalid (probability 2^-127); use the next index.").arg(index));
    child.chainCode = SecureBytes(i.view().sliced(32));
    child.depth = parent.depth + 1;
    child.childNumber = index;
    child.parentFingerprint = hash160(publicKeyOf(parent.key)).left(4);
    return child;
}

Result<ExtendedKey> derivePath(const ExtendedKey &master, const QString &path)
{
    const QStringList parts = path.trimmed().split(u'/');
    if (parts.isEmpty() || parts.first() != QLatin1String("m"))
        return Result<ExtendedKey>::failure(
            QStringLiteral("A derivation path starts with m/, like m/44'/60'/0'/0/0."), ErrorCode::InvalidInput);
    ExtendedKey current = master;
    for (qsizetype n = 1; n < parts.size(); ++n) {
        QString step = parts[n];
        quint32 flag = 0;
        if (step.endsWith(u'\'') || step.endsWith(u'h') || step.endsWith(u'H')) {
            flag = hardenedBit;
            step.chop(1);
        }
        bool ok = false;
        const qulonglong value = step.toULongLong(&ok);
        if (!ok || value >= hardenedBit)
            return Result<ExtendedKey>::failure(
                QStringLiteral("\"%1\" is not a valid step in the derivation path %2.").arg(parts[n], path),
                ErrorCode::InvalidInput);
        auto next = deriveChild(current, quint32(value) | flag);
        if (!next)
            return next;
        current = std::move(next).value();
    }
    return current;
}

QString ethereumPath(int index)
{
    return QStringLiteral("m/44'/60'/0'/0/%1").arg(index);
}

Result<PrivateKey> ethereumKeyFromSeed(const SecureBytes &seed, int index)
{
    auto master = masterKeyFromSeed(seed);
    if (!master)
        return master.error();
    auto derived = derivePath(master.value(), ethereumPath(index));
    if (!derived)
        return derived.error();
    return PrivateKey::fromBytes(derived.value().key.view());
}

} // namespace dd::crypto::bip32
