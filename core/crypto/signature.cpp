#include "crypto/signature.h"

#include "crypto/secp256k1context.h"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

namespace dd::crypto {

namespace {
const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

QByteArray Signature::toRsv() const
{
    QByteArray out = r + s;
    out.append(char(27 + recoveryId));
    return out;
}

Result<Signature> Signature::fromRsv(const QByteArray &rsv)
{
    if (rsv.size() != 65)
        return Result<Signature>::failure(
            QStringLiteral("A signature has 65 bytes (r, s, v); this one has %1.").arg(rsv.size()),
            ErrorCode::InvalidInput);
    int v = static_cast<unsigned char>(rsv[64]);
    if (v >= 27)
        v -= 27;
    if (v != 0 && v != 1)
        return Result<Signature>::failure(QStringLiteral("The signature's v byte (%1) is not 0, 1, 27 or 28.")
                                              .arg(static_cast<unsigned char>(rsv[64])),
            ErrorCode::InvalidInput);
    return Signature {rsv.left(32), rsv.mid(32, 32), v};
}

Result<Signature> Signature::fromDer(const QByteArray &der)
{
    secp256k1_ecdsa_signature sig;
    if (!secp256k1_ecdsa_signature_parse_der(secp256k1Context(), &sig, bytes(der), size_t(der.size())))
        return Result<Signature>::failure(QStringLiteral("The signature is not valid DER."), ErrorCode::InvalidInput);
    unsigned char compact[64];
    secp256k1_ecdsa_signature_serialize_compact(secp256k1Context(), compact, &sig);
    return Signature {QByteArray(reinterpret_cast<const char *>(compact), 32),
        QByteArray(reinterpret_cast<const char *>(compact + 32), 32), 0};
}

Result<QByteArray> recoverPublicKey(const QByteArray &hash32, const Signature &signature)
{
    if (hash32.size() != 32 || signature.r.size() != 32 || signature.s.size() != 32)
        return Result<QByteArray>::failure(QStringLiteral("Malformed hash or signature."), ErrorCode::InvalidInput);
    const QByteArray rs = signature.r + signature.s;
    secp256k1_ecdsa_recoverable_signature sig;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(secp256k1Context(), &sig, bytes(rs), signature.recoveryId))
        return Result<QByteArray>::failure(
            QStringLiteral("The signature's r or s is out of range."), ErrorCode::InvalidInput);
    secp256k1_pubkey pubkey;
    if (!secp256k1_ecdsa_recover(secp256k1Context(), &pubkey, &sig, bytes(hash32)))
        return Result<QByteArray>::failure(
            QStringLiteral("No public key can be recovered from this signature."), ErrorCode::InvalidInput);
    unsigned char out[65];
    size_t len = sizeof out;
    secp256k1_ec_pubkey_serialize(secp256k1Context(), out, &len, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    return QByteArray(reinterpret_cast<const char *>(out + 1), 64);
}

bool verifySignature(const QByteArray &hash32, const Signature &signature, const QByteArray &publicKey64)
{
    if (hash32.size() != 32 || publicKey64.size() != 64 || signature.r.size() != 32 || signature.s.size() != 32)
        return false;
    secp256k1_pubkey pubkey;
    const QByteArray full = QByteArray(1, '\x04') + publicKey64;
    if (!secp256k1_ec_pubkey_parse(secp256k1Context(), &pubkey, bytes(full), size_t(full.size())))
        return false;
    secp256k1_ecdsa_signature sig;
    const QByteArray rs = signature.r + signature.s;
    if (!secp256k1_ecdsa_signature_parse_compact(secp256k1Context(), &sig, bytes(rs)))
        return false;
    // secp256k1_ecdsa_verify refuses high-s signatures, as Ethereum (EIP-2) requires.
    return secp256k1_ecdsa_verify(secp256k1Context(), &sig, bytes(hash32), &pubkey) == 1;
}

} // namespace dd::crypto
