#include "eth/jsonrpcclient.h"

#include "common/logging.h"
#include "common/replylimits.h"
#include "eth/rpcanswer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QThread>
#include <QTimer>

#include <functional>

namespace dd::eth {

struct JsonRpcClient::Request {
    QByteArray body;
    bool chainCheck = false; // this request is itself an eth_chainId verification
    int endpoint = 0;
    int attempt = 0;
    QStringList failures;
    // Set for answers read by a parser of their own (eth_getLogs): it keeps what it read and
    // says whether the body was such an answer; one that is not fails over like invalid JSON.
    std::function<Status(const QByteArray &body, const QString &node)> readBody;
    QPromise<Result<QJsonValue>> promise;
};

namespace {

Error networkError(const QString &message)
{
    return Error {message, ErrorCode::Network, {}};
}

QByteArray requestBody(const QList<RpcCall> &calls, qint64 &nextId, bool batch)
{
    QJsonArray array;
    for (const RpcCall &c : calls) {
        array.append(QJsonObject {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), nextId++},
            {QStringLiteral("method"), c.method}, {QStringLiteral("params"), c.params}});
    }
    return batch ? QJsonDocument(array).toJson(QJsonDocument::Compact)
                 : QJsonDocument(array.first().toObject()).toJson(QJsonDocument::Compact);
}

} // namespace

JsonRpcClient::JsonRpcClient(QList<QUrl> endpoints, RpcOptions options, QObject *parent)
    : QObject(parent), m_endpoints(std::move(endpoints)), m_options(options)
{
}

JsonRpcClient::~JsonRpcClient() = default;

void JsonRpcClient::setExpectedChainId(std::optional<quint64> chainId)
{
    QMetaObject::invokeMethod(this, [this, chainId] {
        m_expectedChainId = chainId;
        m_verifiedEndpoints.clear();
    });
}

QNetworkAccessManager *JsonRpcClient::network()
{
    if (!m_network) // created on first use, on the client's own thread
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

QFuture<Result<QJsonValue>> JsonRpcClient::call(const QString &method, const QJsonArray &params)
{
    auto request = std::make_shared<Request>();
    request->body = requestBody({RpcCall {method, params}}, m_nextId, false);
    QFuture<Result<QJsonValue>> future = request->promise.future();
    request->promise.start();
    QMetaObject::invokeMethod(this, [this, request] { start(request); });
    return future.then([](const Result<QJsonValue> &raw) -> Result<QJsonValue> {
        if (!raw)
            return raw;
        return responseResult(raw.value().toObject(), raw.value().toObject().value(QLatin1String("_node")).toString());
    });
}

QFuture<Result<QList<Result<QJsonValue>>>> JsonRpcClient::batch(const QList<RpcCall> &calls)
{
    auto request = std::make_shared<Request>();
    const qint64 firstId = m_nextId;
    request->body = requestBody(calls, m_nextId, true);
    QFuture<Result<QJsonValue>> future = request->promise.future();
    request->promise.start();
    QMetaObject::invokeMethod(this, [this, request] { start(request); });
    const qsizetype count = calls.size();
    return future.then([firstId, count](const Result<QJsonValue> &raw) -> Result<QList<Result<QJsonValue>>> {
        if (!raw)
            return raw.error();
        const QJsonObject wrapper = raw.value().toObject();
        const QString node = wrapper.value(QLatin1String("_node")).toString();
        return batchResults(wrapper.value(QLatin1String("batch")).toArray(), firstId, count, node);
    });
}

QFuture<Result<quint64>> JsonRpcClient::chainId()
{
    return call(QStringLiteral("eth_chainId")).then([](const Result<QJsonValue> &r) -> Result<quint64> {
        if (!r)
            return r.error();
        return quantityToU64(r.value());
    });
}

QFuture<Result<QList<LogEntry>>> JsonRpcClient::getLogs(const QJsonObject &filter)
{
    auto request = std::make_shared<Request>();
    const qint64 id = m_nextId;
    request->body = requestBody({RpcCall {QStringLiteral("eth_getLogs"), {filter}}}, m_nextId, false);
    auto read = std::make_shared<Result<QList<LogEntry>>>(QList<LogEntry>());
    request->readBody = [read, id](const QByteArray &body, const QString &node) -> Status {
        *read = parseLogsAnswer(body, id, node);
        if (!*read && read->code() == ErrorCode::Network)
            return read->error(); // not an answer to this call: another node may give one
        return success();
    };
    QFuture<Result<QJsonValue>> future = request->promise.future();
    request->promise.start();
    QMetaObject::invokeMethod(this, [this, request] { start(request); });
    return future.then([read](const Result<QJsonValue> &raw) -> Result<QList<LogEntry>> {
        if (!raw)
            return raw.error();
        return std::move(*read);
    });
}

void JsonRpcClient::start(std::shared_ptr<Request> request)
{
    if (m_endpoints.isEmpty()) {
        finish(request, networkError(QStringLiteral("No node is configured for this network.")));
        return;
    }
    send(std::move(request));
}

void JsonRpcClient::send(std::shared_ptr<Request> request)
{
    const int endpoint = request->endpoint;
    if (m_expectedChainId && !request->chainCheck && !m_verifiedEndpoints.contains(endpoint)) {
        // Ask this node for its chain id first; only a node on the expected chain may answer.
        auto check = std::make_shared<Request>();
        check->chainCheck = true;
        check->endpoint = endpoint;
        check->body = requestBody({RpcCall {QStringLiteral("eth_chainId"), {}}}, m_nextId, false);
        check->promise.start();
        check->promise.future().then(this, [this, request, endpoint](const Result<QJsonValue> &raw) {
            const QString node = m_endpoints[endpoint].toString();
            Result<quint64> id = raw ? [&]() -> Result<quint64> {
                auto value = responseResult(raw.value().toObject(), node);
                if (!value)
                    return value.error();
                return quantityToU64(value.value());
            }()
                : Result<quint64>(raw.error());
            if (!id) {
                retryOrFailOver(request, id.message(), std::chrono::milliseconds(0), false);
            } else if (id.value() != *m_expectedChainId) {
                request->failures.append(QStringLiteral("%1 is on chain %2, not the expected chain %3")
                                             .arg(node)
                                             .arg(id.value())
                                             .arg(*m_expectedChainId));
                qCWarning(lcChain) << request->failures.last();
                ++request->endpoint;
                request->attempt = 0;
                if (request->endpoint < m_endpoints.size()) {
                    send(request);
                } else {
                    finish(request,
                        Error {QStringLiteral("Wrong network: %1.").arg(request->failures.join(QStringLiteral("; "))),
                            ErrorCode::WrongNetwork, {}});
                }
            } else {
                m_verifiedEndpoints.append(endpoint);
                send(request);
            }
        });
        send(check);
        return;
    }
    QNetworkRequest http(m_endpoints[endpoint]);
    http.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    http.setTransferTimeout(int(m_options.timeout.count()));
    QNetworkReply *reply = network()->post(http, request->body);
    // Bounded in size and in time, whatever the node does: aborted, and said why.
    limitReply(reply, m_options.maxAnswerBytes, m_options.answerDeadline);
    connect(reply, &QNetworkReply::finished, this, [this, request, reply] { handleReply(request, reply); });
}

void JsonRpcClient::handleReply(std::shared_ptr<Request> request, QNetworkReply *reply)
{
    reply->deleteLater();
    const QString node = m_endpoints[request->endpoint].toString();
    if (const QString refused = replyLimitBroken(reply); !refused.isEmpty()) {
        retryOrFailOver(request, QStringLiteral("%1 %2").arg(node, refused), std::chrono::milliseconds(0), false);
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 429 || status >= 500) {
        std::chrono::milliseconds delay(0);
        bool ok = false;
        // Compared in seconds first: a huge Retry-After must not overflow on its way to ms.
        const qint64 seconds = QString::fromLatin1(reply->rawHeader("Retry-After")).toLongLong(&ok);
        const auto cap = std::chrono::duration_cast<std::chrono::seconds>(m_options.maxRetryAfter).count();
        if (ok && seconds >= 0)
            delay = seconds >= cap ? m_options.maxRetryAfter : std::chrono::milliseconds(seconds * 1000);
        retryOrFailOver(request,
            status == 429 ? QStringLiteral("%1 is rate limiting (HTTP 429)").arg(node)
                          : QStringLiteral("%1 failed with HTTP %2").arg(node).arg(status),
            delay, true);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        const QString why = reply->error() == QNetworkReply::OperationCanceledError
            ? QStringLiteral("%1 did not answer within %2 ms").arg(node).arg(m_options.timeout.count())
            : QStringLiteral("%1 cannot be reached: %2").arg(node, reply->errorString());
        retryOrFailOver(request, why, std::chrono::milliseconds(0), true);
        return;
    }
    if (status != 200) {
        retryOrFailOver(request, QStringLiteral("%1 refused the request with HTTP %2").arg(node).arg(status),
            std::chrono::milliseconds(0), false);
        return;
    }
    if (request->readBody) {
        if (const Status read = request->readBody(reply->readAll(), node); !read) {
            retryOrFailOver(request, read.message(), std::chrono::milliseconds(0), false);
            return;
        }
        finish(request, QJsonValue());
        return;
    }
    const bool batch = request->body.startsWith('[');
    const QJsonValue sentId = batch ? QJsonValue() : QJsonDocument::fromJson(request->body).object().value(u"id");
    auto answer = parseAnswerBody(reply->readAll(), batch, sentId, node);
    if (!answer) {
        retryOrFailOver(request, answer.message(), std::chrono::milliseconds(0), false);
        return;
    }
    if (!batch) {
        QJsonObject object = answer.value().toObject();
        object.insert(QStringLiteral("_node"), node);
        finish(request, QJsonValue(object));
        return;
    }
    finish(
        request, QJsonValue(QJsonObject {{QStringLiteral("_node"), node}, {QStringLiteral("batch"), answer.value()}}));
}

void JsonRpcClient::retryOrFailOver(
    std::shared_ptr<Request> request, const QString &why, std::chrono::milliseconds delay, bool retryable)
{
    qCWarning(lcChain) << why;
    if (retryable && request->attempt + 1 < m_options.maxAttempts) {
        ++request->attempt;
        if (delay.count() == 0)
            delay = m_options.backoff * (1 << (request->attempt - 1));
        QTimer::singleShot(delay, this, [this, request] { send(request); });
        return;
    }
    request->failures.append(why);
    ++request->endpoint;
    request->attempt = 0;
    if (request->endpoint < m_endpoints.size()) {
        send(request);
        return;
    }
    finish(request,
        networkError(QStringLiteral("No node answered: %1.").arg(request->failures.join(QStringLiteral("; ")))));
}

void JsonRpcClient::finish(std::shared_ptr<Request> request, Result<QJsonValue> result)
{
    request->promise.addResult(std::move(result));
    request->promise.finish();
}

Result<quint64> quantityToU64(const QJsonValue &value)
{
    const QString text = value.toString();
    bool ok = false;
    const quint64 n = text.startsWith(QLatin1String("0x")) ? text.mid(2).toULongLong(&ok, 16) : 0;
    if (!ok)
        return Result<quint64>::failure(
            QStringLiteral("The node sent \"%1\" where a hex quantity belongs.")
                .arg(QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))),
            ErrorCode::Network);
    return n;
}

} // namespace dd::eth
