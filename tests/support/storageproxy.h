#pragma once

// StorageProxy: sits between a storage client and a real storage node on loopback and
// misbehaves on purpose, as gateways and nodes do in the wild: a connection dropped part way,
// a block with a flipped byte, a CAR cut short but sent as a complete HTTP answer, an HTML page
// where a CAR should be. Each fault applies to the next `count` requests (-1: all of them).

#include <QList>
#include <QTcpServer>
#include <QUrl>

namespace dd::test {

class StorageProxy : public QObject {
    Q_OBJECT
public:
    enum class Fault {
        None,
        Vanish, // close the connection without an answer, as a node that went away
        DropAfter, // close the connection after `bytes` bytes of the answer
        FlipByte, // flip the answer body's byte at offset `bytes`
        TruncateCar, // send only the first `bytes` bytes of the CAR, with a matching Content-Length
        Html, // answer 200 with an HTML page
        RefuseEntityBytes, // answer 400 to a request with entity-bytes, as gateways without it do
        ReverseBlocks, // send the CAR's blocks last first (order=unk), as a gateway may
        ForgedCar, // answer 200 as a CAR with the bytes given to setForgedCar
    };

    explicit StorageProxy(QUrl upstream, QObject *parent = nullptr);
    ~StorageProxy() override;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void setFault(Fault fault, qint64 bytes = 0, int count = -1);
    void setForgedCar(const QByteArray &bytes) { m_forgedCar = bytes; }
    const QStringList &targets() const { return m_targets; } // each request's target, in order
    qint64 bytesSent() const { return m_bytesSent; }

private:
    void onConnection();

    QTcpServer m_server;
    QUrl m_upstream;
    Fault m_fault = Fault::None;
    qint64 m_bytes = 0;
    QByteArray m_forgedCar;
    int m_remaining = 0;
    QStringList m_targets;
    qint64 m_bytesSent = 0;
};

} // namespace dd::test
