#include "cli/receipttext.h"

#include "crypto/address.h"
#include "eth/uint256.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dd::cli {

namespace {

enum class Kind { Hex, Number, Address, Logs, Status };

struct Field {
    const char *name;
    const char *snake;
    Kind kind;
};

// cast's order; blob fields and root print empty when the node leaves them out.
const Field fields[] = {
    {"blockHash", "block_hash", Kind::Hex},
    {"blockNumber", "block_number", Kind::Number},
    {"contractAddress", "contract_address", Kind::Address},
    {"cumulativeGasUsed", "cumulative_gas_used", Kind::Number},
    {"effectiveGasPrice", "effective_gas_price", Kind::Number},
    {"from", "from", Kind::Address},
    {"gasUsed", "gas_used", Kind::Number},
    {"logs", "logs", Kind::Logs},
    {"logsBloom", "logs_bloom", Kind::Hex},
    {"root", "root", Kind::Hex},
    {"status", "status", Kind::Status},
    {"transactionHash", "transaction_hash", Kind::Hex},
    {"transactionIndex", "transaction_index", Kind::Number},
    {"type", "type", Kind::Number},
    {"blobGasPrice", "blob_gas_price", Kind::Number},
    {"blobGasUsed", "blob_gas_used", Kind::Number},
    {"to", "to", Kind::Address},
};

// A log's keys in the order cast writes them (the node's JSON object order is not kept by Qt).
const char *logKeys[] = {"address", "topics", "data", "blockHash", "blockNumber", "blockTimestamp", "transactionHash",
    "transactionIndex", "logIndex", "removed"};

QString compactJson(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("\"%1\"").arg(value.toString());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return QStringLiteral("null");
}

QString logsJson(const QJsonArray &logs)
{
    QStringList items;
    for (const QJsonValue &log : logs) {
        const QJsonObject object = log.toObject();
        QStringList members;
        for (const char *key : logKeys) {
            const QJsonValue v = object.value(QLatin1String(key));
            if (!v.isUndefined())
                members.append(QStringLiteral("\"%1\":%2").arg(QLatin1String(key), compactJson(v)));
        }
        items.append(u'{' + members.join(u',') + u'}');
    }
    return u'[' + items.join(u',') + u']';
}

// The field's text; `single` is the one-field form (status reads true/false there).
QString render(const QJsonObject &receipt, const Field &field, bool single)
{
    const QJsonValue v = receipt.value(QLatin1String(field.name));
    switch (field.kind) {
    case Kind::Logs:
        return logsJson(v.toArray());
    case Kind::Status: {
        const bool ok = v.toString() == QLatin1String("0x1");
        if (single)
            return ok ? QStringLiteral("true") : QStringLiteral("false");
        return ok ? QStringLiteral("1 (success)") : QStringLiteral("0 (failed)");
    }
    case Kind::Number: {
        auto n = eth::UInt256::parse(v.toString());
        return n ? n.value().toDecimal() : QString();
    }
    case Kind::Address: {
        auto a = crypto::Address::parse(v.toString().toLower());
        return a ? a.value().toChecksumString() : QString();
    }
    case Kind::Hex:
        return v.toString();
    }
    return QString();
}

} // namespace

QString receiptText(const QJsonObject &receipt, bool withOtherFields)
{
    QStringList lines;
    QSet<QString> known;
    for (const Field &field : fields) {
        known.insert(QLatin1String(field.name));
        lines.append(QString::fromLatin1(field.name).leftJustified(20) + u' ' + render(receipt, field, false));
    }
    QString text = QStringLiteral("\n") + lines.join(u'\n');
    if (!withOtherFields)
        return text;
    QString others;
    for (auto it = receipt.begin(); it != receipt.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        const QString value = it.value().isString() ? it.value().toString() : compactJson(it.value());
        others += it.key().leftJustified(20) + u' ' + value + u'\n';
    }
    return others.isEmpty() ? text : text + u'\n' + others;
}

Result<QString> receiptField(const QJsonObject &receipt, const QString &name)
{
    for (const Field &field : fields) {
        if (name == QLatin1String(field.name) || name == QLatin1String(field.snake))
            return render(receipt, field, true);
    }
    return Result<QString>::failure(QStringLiteral("invalid receipt field: %1").arg(name));
}

} // namespace dd::cli
