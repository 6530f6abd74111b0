#pragma once

// JsonRpcClient: Ethereum JSON-RPC over HTTP(S) with what real nodes need: batches, a timeout
// per request, retries with backoff on transport errors, HTTP 429 and 5xx (honouring
// Retry-After), failover across several endpoint URLs, and a chain id check. Every failure names
// the node and says why. The client lives on its own thread (normally the sync thread); calls
// from any thread are posted to it and answered through QFutures.

#include "common/result.h"
#include "eth/logsanswer.h"

#include <QFuture>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QUrl>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace dd::eth {

struct RpcCall {
    QString method;
    QJsonArray params;
};

struct RpcOptions {
    std::chrono::milliseconds timeout {10000}; // per HTTP request
    int maxAttempts = 4; // per endpoint, for retryable failures
    std::chrono::milliseconds backoff {250}; // doubled each retry
    std::chrono::milliseconds maxRetryAfter {10000};
    // A node that sends a little at a time resets the transfer timeout with every byte; the
    // whole answer must be in by this deadline, and no bigger than maxAnswerBytes (the largest
    // eth_getLogs page the indexer asks for is far smaller).
    std::chrono::milliseconds answerDeadline {60000};
    qint64 maxAnswerBytes = qint64(128) << 20;
};

class JsonRpcClient : public QObject {
    Q_OBJECT
public:
    JsonRpcClient(QList<QUrl> endpoints, RpcOptions options = {}, QObject *parent = nullptr);
    ~JsonRpcClient() override;

    QList<QUrl> endpoints() const { return m_endpoints; }
    // When set, every endpoint's eth_chainId is checked before its first answer is used, and a
    // node on another chain is skipped with ErrorCode::WrongNetwork.
    void setExpectedChainId(std::optional<quint64> chainId);

    QFuture<Result<QJsonValue>> call(const QString &method, const QJsonArray &params = {});
    // One HTTP request; each call's own result (or JSON-RPC error) in order.
    QFuture<Result<QList<Result<QJsonValue>>>> batch(const QList<RpcCall> &calls);
    // eth_chainId of the first endpoint that answers.
    QFuture<Result<quint64>> chainId();
    // eth_getLogs with this filter, its answer read straight into logs on the client's thread
    // (eth/logsanswer.h): the caller's thread only uses them. A refusal is an Rpc error.
    QFuture<Result<QList<LogEntry>>> getLogs(const QJsonObject &filter);

private:
    struct Request;
    void start(std::shared_ptr<Request> request);
    void send(std::shared_ptr<Request> request);
    void handleReply(std::shared_ptr<Request> request, QNetworkReply *reply);
    void retryOrFailOver(
        std::shared_ptr<Request> request, const QString &why, std::chrono::milliseconds delay, bool retryable);
    void finish(std::shared_ptr<Request> request, Result<QJsonValue> result);
    QNetworkAccessManager *network();

    QList<QUrl> m_endpoints;
    RpcOptions m_options;
    std::optional<quint64> m_expectedChainId;
    QList<int> m_verifiedEndpoints; // indexes whose chain id matched
    QNetworkAccessManager *m_network = nullptr;
    qint64 m_nextId = 1;
};

// Hex quantity ("0x1a") from a JSON-RPC result; refuses anything else with a message.
Result<quint64> quantityToU64(const QJsonValue &value);

} // namespace dd::eth
