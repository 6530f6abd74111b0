#pragma once

// ABI values as text, the way cast reads arguments and prints results: numbers in decimal or
// hex, addresses checksummed, arrays as [a, b], tuples as (a, b), strings quoted on output.

#include "common/result.h"
#include "eth/abitype.h"
#include "eth/abivalue.h"

#include <QStringList>

namespace dd::eth::abitext {

Result<AbiValue> parseValue(const AbiType &type, QStringView text);
Result<AbiValue::List> parseValues(const std::vector<AbiType> &types, const QStringList &texts);

// One value as cast prints it; numbers of 10^4 and more get cast's " [1.234e5]" hint.
QString format(const AbiType &type, const AbiValue &value);

} // namespace dd::eth::abitext
