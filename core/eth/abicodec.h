#pragma once

// The Solidity contract ABI encoding: head/tail layout, dynamic types by offset. The decoder
// checks every offset and length against the data, since return data comes from other people's
// contracts and nodes.

#include "common/result.h"
#include "eth/abitype.h"
#include "eth/abivalue.h"

namespace dd::eth::abi {

Result<QByteArray> encode(const std::vector<AbiType> &types, const AbiValue::List &values);
Result<AbiValue::List> decode(const std::vector<AbiType> &types, const QByteArray &data);

} // namespace dd::eth::abi
