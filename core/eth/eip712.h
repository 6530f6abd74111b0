#pragma once

// EIP-712 typed structured data: the hash wallets sign for permits, votes by signature and
// off-chain orders. Nested structs, arrays, and domains with any subset of the standard fields.

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace dd::eth::eip712 {

struct TypedDataHashes {
    QByteArray domainSeparator;
    QByteArray messageHash;
    QByteArray digest; // keccak256(0x1901 || domainSeparator || messageHash): what gets signed
};

// The JSON of eth_signTypedData_v4: {types, primaryType, domain, message}. EIP712Domain may be
// omitted from types; it is then derived from the domain's fields.
Result<TypedDataHashes> hash(const QJsonObject &typedData);

// encodeType of a struct, with its referenced types sorted by name (for tests and display).
Result<QString> encodeType(const QJsonObject &types, const QString &primaryType);

} // namespace dd::eth::eip712
