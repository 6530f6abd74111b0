#pragma once

// Numbers and durations as the window shows them, in the user's locale.

#include "eth/uint256.h"

#include <QString>

namespace dd::app {

// 1234567.5 tokens -> "1,234,567.5" (at most `fractionDigits` decimals shown).
QString displayAmount(const eth::UInt256 &amount, int decimals, int fractionDigits = 4);
// About how long: "45 s", "12 min", "3 h 20 min", "2 days".
QString displayDuration(qint64 seconds);

} // namespace dd::app
