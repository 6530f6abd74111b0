// Raw transactions (eth/transaction), as a journal or a node hands them back: decoded or
// refused; what decodes re-encodes to the same bytes (access list and signature included).

#include "fuzzinput.h"

#include "eth/transaction.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray raw = dd::fuzz::bytes(data, size);
    auto decoded = dd::eth::decodeRawTransaction(raw);
    if (decoded)
        dd::fuzz::require(decoded.value().transaction.encodeSigned(decoded.value().signature) == raw,
            "transaction: encode(decode(x)) == x");
    return 0;
}
