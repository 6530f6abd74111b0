// JSON-RPC answers as a node sends them (eth/rpcanswer; format: the JSON-RPC 2.0 specification,
// section 5, and the Ethereum execution API's hex quantities): the body checked, each response
// turned into its result or its error, and the result read as a quantity. Never more results
// than calls.

#include "fuzzinput.h"

#include "eth/jsonrpcclient.h"
#include "eth/rpcanswer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const bool batch = data[0] & 1;
    const QString node = QStringLiteral("http://node.example");
    auto answer = dd::eth::parseAnswerBody(dd::fuzz::bytes(data + 1, size - 1), batch, QJsonValue(1), node);
    if (!answer)
        return 0;
    QList<dd::Result<QJsonValue>> results;
    if (batch) {
        results = dd::eth::batchResults(answer.value().toArray(), 1, 3, node);
        dd::fuzz::require(results.size() == 3, "rpc answer: one result per call");
    } else {
        results.append(dd::eth::responseResult(answer.value().toObject(), node));
    }
    for (const auto &result : results)
        if (result)
            (void)dd::eth::quantityToU64(result.value());
    return 0;
}
