#include "crypto/privatekey.h"

#include "common/hex.h"
#include "crypto/keccak.h"
#include "crypto/secp256k1context.h"
#include "crypto/securerandom.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace dd::crypto {

PrivateKey PrivateKey::generate()
{
    for (;;) {
        SecureBytes candidate = secureRandomBytes(32);
        if (secp256k1_ec_seckey_verify(secp256k1Context(), candidate.data()))
            return PrivateKey(std::move(candidate));
    }
}

Result<PrivateKey> PrivateKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 32)
        return Result<PrivateKey>::failure(
            QStringLiteral("A private key has 32 bytes (64 hex digits); this one has %1.").arg(bytes.size()),
            ErrorCode::InvalidInput);
    SecureBytes secret(bytes);
    if (!secp256k1_ec_seckey_verify(secp256k1Context(), secret.data()))
        return Result<PrivateKey>::failure(
            QStringLiteral("This is not a valid private key: it is zero or not below the curve order."),
            ErrorCode::InvalidInput);
    return PrivateKey(std::move(secret));
}

Result<PrivateKey> PrivateKey::fromHex(QStringView hex)
{
    auto bytes = dd::fromHex(hex.trimmed());
    if (!bytes)
        return Result<PrivateKey>::failure(
            QStringLiteral("The private key is not hex: ") + bytes.message(), ErrorCode::InvalidInput);
    auto key = fromBytes(bytes.value());
    wipeByteArray(bytes.value());
    return key;
}

static secp256k1_pubkey makePubkey(const SecureBytes &secret)
{
    secp256k1_pubkey pubkey;
    [[maybe_unused]] const int ok = secp256k1_ec_pubkey_create(secp256k1Context(), &pubkey, secret.data());
    return pubkey;
}

QByteArray PrivateKey::publicKey() const
{
    const secp256k1_pubkey pubkey = makePubkey(m_secret);
    unsigned char out[65];
    size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(secp256k1Context(), out, &len, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char *>(out + 1), 64);
}

QByteArray PrivateKey::compressedPublicKey() const
{
    const secp256k1_pubkey pubkey = makePubkey(m_secret);
    unsigned char out[33];
    size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(secp256k1Context(), out, &len, &pubkey, SECP256K1_EC_COMPRESSED);
    return QByteArray(reinterpret_cast<const char *>(out), 33);
}

Address PrivateKey::address() const
{
    return Address::fromPublicKey(publicKey());
}

Signature PrivateKey::sign(const QByteArray &hash32) const
{
    Q_ASSERT(hash32.size() == 32);
    secp256k1_ecdsa_recoverable_signature sig;
    secp256k1_ecdsa_sign_recoverable(secp256k1Context(), &sig,
        reinterpret_cast<const unsigned char *>(hash32.constData()), m_secret.data(), nullptr, nullptr);
    unsigned char compact[64];
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(secp256k1Context(), compact, &recid, &sig);
    return Signature {QByteArray(reinterpret_cast<const char *>(compact), 32),
        QByteArray(reinterpret_cast<const char *>(compact + 32), 32), recid};
}

} // namespace dd::crypto
