#pragma once

// A recoverable secp256k1 signature as Ethereum writes it: r, s and v (0/1 recovery id,
// shown as 27/28 in EIP-191 signatures).

#include "common/result.h"

#include <QByteArray>

namespace dd::crypto {

struct Signature {
    QByteArray r; // 32 bytes, big-endian
    QByteArray s; // 32 bytes, big-endian, always in the lower half of the order (low-s)
    int recoveryId = 0; // 0 or 1

    // r || s || v with v = 27 + recoveryId, the 65-byte form of eth_sign and cast.
    QByteArray toRsv() const;
    // Accepts v as 0/1 or 27/28.
    static Result<Signature> fromRsv(const QByteArray &bytes);
    // Strict DER (as in X.509 and Wycheproof's vectors); recoveryId is unknown and left 0.
    static Result<Signature> fromDer(const QByteArray &der);
};

// Recovers the 64-byte uncompressed public key (without the 0x04 prefix) that signed hash.
Result<QByteArray> recoverPublicKey(const QByteArray &hash32, const Signature &signature);

// Verifies a signature against a 64-byte public key; rejects high-s signatures.
bool verifySignature(const QByteArray &hash32, const Signature &signature, const QByteArray &publicKey64);

} // namespace dd::crypto
