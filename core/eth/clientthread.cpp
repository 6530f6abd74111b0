#include "eth/clientthread.h"

namespace dd::eth {

ClientThread::ClientThread(const QList<QUrl> &urls, const RpcOptions &options)
    : m_client(new JsonRpcClient(urls, options))
{
    m_thread.setObjectName(QStringLiteral("rpc"));
    m_client->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);
    m_thread.start();
}

ClientThread::~ClientThread()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace dd::eth
