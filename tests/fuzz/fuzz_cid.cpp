// CIDs as text (any multibase the app reads) and as bytes (storage/cid): parsed or refused;
// what parses prints to a form that parses to the same CID.

#include "fuzzinput.h"

#include "storage/cid.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (auto cid = dd::storage::Cid::parse(dd::fuzz::text(data, size)))
        dd::fuzz::require(
            dd::storage::Cid::parse(cid.value().toString()).value() == cid.value(), "cid: text round trip");
    qsizetype used = 0;
    const QByteArray input = dd::fuzz::bytes(data, size);
    if (auto cid = dd::storage::Cid::fromBytes(input, used))
        dd::fuzz::require(used > 0 && used <= input.size(), "cid: bytes used lie within the input");
    (void)dd::storage::base32LowerDecode(dd::fuzz::text(data, size));
    return 0;
}
