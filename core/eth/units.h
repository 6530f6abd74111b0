#pragma once

// Token and ether amounts as text, without floating point: "1.5" with 18 decimals is
// 1500000000000000000.

#include "common/result.h"
#include "eth/uint256.h"

namespace dd::eth {

// Refuses more fractional digits than decimals, signs, exponents and empty text.
Result<UInt256> parseUnits(QStringView text, int decimals);
// Trailing zeros of the fraction are dropped: 1500000000000000000 with 18 -> "1.5".
QString formatUnits(const UInt256 &amount, int decimals);

// An amount as cast takes it: wei by default, or with a unit ("20gwei", "1.5ether"); 0x hex is wei.
Result<UInt256> parseAmountWithUnit(QStringView text);

} // namespace dd::eth
