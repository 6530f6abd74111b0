#include "cli/calldatabuilder.h"

#include "common/hex.h"
#include "eth/abicodec.h"
#include "eth/abitext.h"

namespace dd::cli {

Result<BuiltCalldata> buildCalldata(const QStringList &sigAndArgs, bool withSelector)
{
    BuiltCalldata out;
    if (sigAndArgs.isEmpty())
        return out;
    const QString sig = sigAndArgs.first();
    const QStringList args = sigAndArgs.mid(1);
    if (hasHexPrefix(sig) && args.isEmpty()) {
        auto raw = fromHex(sig);
        if (!raw)
            return raw.error();
        out.data = raw.value();
        return out;
    }
    auto f = eth::AbiFunction::parse(sig);
    if (!f)
        return f.error();
    auto values = eth::abitext::parseValues(f.value().inputs, args);
    if (!values)
        return values.error();
    auto encoded = eth::abi::encode(f.value().inputs, values.value());
    if (!encoded)
        return encoded.error();
    out.data = (withSelector ? f.value().selector() : QByteArray()) + encoded.value();
    out.function = f.value();
    return out;
}

} // namespace dd::cli
