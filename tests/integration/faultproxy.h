#pragma once

// FaultProxy: a small HTTP server on loopback between the JSON-RPC client and anvil that
// misbehaves on purpose: rate limits, server errors, truncated or invalid JSON, answers that
// never come, a wrong chain id, answers that contradict what was asked (another transaction's
// hash for a sent transaction, another transaction's receipt), answers that trickle in or never
// end. Each fault applies to the first `count` requests (or all).

#include <QHash>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace dd::test {

class FaultProxy : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        None,
        RateLimit,
        ServerError,
        Truncated,
        NotJson,
        Hang,
        WrongChainId,
        WrongId,
        LyingHash,
        ForeignReceipt,
        LogRangeLimit, // eth_getLogs over more than 8 blocks refused as Infura does (-32005)
        Trickle, // the real answer, one byte every 100 ms (each byte resets a transfer timeout)
        Huge, // an answer that says it is 1 GiB and streams spaces until the client hangs up
    };

    explicit FaultProxy(QUrl upstream, QObject *parent = nullptr);
    ~FaultProxy() override;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    // Applies fault to the next `count` requests (-1: to all of them).
    void setFault(Fault fault, int count = -1, int retryAfterSeconds = 0);
    int requestsSeen() const { return m_requests; }

private:
    void onConnection();
    void handle(QTcpSocket *socket, const QByteArray &body);
    void respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders = {});
    void trickle(QTcpSocket *socket, const QByteArray &answer);
    void stream(QTcpSocket *socket);

    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QUrl m_upstream;
    Fault m_fault = Fault::None;
    int m_remaining = 0;
    int m_retryAfter = 0;
    int m_requests = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace dd::test
