// EIP-712 typed data (eth/eip712) as a dapp sends it: hashed or refused in words, never aborted.

#include "fuzzinput.h"

#include "eth/eip712.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument json = QJsonDocument::fromJson(dd::fuzz::bytes(data, size));
    if (json.isObject())
        (void)dd::eth::eip712::hash(json.object());
    return 0;
}
