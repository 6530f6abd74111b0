#pragma once

// ForumServer: a local stand-in for a Discourse forum that serves the recorded answers in
// tests/fixtures/discourse (Discourse's documented JSON, see make_fixtures.py there) over HTTP
// on loopback. GET /t/{id}.json and uploads are files; GET /t/{id}/posts.json?post_ids[]=…
// answers with the requested posts only, as Discourse does. It can also misbehave: be down,
// fail, answer garbage or never answer.

#include <QDir>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace dd::test {

class ForumServer : public QObject {
    Q_OBJECT
public:
    // Trickle: the real answer, one byte every 50 ms.
    enum class Fault { None, ServerError, Garbage, Hang, NotFound, Trickle };

    explicit ForumServer(QString fixtureRoot, QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    void close() { m_server.close(); } // the forum is down: connections are refused
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    void setFault(Fault fault) { m_fault = fault; }
    // Every request's path and query, in order.
    const QStringList &requests() const { return m_requests; }

private:
    void onConnection();
    void answer(QTcpSocket *socket, const QByteArray &target);
    void respond(QTcpSocket *socket, int status, const QByteArray &type, const QByteArray &body);

    QTcpServer m_server;
    QDir m_root;
    Fault m_fault = Fault::None;
    QStringList m_requests;
};

} // namespace dd::test
