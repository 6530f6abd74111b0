#include "eth/logsanswer.h"

#include "common/hex.h"

#include <simdjson.h>

#include <algorithm>
#include <string_view>

namespace dd::eth {

namespace od = simdjson::ondemand;

namespace {

Error malformed(const QString &node, const QString &why)
{
    return Error {QStringLiteral("%1 answered eth_getLogs with %2").arg(node, why), ErrorCode::Network, {}};
}

QLatin1StringView latin1(std::string_view text)
{
    return QLatin1StringView(text.data(), qsizetype(text.size()));
}

bool isHash(std::string_view text)
{
    if (text.size() != 66 || text[0] != '0' || text[1] != 'x')
        return false;
    // Branch-light: this runs twice per log.
    return std::all_of(
        text.begin() + 2, text.end(), [](char c) { return unsigned(c - '0') < 10 || unsigned((c | 0x20) - 'a') < 6; });
}

// A hex quantity: 0x and 1 to 16 digits.
std::optional<quint64> quantity(std::string_view text)
{
    if (text.size() < 3 || text.size() > 18 || text[0] != '0' || text[1] != 'x')
        return std::nullopt;
    quint64 n = 0;
    for (char c : text.substr(2)) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return std::nullopt;
        n = n << 4 | quint64(digit);
    }
    return n;
}

// One Log object; false (with why) when a member is missing or of the wrong shape.
bool readLog(od::value value, LogEntry &log, QString &why)
{
    od::object object;
    if (value.get_object().get(object)) {
        why = QStringLiteral("a log that is not an object");
        return false;
    }
    enum Seen { Address = 1, Topics = 2, Data = 4, Block = 8, Index = 16, BlockHash = 32, TxHash = 64 };
    int seen = 0;
    for (auto field : object) {
        std::string_view key;
        if (field.unescaped_key().get(key)) {
            why = QStringLiteral("a log member that cannot be read");
            return false;
        }
        od::value member = field.value();
        if (key == "removed") {
            bool removed = false;
            if (member.get_bool().get(removed)) {
                why = QStringLiteral("\"removed\" that is not true or false");
                return false;
            }
            log.removed = removed;
            continue;
        }
        if (key == "topics") {
            od::array topics;
            if (member.get_array().get(topics)) {
                why = QStringLiteral("\"topics\" that is not a list");
                return false;
            }
            for (auto element : topics) {
                std::string_view text;
                if (element.get_string().get(text) || !isHash(text)) {
                    why = QStringLiteral("a topic that is not 32 bytes of hex");
                    return false;
                }
                log.topics.append(fromHex(latin1(text)).value());
            }
            seen |= Topics;
            continue;
        }
        const bool known = key == "address" || key == "data" || key == "blockNumber" || key == "logIndex"
            || key == "blockHash" || key == "transactionHash";
        if (!known)
            continue; // transactionIndex, blockTimestamp, what a node adds
        std::string_view text;
        if (member.get_string().get(text)) {
            why = QStringLiteral("\"%1\" that is not a string").arg(latin1(key));
            return false;
        }
        if (key == "address") {
            auto bytes = fromHex(latin1(text));
            auto address = bytes && text.size() == 42 ? crypto::Address::fromBytes(bytes.value())
                                                      : Result<crypto::Address>::failure(QString());
            if (!address) {
                why = QStringLiteral("an address that is not 20 bytes of hex");
                return false;
            }
            log.address = address.value();
            seen |= Address;
        } else if (key == "data") {
            auto bytes = text.size() >= 2 && text[0] == '0' && text[1] == 'x' ? fromHex(latin1(text))
                                                                              : Result<QByteArray>::failure(QString());
            if (!bytes) {
                why = QStringLiteral("log data that is not hex");
                return false;
            }
            log.data = std::move(bytes.value());
            seen |= Data;
        } else if (key == "blockNumber" || key == "logIndex") {
            const std::optional<quint64> n = quantity(text);
            if (!n || (key == "logIndex" && *n > 0xffffffffULL)) {
                why = QStringLiteral("\"%1\" that is not a hex quantity").arg(latin1(key));
                return false;
            }
            if (key == "blockNumber") {
                log.blockNumber = *n;
                seen |= Block;
            } else {
                log.logIndex = quint32(*n);
                seen |= Index;
            }
        } else {
            if (!isHash(text)) {
                why = QStringLiteral("\"%1\" that is not 32 bytes of hex").arg(latin1(key));
                return false;
            }
            (key == "blockHash" ? log.blockHash : log.transactionHash) = QString(latin1(text));
            seen |= key == "blockHash" ? BlockHash : TxHash;
        }
    }
    constexpr int all = Address | Topics | Data | Block | Index | BlockHash | TxHash;
    if (seen != all) {
        why = QStringLiteral("a log without its address, topics, data, block number, log index, block hash "
                             "or transaction hash");
        return false;
    }
    return true;
}

} // namespace

Result<QList<LogEntry>> parseLogsAnswer(QByteArrayView body, qint64 sentId, const QString &node)
{
    using R = Result<QList<LogEntry>>;
    const simdjson::padded_string json(body.data(), size_t(body.size()));
    od::parser parser;
    od::document doc;
    if (parser.iterate(json).get(doc))
        return malformed(node, QStringLiteral("invalid JSON"));
    od::object response;
    od::json_type type;
    if (doc.type().get(type) != simdjson::SUCCESS) // not even a JSON value (an HTML error page)
        return malformed(node, QStringLiteral("invalid JSON"));
    if (const auto error = doc.get_object().get(response); error != simdjson::SUCCESS)
        return malformed(node,
            error == simdjson::INCORRECT_TYPE ? QStringLiteral("something other than a JSON-RPC response")
                                              : QStringLiteral("invalid JSON"));
    QList<LogEntry> logs;
    bool haveResult = false;
    bool idMatches = false;
    std::optional<Error> rpcError;
    QString why;
    for (auto field : response) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return malformed(node, QStringLiteral("invalid JSON"));
        od::value member = field.value();
        if (key == "id") {
            int64_t id = 0;
            idMatches = !member.get_int64().get(id) && id == sentId;
        } else if (key == "error") {
            od::object error;
            if (member.get_object().get(error))
                return malformed(node, QStringLiteral("an error that is not an object"));
            int64_t code = 0;
            std::string_view message;
            QString data;
            for (auto part : error) {
                std::string_view name;
                if (part.unescaped_key().get(name))
                    return malformed(node, QStringLiteral("invalid JSON"));
                od::value v = part.value();
                // A code or message of another type is left out of the words, not refused.
                if (name == "code" && v.get_int64().get(code) != simdjson::SUCCESS)
                    code = 0;
                else if (name == "message" && v.get_string().get(message) != simdjson::SUCCESS)
                    message = {};
                else if (name == "data") {
                    std::string_view text;
                    if (!v.get_string().get(text))
                        data = QString::fromUtf8(text.data(), qsizetype(text.size()));
                }
            }
            rpcError = Error {QStringLiteral("%1 (JSON-RPC error %2 from %3)")
                                  .arg(QString::fromUtf8(message.data(), qsizetype(message.size())).left(1000))
                                  .arg(code)
                                  .arg(node),
                ErrorCode::Rpc, data};
        } else if (key == "result") {
            // null (some nodes, for a range they will not serve) is a refusal the caller can
            // answer with a smaller range, as an error is.
            bool isNull = false;
            if (!member.is_null().get(isNull) && isNull) {
                rpcError = Error {QStringLiteral("%1 answered eth_getLogs with null").arg(node), ErrorCode::Rpc, {}};
                continue;
            }
            od::array array;
            if (member.get_array().get(array))
                return malformed(node, QStringLiteral("something other than a list of logs"));
            for (auto element : array) {
                od::value value;
                if (element.get(value))
                    return malformed(node, QStringLiteral("invalid JSON"));
                LogEntry log;
                if (!readLog(value, log, why))
                    return malformed(node, why);
                logs.append(std::move(log));
            }
            haveResult = true;
        }
    }
    // Nothing may follow the response (a second document, or the rest of a broken one).
    const char *after = nullptr;
    if (!doc.current_location().get(after))
        return malformed(node, QStringLiteral("invalid JSON (text after the response)"));
    if (!idMatches)
        return malformed(node, QStringLiteral("an answer to a different request id"));
    if (rpcError)
        return *rpcError;
    if (!haveResult)
        return R::failure(QStringLiteral("%1 answered without a result").arg(node), ErrorCode::Network);
    return logs;
}

} // namespace dd::eth
