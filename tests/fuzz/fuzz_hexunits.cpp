// Hex, numbers and amounts as a member types them or a node answers them (common/hex,
// eth/uint256, eth/units, crypto/address): parsed or refused; what parses prints back.

#include "fuzzinput.h"

#include "common/hex.h"
#include "crypto/address.h"
#include "eth/uint256.h"
#include "eth/units.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = dd::fuzz::text(data, size);
    if (auto bytes = dd::fromHex(input))
        dd::fuzz::require(dd::fromHex(dd::toHex(bytes.value())).value() == bytes.value(), "hex round trip");
    if (auto number = dd::eth::UInt256::parse(input))
        dd::fuzz::require(dd::eth::UInt256::fromDecimal(number.value().toDecimal()).value() == number.value(),
            "uint256: decimal round trip");
    (void)dd::eth::UInt256::parseSigned(input);
    for (int decimals : {0, 6, 18})
        if (auto amount = dd::eth::parseUnits(input, decimals))
            (void)dd::eth::formatUnits(amount.value(), decimals);
    (void)dd::eth::parseAmountWithUnit(input);
    if (auto address = dd::crypto::Address::parse(input))
        dd::fuzz::require(dd::crypto::Address::parse(address.value().toChecksumString()).value() == address.value(),
            "address: checksum round trip");
    return 0;
}
