// A node's eth_getLogs answer (eth/logsanswer, simdjson On-Demand; format: the Ethereum execution
// API's eth_getLogs and Log object, in a JSON-RPC 2.0 response): read into logs or refused in
// words. Properties: every log has a 20-byte address and 32-byte topics; no more logs than the
// body could hold; and what simdjson reads as logs Qt's JSON parser reads as the same number of
// results (two parsers of one text agree).

#include "fuzzinput.h"

#include "eth/logsanswer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body = dd::fuzz::bytes(data, size);
    auto logs = dd::eth::parseLogsAnswer(body, 1, QStringLiteral("http://node.example"));
    if (!logs) {
        dd::fuzz::require(!logs.message().isEmpty(), "logs answer: refused in words");
        return 0;
    }
    // The shortest log a node can write (7 members with their names) is far over 100 bytes.
    dd::fuzz::require(logs.value().size() * 100 <= body.size(), "logs answer: no more logs than the body holds");
    for (const dd::eth::LogEntry &log : logs.value()) {
        dd::fuzz::require(log.blockHash.size() == 66 && log.transactionHash.size() == 66, "logs answer: hashes");
        for (const QByteArray &topic : log.topics)
            dd::fuzz::require(topic.size() == 32, "logs answer: 32-byte topics");
    }
    // A key written twice, or spelled with escapes, may be read differently: compared only
    // where "result" is written once, plainly.
    if (body.count("\"result\"") == 1 && !body.contains('\\')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
        if (error.error == QJsonParseError::NoError)
            dd::fuzz::require(doc.object().value(QLatin1String("result")).toArray().size() == logs.value().size(),
                "logs answer: simdjson and Qt read as many logs");
    }
    return 0;
}
