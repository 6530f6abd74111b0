#pragma once

// BIP-32 hierarchical deterministic keys: private derivation from a seed along a path such as
// m/44'/60'/0'/0/0 (BIP-44, Ethereum's coin type 60).

#include "common/result.h"
#include "common/securebytes.h"
#include "crypto/privatekey.h"

#include <QString>

namespace dd::crypto::bip32 {

struct ExtendedKey {
    SecureBytes key; // 32-byte private key
    SecureBytes chainCode; // 32 bytes
    int depth = 0;
    quint32 childNumber = 0;
    QByteArray parentFingerprint = QByteArray(4, '\0');

    QString toXprv() const; // Base58Check serialization (mainnet version bytes)
    QString toXpub() const;
};

Result<ExtendedKey> masterKeyFromSeed(const SecureBytes &seed);
Result<ExtendedKey> deriveChild(const ExtendedKey &parent, quint32 index); // index >= 2^31 is hardened
// Path like "m/44'/60'/0'/0/3"; ' or h marks a hardened step.
Result<ExtendedKey> derivePath(const ExtendedKey &master, const QString &path);

// The path Ethereum wallets (MetaMask, cast, Ledger Live's default) use for account i.
QString ethereumPath(int index);
// Seed -> m/44'/60'/0'/0/index -> private key.
Result<PrivateKey> ethereumKeyFromSeed(const SecureBytes &seed, int index);

} // namespace dd::crypto::bip32
