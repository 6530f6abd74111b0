#include "anvilprocess.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace dd::test {

quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

AnvilProcess::AnvilProcess() = default;

AnvilProcess::~AnvilProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString AnvilProcess::start(const QStringList &extraArguments)
{
    const quint16 port = freeLoopbackPort();
    m_process.setProgram(QStringLiteral(DD_ANVIL));
    m_process.setArguments(QStringList {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                               QString::number(port), QStringLiteral("--silent")}
        + extraArguments);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return QStringLiteral("anvil did not start: %1 (run npm ci in scripts/)").arg(m_process.errorString());
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 15000) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200)) {
            m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
            return QString();
        }
        if (m_process.state() == QProcess::NotRunning)
            return QStringLiteral("anvil exited: %1").arg(QString::fromUtf8(m_process.readAll()));
        QThread::msleep(50);
    }
    return QStringLiteral("anvil did not listen on port %1 within 15 s").arg(port);
}

} // namespace dd::test
