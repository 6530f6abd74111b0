// RLP (eth/rlp): any bytes decode or are refused; what decodes encodes back to the same bytes
// (the decoder accepts only canonical RLP).

#include "fuzzinput.h"

#include "eth/rlp.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = dd::fuzz::bytes(data, size);
    auto decoded = dd::eth::rlp::decode(input);
    if (decoded)
        dd::fuzz::require(dd::eth::rlp::encode(decoded.value()) == input, "rlp: encode(decode(x)) == x");
    return 0;
}
