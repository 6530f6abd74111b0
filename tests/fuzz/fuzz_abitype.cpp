// ABI type strings and function signatures (eth/abitype, eth/abifunction): parsed or refused;
// a parsed type's canonical form parses to the same canonical form.

#include "fuzzinput.h"

#include "eth/abifunction.h"
#include "eth/abitype.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = dd::fuzz::text(data, size);
    if (auto type = dd::eth::AbiType::parse(input)) {
        const QString canonical = type.value().canonical();
        auto again = dd::eth::AbiType::parse(canonical);
        dd::fuzz::require(again && again.value().canonical() == canonical, "abi type: canonical form parses back");
        dd::fuzz::require(type.value().headSize() <= dd::eth::AbiType::kMaxHeadSize, "abi type: head size capped");
    }
    if (auto function = dd::eth::AbiFunction::parse(input))
        (void)function.value().selector();
    return 0;
}
