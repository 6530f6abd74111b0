#include "crypto/keystore.h"

#include "common/hex.h"
#include "crypto/keccak.h"
#include "crypto/securerandom.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <sodium.h>

#include <cmath>

namespace dd::crypto::keystore {

namespace {

using SecretResult = Result<SecureBytes>;

SecretResult invalid(const QString &why)
{
    return SecretResult::failure(
        QStringLiteral("This keystore file cannot be used: %1").arg(why), ErrorCode::InvalidInput);
}

struct Parsed {
    QJsonObject crypto;
    QByteArray ciphertext;
    QByteArray iv;
    QByteArray mac;
};

Result<Parsed> parseCrypto(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<Parsed>::failure(
            QStringLiteral("This file is not a keystore: it is not valid JSON (%1 at byte %2). It may be "
                           "truncated or corrupt.")
                .arg(error.errorString())
                .arg(error.offset),
            ErrorCode::InvalidInput);
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("version")).toInt() != 3)
        return Result<Parsed>::failure(
            QStringLiteral("This file is not a version 3 keystore (Web3 Secret Storage)."), ErrorCode::InvalidInput);
    // Some old writers used "Crypto".
    QJsonObject crypto = root.value(QLatin1String("crypto")).toObject();
    if (crypto.isEmpty())
        crypto = root.value(QLatin1String("Crypto")).toObject();
    if (crypto.isEmpty())
        return Result<Parsed>::failure(
            QStringLiteral("This keystore has no \"crypto\" section."), ErrorCode::InvalidInput);
    if (crypto.value(QLatin1String("cipher")).toString() != QLatin1String("aes-128-ctr"))
        return Result<Parsed>::failure(
            QStringLiteral("This keystore uses the cipher \"%1\"; only aes-128-ctr is supported.")
                .arg(crypto.value(QLatin1String("cipher")).toString()),
            ErrorCode::InvalidInput);
    auto ciphertext = fromHex(crypto.value(QLatin1String("ciphertext")).toString());
    auto iv = fromHex(crypto.value(QLatin1String("cipherparams")).toObject().value(QLatin1String("iv")).toString());
    auto mac = fromHex(crypto.value(QLatin1String("mac")).toString());
    if (!ciphertext || ciphertext.value().isEmpty())
        return Result<Parsed>::failure(
            QStringLiteral("The keystore's ciphertext is missing or not hex."), ErrorCode::InvalidInput);
    if (!iv || iv.value().size() != 16)
        return Result<Parsed>::failure(
            QStringLiteral("The keystore's iv is missing or not 16 bytes."), ErrorCode::InvalidInput);
    if (!mac || mac.value().size() != 32)
        return Result<Parsed>::failure(
            QStringLiteral("The keystore's mac is missing or not 32 bytes."), ErrorCode::InvalidInput);
    return Parsed {crypto, ciphertext.value(), iv.value(), mac.value()};
}

SecretResult scryptKey(
    const QByteArray &password, const QByteArray &salt, quint64 n, quint64 r, quint64 p, const KdfLimits &limits)
{
    if (n < 2 || (n & (n - 1)) != 0)
        return invalid(QStringLiteral("scrypt n=%1 is not a power of two above 1.").arg(n));
    if (r < 1 || p < 1)
        return invalid(QStringLiteral("scrypt r and p must be at least 1."));
    // Each factor is at most 2^40 (checked by the caller): no product here overflows.
    const quint64 work = n * r * p;
    const quint64 memory = 128 * r * (n + p + 2);
    if (r > 1024 || p > 1024 || work > quint64(limits.maxScryptWork) || memory > quint64(limits.maxScryptMemoryBytes)) {
        const double standard = double(work) / double(quint64(1) << 21);
        return invalid(QStringLiteral("it asks for scrypt n=%1, r=%2, p=%3: %4 times the work of a standard "
                                      "geth keystore and %5 MiB of memory. This app opens keystores up to %6 "
                                      "times that work and %7 MiB, which protects against files made to exhaust "
                                      "memory or time. Re-export the key with standard parameters.")
                           .arg(n)
                           .arg(r)
                           .arg(p)
                           .arg(QLocale::c().toString(standard, 'g', 3))
                           .arg(memory >> 20)
                           .arg(limits.maxScryptWork >> 21)
                           .arg(limits.maxScryptMemoryBytes >> 20));
    }
    // RFC 7914 requires n < 2^(128 r / 8); OpenSSL enforces it, and so do we, with words. The
    // keystore spec's own scrypt example (n=2^18, r=1) breaks this rule; geth alone accepts it.
    if (r < 4 && n >= (quint64(1) << (16 * r)))
        return invalid(QStringLiteral("its scrypt parameters break RFC 7914 (n=%1 must be below 2^(16*r) with "
                                      "r=%2). Re-export the key from the wallet that made it with standard "
                                      "parameters (r=8).")
                           .arg(n)
                           .arg(r));
    // libsodium's scrypt (SIMD Salsa20/8): faster than OpenSSL's EVP_PBE_scrypt here, so unlocking
    // is no slower than cast (tests/bench/unlock.py).
    static const bool sodiumReady = sodium_init() >= 0;
    SecureBytes key(32);
    if (!sodiumReady
        || crypto_pwhash_scryptsalsa208sha256_ll(reinterpret_cast<const uint8_t *>(password.constData()),
               size_t(password.size()), reinterpret_cast<const uint8_t *>(salt.constData()), size_t(salt.size()), n,
               std::uint32_t(r), std::uint32_t(p), key.data(), key.size())
            != 0)
        return invalid(QStringLiteral("scrypt could not run with its parameters (out of memory?)."));
    return key;
}

SecretResult deriveKey(const QJsonObject &crypto, const QByteArray &password, const KdfLimits &limits)
{
    const QString kdf = crypto.value(QLatin1String("kdf")).toString();
    const QJsonObject params = crypto.value(QLatin1String("kdfparams")).toObject();
    auto salt = fromHex(params.value(QLatin1String("salt")).toString());
    if (!salt)
        return invalid(QStringLiteral("its salt is not hex."));
    const int dklen = params.value(QLatin1String("dklen")).toInt();
    if (dklen != 32)
        return invalid(QStringLiteral("its derived key length is %1 bytes, not 32.").arg(dklen));
    if (kdf == QLatin1String("scrypt")) {
        const double n = params.value(QLatin1String("n")).toDouble();
        const double r = params.value(QLatin1String("r")).toDouble();
        const double p = params.value(QLatin1String("p")).toDouble();
        if (n <= 0 || r <= 0 || p <= 0 || n > 1e12 || r > 1e6 || p > 1e6 || n != std::floor(n) || r != std::floor(r)
            || p != std::floor(p))
            return invalid(QStringLiteral("its scrypt parameters are missing or out of range."));
        return scryptKey(password, salt.value(), quint64(n), quint64(r), quint64(p), limits);
    }
    if (kdf == QLatin1String("pbkdf2")) {
        if (params.value(QLatin1String("prf")).toString() != QLatin1String("hmac-sha256"))
            return invalid(QStringLiteral("its pbkdf2 uses \"%1\"; only hmac-sha256 is supported.")
                               .arg(params.value(QLatin1String("prf")).toString()));
        const double c = params.value(QLatin1String("c")).toDouble();
        if (c < 1 || c != std::floor(c))
            return invalid(
                QStringLiteral("its pbkdf2 iteration count (%1) is not a whole number of at least 1.").arg(c));
        if (c > double(limits.maxPbkdf2Iterations))
            return invalid(QStringLiteral("it asks for %1 pbkdf2 iterations, %2 times a standard keystore's "
                                          "262,144. This app opens keystores up to %3 iterations, which protects "
                                          "against files made to exhaust time. Re-export the key with standard "
                                          "parameters.")
                               .arg(QLocale::c().toString(c, 'f', 0))
                               .arg(QLocale::c().toString(c / 262144.0, 'g', 3))
                               .arg(limits.maxPbkdf2Iterations));
        SecureBytes key(32);
        PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
            reinterpret_cast<const unsigned char *>(salt.value().constData()), int(salt.value().size()), int(c),
            EVP_sha256(), 32, key.data());
        return key;
    }
    return invalid(QStringLiteral("its key derivation \"%1\" is unknown (scrypt and pbkdf2 are supported).").arg(kdf));
}

QByteArray aes128Ctr(QByteArrayView key16, const QByteArray &iv, QByteArrayView input)
{
    QByteArray out(input.size(), '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len = 0;
    EVP_EncryptInit_ex(ctx, EVP_aes_128_ctr(), nullptr, reinterpret_cast<const unsigned char *>(key16.data()),
        reinterpret_cast<const unsigned char *>(iv.constData()));
    EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data()), &len,
        reinterpret_cast<const unsigned char *>(input.data()), int(input.size()));
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

QByteArray macOf(const SecureBytes &derived, const QByteArray &ciphertext)
{
    QByteArray material = derived.view().sliced(16, 16).toByteArray() + ciphertext;
    const QByteArray mac = keccak256(material);
    wipeByteArray(material);
    return mac;
}

} // namespace

bool looksLikeKeystoreFile(const QString &path)
{
    QFile file(path);
    if (QFileInfo(file).isDir() || file.size() > 64 * 1024 || !file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    return json.value(u"crypto").isObject() || json.value(u"Crypto").isObject();
}

Result<KeystoreInfo> inspect(const QByteArray &json)
{
    auto parsed = parseCrypto(json);
    if (!parsed)
        return parsed.error();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    KeystoreInfo info;
    info.id = root.value(QLatin1String("id")).toString();
    info.kdf = parsed.value().crypto.value(QLatin1String("kdf")).toString();
    const QString address = root.value(QLatin1String("address")).toString();
    if (!address.isEmpty()) {
        auto parsedAddress = Address::parse(hasHexPrefix(address) ? address : QStringLiteral("0x") + address);
        if (parsedAddress)
            info.address = parsedAddress.value();
    }
    return info;
}

Result<QByteArray> encrypt(const SecureBytes &secret, const QString &password, const std::optional<Address> &address,
    const ScryptParams &params)
{
    const SecureBytes salt = secureRandomBytes(32);
    const SecureBytes iv = secureRandomBytes(16);
    QByteArray passwordBytes = password.toUtf8();
    auto derived = scryptKey(
        passwordBytes, salt.toByteArray(), quint64(params.n), quint64(params.r), quint64(params.p), KdfLimits {});
    wipeByteArray(passwordBytes);
    if (!derived)
        return derived.error();
    const QByteArray ciphertext = aes128Ctr(derived.value().view().first(16), iv.toByteArray(), secret.view());
    const QByteArray mac = macOf(derived.value(), ciphertext);

    QJsonObject kdfparams {{QStringLiteral("dklen"), 32}, {QStringLiteral("n"), params.n},
        {QStringLiteral("r"), params.r}, {QStringLiteral("p"), params.p},
        {QStringLiteral("salt"), toHex(salt.view(), false)}};
    QJsonObject crypto {{QStringLiteral("cipher"), QStringLiteral("aes-128-ctr")},
        {QStringLiteral("cipherparams"), QJsonObject {{QStringLiteral("iv"), toHex(iv.view(), false)}}},
        {QStringLiteral("ciphertext"), toHex(ciphertext, false)}, {QStringLiteral("kdf"), QStringLiteral("scrypt")},
        {QStringLiteral("kdfparams"), kdfparams}, {QStringLiteral("mac"), toHex(mac, false)}};
    QJsonObject root {{QStringLiteral("crypto"), crypto},
        {QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)}, {QStringLiteral("version"), 3}};
    if (address)
        root.insert(QStringLiteral("address"), toHex(address->bytes(), false));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<SecureBytes> decrypt(const QByteArray &json, const QString &password, const KdfLimits &limits)
{
    auto parsed = parseCrypto(json);
    if (!parsed)
        return parsed.error();
    QByteArray passwordBytes = password.toUtf8();
    auto derived = deriveKey(parsed.value().crypto, passwordBytes, limits);
    wipeByteArray(passwordBytes);
    if (!derived)
        return derived.error();
    const QByteArray mac = macOf(derived.value(), parsed.value().ciphertext);
    if (CRYPTO_memcmp(mac.constData(), parsed.value().mac.constData(), 32) != 0)
        return SecretResult::failure(QStringLiteral("Wrong password for this keystore."), ErrorCode::WrongPassword);
    QByteArray plain = aes128Ctr(derived.value().view().first(16), parsed.value().iv, parsed.value().ciphertext);
    SecureBytes secret(plain);
    wipeByteArray(plain);
    return secret;
}

} // namespace dd::crypto::keystore
