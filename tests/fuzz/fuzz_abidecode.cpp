// ABI data (eth/abicodec) as a node or a log hands it over: the first byte picks the types,
// the rest is the data. Decoded or refused, within memory bounded by the input; what decodes
// encodes to data that decodes to the same values.

#include "fuzzinput.h"

#include "eth/abicodec.h"
#include "eth/abitype.h"

#include <array>

namespace {

// The shapes the app decodes: Governor events and calls, the token's, the registry's, and
// nested arrays of tuples that exercise offsets.
constexpr std::array kTypes {u"uint256", u"bytes", u"string", u"bytes[]", u"string[]", u"uint256[]",
    u"address,uint256,bytes32", u"uint256,address,address[],uint256[],string[],bytes[],uint256,uint256,string",
    u"(uint256,bytes)[]", u"(())[1][]", u"uint8[3][]", u"(string,(bytes,uint256[])[])", u"bool,int8,bytes4",
    u"uint256[2][2]", u"(address,uint96)[]"};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    auto types = dd::eth::AbiType::parseList(QStringView(kTypes[data[0] % kTypes.size()])).value();
    const QByteArray input = dd::fuzz::bytes(data + 1, size - 1);
    auto decoded = dd::eth::abi::decode(types, input);
    if (!decoded)
        return 0;
    auto encoded = dd::eth::abi::encode(types, decoded.value());
    dd::fuzz::require(encoded.ok(), "abi: decoded values encode");
    auto again = dd::eth::abi::decode(types, encoded.value());
    dd::fuzz::require(again.ok(), "abi: encode(decode(x)) decodes");
    dd::fuzz::require(
        dd::eth::abi::encode(types, again.value()).value() == encoded.value(), "abi: decode(encode(v)) == v");
    return 0;
}
