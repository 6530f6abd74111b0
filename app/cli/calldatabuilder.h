#pragma once

// The [SIG] [ARGS]... tail that cast's call, mktx and send share: raw 0x calldata, or a
// signature whose arguments are ABI-encoded.

#include "common/result.h"
#include "eth/abifunction.h"

#include <QStringList>

#include <optional>

namespace dd::cli {

struct BuiltCalldata {
    QByteArray data;
    std::optional<eth::AbiFunction> function; // when a signature was given
};

// withSelector: a call (selector + arguments) rather than constructor arguments for a creation.
Result<BuiltCalldata> buildCalldata(const QStringList &sigAndArgs, bool withSelector);

} // namespace dd::cli
