#include "eth/rpcanswer.h"

#include <QJsonDocument>

namespace dd::eth {

namespace {

Error networkError(const QString &message)
{
    return Error {message, ErrorCode::Network, {}};
}

} // namespace

Result<QJsonValue> responseResult(const QJsonObject &response, const QString &node)
{
    if (response.contains(QLatin1String("error"))) {
        const QJsonObject error = response.value(QLatin1String("error")).toObject();
        const QJsonValue data = error.value(QLatin1String("data"));
        return Error {QStringLiteral("%1 (JSON-RPC error %2 from %3)")
                          .arg(error.value(QLatin1String("message")).toString().left(1000))
                          .arg(error.value(QLatin1String("code")).toInt())
                          .arg(node),
            ErrorCode::Rpc, data.isString() ? data.toString() : QString()};
    }
    if (!response.contains(QLatin1String("result")))
        return networkError(QStringLiteral("%1 answered without a result").arg(node));
    return response.value(QLatin1String("result"));
}

Result<QJsonValue> parseAnswerBody(const QByteArray &body, bool batch, const QJsonValue &sentId, const QString &node)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || (batch ? !doc.isArray() : !doc.isObject()))
        return networkError(QStringLiteral("%1 answered with invalid JSON (%2)").arg(node, parseError.errorString()));
    if (batch)
        return QJsonValue(doc.array());
    if (doc.object().value(QLatin1String("id")) != sentId)
        return networkError(QStringLiteral("%1 answered a different request id").arg(node));
    return QJsonValue(doc.object());
}

QList<Result<QJsonValue>> batchResults(
    const QJsonArray &responses, qint64 firstId, qsizetype count, const QString &node)
{
    // Answers may come in any order: match them by id, and insist on one per call.
    QList<Result<QJsonValue>> results(
        count, Result<QJsonValue>(networkError(QStringLiteral("%1 left a call of the batch unanswered").arg(node))));
    for (const QJsonValue &v : responses) {
        const qint64 id = v.toObject().value(QLatin1String("id")).toInteger(-1);
        if (id >= firstId && id - firstId < count)
            results[id - firstId] = responseResult(v.toObject(), node);
    }
    return results;
}

} // namespace dd::eth
