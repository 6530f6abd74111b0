#include "storageproxy.h"

#include "storage/cid.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace dd::test {

namespace {

// The body of an HTTP answer that may be chunked.
QByteArray dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype at = 0;
    while (at < body.size()) {
        const qsizetype end = body.indexOf("\r\n", at);
        if (end < 0)
            break;
        const qsizetype size = body.mid(at, end - at).toLongLong(nullptr, 16);
        if (size == 0)
            break;
        out += body.mid(end + 2, size);
        at = end + 2 + size + 2;
    }
    return out;
}

// A CAR with its blocks in the opposite order, the header first still.
QByteArray reversedCar(const QByteArray &car)
{
    QList<QByteArray> sections;
    qsizetype at = 0;
    while (at < car.size()) {
        qsizetype end = at;
        const auto length = storage::readVarint(car, end);
        if (!length)
            break;
        sections.append(car.mid(at, end - at + qsizetype(*length)));
        at = end + qsizetype(*length);
    }
    QByteArray out = sections.value(0);
    for (qsizetype i = sections.size() - 1; i >= 1; --i)
        out += sections[i];
    return out;
}

} // namespace

StorageProxy::StorageProxy(QUrl upstream, QObject *parent) : QObject(parent), m_upstream(std::move(upstream))
{
    connect(&m_server, &QTcpServer::newConnection, this, &StorageProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost);
}

StorageProxy::~StorageProxy()
{
    // The server deletes its sockets after our other members are gone: silence them first.
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect();
}

void StorageProxy::setFault(Fault fault, qint64 bytes, int count)
{
    m_fault = fault;
    m_bytes = bytes;
    m_remaining = count;
}

void StorageProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        struct Exchange {
            QByteArray answer;
            Fault fault = Fault::None;
            bool first = true;
            QString target;
        };
        auto state = std::make_shared<Exchange>();
        QByteArray *answer = &state->answer;
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [=, this] {
            const QByteArray bytes = client->readAll();
            if (state->first) {
                state->first = false;
                state->target = QString::fromUtf8(bytes.left(bytes.indexOf("\r\n")).split(' ').value(1));
                m_targets.append(state->target);
                if (m_remaining != 0) {
                    state->fault = m_fault;
                    if (m_remaining > 0)
                        --m_remaining;
                }
                upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
            }
            upstream->write(bytes);
        });
        connect(upstream, &QTcpSocket::readyRead, this, [=] { answer->append(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, this, [=, this] {
            answer->append(upstream->readAll());
            const qsizetype headEnd = answer->indexOf("\r\n\r\n") + 4;
            QByteArray out = *answer;
            switch (state->fault) {
            case Fault::None:
                break;
            case Fault::Vanish:
                out.clear();
                break;
            case Fault::DropAfter:
                out = out.left(headEnd + m_bytes);
                break;
            case Fault::FlipByte: {
                QByteArray body = dechunk(answer->mid(headEnd));
                if (m_bytes < body.size())
                    body[m_bytes] = char(body[m_bytes] ^ 0x01);
                out = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.ipld.car; version=1; order=dfs; dups=n\r\n"
                      "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
                break;
            }
            case Fault::TruncateCar: {
                const QByteArray body = dechunk(answer->mid(headEnd)).left(m_bytes);
                out = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.ipld.car; version=1; order=dfs; dups=n\r\n"
                      "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
                break;
            }
            case Fault::ReverseBlocks: {
                const QByteArray body = reversedCar(dechunk(answer->mid(headEnd)));
                out = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.ipld.car; version=1; order=unk; dups=n\r\n"
                      "Content-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
                break;
            }
            case Fault::RefuseEntityBytes:
                if (state->target.contains(QLatin1String("entity-bytes=")))
                    out = "HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 24\r\n"
                          "Connection: close\r\n\r\nentity-bytes: not here.\n";
                break;
            case Fault::ForgedCar:
                out = "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.ipld.car; version=1; order=dfs; dups=n\r\n"
                      "Content-Length: "
                    + QByteArray::number(m_forgedCar.size()) + "\r\nConnection: close\r\n\r\n" + m_forgedCar;
                break;
            case Fault::Html: {
                const QByteArray body = "<!DOCTYPE html><html><body>Welcome to our CDN</body></html>";
                out = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n\r\n" + body;
                break;
            }
            }
            m_bytesSent += out.size();
            client->write(out);
            // A drop comes after the bytes that did arrive: Qt's HTTP client drops what is still
            // unread when the connection closes in the same moment, which a loaded machine makes
            // likely and which would make the test measure Qt rather than the download.
            if (state->fault == Fault::DropAfter && m_bytes > 0)
                QTimer::singleShot(500, client, [client] { client->disconnectFromHost(); });
            else
                client->disconnectFromHost();
        });
    }
}

} // namespace dd::test
