#pragma once

// Ethereum transactions: EIP-1559 (type 2) and legacy with EIP-155 replay protection. Builds the
// signing hash, the signed raw bytes a node accepts, and decodes raw bytes back (recovering the
// sender) so the app can show what a raw transaction does before it is sent.

#include "common/result.h"
#include "crypto/address.h"
#include "crypto/privatekey.h"
#include "eth/uint256.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace dd::eth {

// EIP-2930: addresses and storage slots a transaction declares it touches (EIP-1559 carries it).
struct AccessListEntry {
    crypto::Address address;
    std::vector<QByteArray> storageKeys; // 32 bytes each
};

struct Transaction {
    enum class Type { Legacy, Eip1559 };

    Type type = Type::Eip1559;
    quint64 chainId = 1;
    UInt256 nonce;
    UInt256 maxPriorityFeePerGas; // EIP-1559 only
    UInt256 maxFeePerGas; // EIP-1559: max fee; legacy: the gas price
    UInt256 gasLimit;
    std::optional<crypto::Address> to; // empty: contract creation
    UInt256 value;
    QByteArray data;
    std::vector<AccessListEntry> accessList; // EIP-1559 only; the app sends none, others may

    QByteArray signingHash() const;
    QByteArray encodeSigned(const crypto::Signature &signature) const;
    QByteArray sign(const crypto::PrivateKey &key) const { return encodeSigned(key.sign(signingHash())); }
};

struct DecodedTransaction {
    Transaction transaction;
    crypto::Signature signature;
    crypto::Address sender;
    QByteArray hash; // keccak256 of the raw bytes
};

Result<DecodedTransaction> decodeRawTransaction(const QByteArray &raw);

} // namespace dd::eth
