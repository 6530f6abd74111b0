#include "faultproxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace dd::test {

FaultProxy::FaultProxy(QUrl upstream, QObject *parent) : QObject(parent), m_upstream(std::move(upstream))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
}

FaultProxy::~FaultProxy()
{
    // The server deletes its sockets after our other members are gone: silence them first.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect();
}

void FaultProxy::setFault(Fault fault, int count, int retryAfterSeconds)
{
    m_fault = fault;
    m_remaining = count;
    m_retryAfter = retryAfterSeconds;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray &buffer = m_buffers[socket];
            buffer += socket->readAll();
            // One HTTP/1.1 request at a time: headers, then Content-Length bytes of body.
            for (;;) {
                const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    return;
                qsizetype length = 0;
                for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer.size() < headerEnd + 4 + length)
                    return;
                const QByteArray body = buffer.mid(headerEnd + 4, length);
                buffer.remove(0, headerEnd + 4 + length);
                handle(socket, body);
            }
        });
    }
}

void FaultProxy::respond(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") + "\r\n";
    response += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += extraHeaders + "\r\n" + body;
    socket->write(response);
}

void FaultProxy::trickle(QTcpSocket *socket, const QByteArray &answer)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(answer.size()) + "\r\n\r\n");
    auto *timer = new QTimer(socket); // gone with the socket
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, answer, sent] {
        if (*sent >= answer.size())
            return timer->stop();
        socket->write(answer.mid((*sent)++, 1));
    });
    timer->start(100);
}

void FaultProxy::stream(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1073741824\r\n\r\n[");
    // More whenever the last chunk has gone, up to 64 MiB: the client must hang up well before.
    auto written = std::make_shared<qint64>(0);
    const QByteArray chunk(256 * 1024, ' ');
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket, written, chunk] {
        if (socket->bytesToWrite() > 0 || *written >= (qint64(64) << 20))
            return;
        *written += socket->write(chunk);
    });
    *written += socket->write(chunk);
}

void FaultProxy::handle(QTcpSocket *socket, const QByteArray &body)
{
    ++m_requests;
    Fault fault = Fault::None;
    if (m_remaining != 0) {
        fault = m_fault;
        if (m_remaining > 0)
            --m_remaining;
    }
    switch (fault) {
    case Fault::RateLimit:
        respond(socket, 429, R"({"error":"too many requests"})",
            m_retryAfter > 0 ? "Retry-After: " + QByteArray::number(m_retryAfter) + "\r\n" : QByteArray());
        return;
    case Fault::ServerError:
        respond(socket, 502, "bad gateway");
        return;
    case Fault::NotJson:
        respond(socket, 200, "<html>maintenance</html>");
        return;
    case Fault::Hang:
        return; // never answer
    case Fault::Huge:
        stream(socket);
        return;
    case Fault::LogRangeLimit: {
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        if (request.value(QLatin1String("method")).toString() == QLatin1String("eth_getLogs")) {
            const QJsonObject filter = request.value(QLatin1String("params")).toArray().first().toObject();
            const qulonglong from = filter.value(QLatin1String("fromBlock")).toString().mid(2).toULongLong(nullptr, 16);
            const qulonglong to = filter.value(QLatin1String("toBlock")).toString().mid(2).toULongLong(nullptr, 16);
            if (to - from + 1 > 8) {
                const QJsonObject error {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                    {QStringLiteral("id"), request.value(QLatin1String("id"))},
                    {QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("code"), -32005},
                            {QStringLiteral("message"), QStringLiteral("query returned more than 10000 results")}}}};
                respond(socket, 200, QJsonDocument(error).toJson(QJsonDocument::Compact));
                return;
            }
        }
        break;
    }
    default:
        break;
    }
    QNetworkRequest request(m_upstream);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = m_network.post(request, body);
    QPointer<QTcpSocket> guard(socket);
    const QString method = QJsonDocument::fromJson(body).object().value(QLatin1String("method")).toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, fault, method] {
        reply->deleteLater();
        if (!guard)
            return;
        QByteArray answer = reply->readAll();
        if (fault == Fault::Truncated) {
            answer.chop(answer.size() / 2);
        } else if (fault == Fault::WrongChainId && answer.contains("\"result\":\"0x7a69\"")) {
            answer.replace("\"result\":\"0x7a69\"", "\"result\":\"0x1\"");
        } else if (fault == Fault::LyingHash && method == QLatin1String("eth_sendRawTransaction")) {
            QJsonObject object = QJsonDocument::fromJson(answer).object();
            object.insert(QStringLiteral("result"), QStringLiteral("0x%1").arg(QString(64, u'a')));
            answer = QJsonDocument(object).toJson(QJsonDocument::Compact);
        } else if (fault == Fault::ForeignReceipt && method == QLatin1String("eth_getTransactionReceipt")) {
            QJsonObject object = QJsonDocument::fromJson(answer).object();
            QJsonObject receipt = object.value(QLatin1String("result")).toObject();
            if (!receipt.isEmpty()) {
                receipt.insert(QStringLiteral("transactionHash"), QStringLiteral("0x%1").arg(QString(64, u'b')));
                object.insert(QStringLiteral("result"), receipt);
            }
            answer = QJsonDocument(object).toJson(QJsonDocument::Compact);
        } else if (fault == Fault::WrongId) {
            QJsonObject object = QJsonDocument::fromJson(answer).object();
            object.insert(QStringLiteral("id"), 999999);
            answer = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        if (fault == Fault::Trickle)
            return trickle(guard, answer);
        respond(guard, 200, answer);
    });
}

} // namespace dd::test
