#include "forumserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace dd::test {

ForumServer::ForumServer(QString fixtureRoot, QObject *parent) : QObject(parent), m_root(std::move(fixtureRoot))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ForumServer::onConnection);
}

bool ForumServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void ForumServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        socket->setProperty("pending", QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            QByteArray pending = socket->property("pending").toByteArray() + socket->readAll();
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0) {
                socket->setProperty("pending", pending);
                return;
            }
            socket->setProperty("pending", QByteArray());
            const QList<QByteArray> requestLine = pending.left(pending.indexOf("\r\n")).split(' ');
            answer(socket, requestLine.value(1));
        });
    }
}

void ForumServer::answer(QTcpSocket *socket, const QByteArray &target)
{
    m_requests.append(QString::fromUtf8(target));
    switch (m_fault) {
    case Fault::Hang:
        return;
    case Fault::ServerError:
        respond(socket, 503, "text/html", "<html><body><h1>503 Service Unavailable</h1></body></html>");
        return;
    case Fault::Garbage:
        // What a captive portal or a misconfigured proxy sends instead of the forum's JSON.
        respond(socket, 200, "text/html", "<!DOCTYPE html><html><head><title>Just a moment...</title></head></html>");
        return;
    case Fault::NotFound:
        respond(socket, 404, "application/json",
            R"({"errors":["The requested URL or resource could not be found."],"error_type":"not_found"})");
        return;
    case Fault::None:
    case Fault::Trickle:
        break;
    }
    const QUrl url(QString::fromUtf8(target));
    const QString path = url.path();
    QFile file(m_root.filePath(path.mid(1)));
    if (path.contains(QLatin1String("..")) || !file.open(QIODevice::ReadOnly)) {
        respond(socket, 404, "application/json",
            R"({"errors":["The requested URL or resource could not be found."],"error_type":"not_found"})");
        return;
    }
    QByteArray body = file.readAll();
    if (path.endsWith(QLatin1String("/posts.json"))) {
        QSet<qint64> wanted;
        for (const QString &id : QUrlQuery(url).allQueryItemValues(QStringLiteral("post_ids[]")))
            wanted.insert(id.toLongLong());
        QJsonObject all = QJsonDocument::fromJson(body).object();
        QJsonArray chosen;
        for (const QJsonValue &post : all.value(u"post_stream").toObject().value(u"posts").toArray())
            if (wanted.contains(qint64(post.toObject().value(u"id").toDouble())))
                chosen.append(post);
        all.insert(QStringLiteral("post_stream"), QJsonObject {{QStringLiteral("posts"), chosen}});
        body = QJsonDocument(all).toJson(QJsonDocument::Compact);
    }
    respond(socket, 200, path.endsWith(QLatin1String(".png")) ? "image/png" : "application/json; charset=utf-8", body);
}

void ForumServer::respond(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") + "\r\n";
    head += "Content-Type: " + type + "\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n";
    if (m_fault != Fault::Trickle) {
        socket->write(head + body);
        socket->disconnectFromHost();
        return;
    }
    socket->write(head);
    auto *timer = new QTimer(socket); // gone with the socket
    auto sent = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, body, sent] {
        if (*sent >= body.size()) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(50);
}

} // namespace dd::test
