#pragma once

// A secp256k1 private key held in wiped memory, with what Ethereum derives from it.

#include "common/result.h"
#include "common/securebytes.h"
#include "crypto/address.h"
#include "crypto/signature.h"

#include <QByteArray>

namespace dd::crypto {

class PrivateKey {
public:
    static PrivateKey generate();
    // Refuses zero, values at or above the curve order, and wrong lengths.
    static Result<PrivateKey> fromBytes(QByteArrayView bytes);
    static Result<PrivateKey> fromHex(QStringView hex);

    const SecureBytes &bytes() const { return m_secret; }
    QByteArray publicKey() const; // 64 bytes, uncompressed, without the 0x04 prefix
    QByteArray compressedPublicKey() const; // 33 bytes
    Address address() const;

    // Signs a 32-byte digest; deterministic (RFC 6979) and low-s.
    Signature sign(const QByteArray &hash32) const;

    void wipe() { m_secret.wipe(); }

private:
    explicit PrivateKey(SecureBytes secret) : m_secret(std::move(secret)) { }
    SecureBytes m_secret;
};

} // namespace dd::crypto
