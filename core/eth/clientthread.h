#pragma once

// ClientThread: a JsonRpcClient on a thread of its own, for code that blocks on the node through
// a ChainSession (command-line tools, tests): the session waits on the caller's thread while the
// client's network replies arrive on this one. Stops the thread and deletes the client on exit.

#include "eth/jsonrpcclient.h"

#include <QThread>

namespace dd::eth {

class ClientThread {
public:
    explicit ClientThread(const QList<QUrl> &urls, const RpcOptions &options = {});
    ~ClientThread();
    ClientThread(const ClientThread &) = delete;
    ClientThread &operator=(const ClientThread &) = delete;

    JsonRpcClient &client() { return *m_client; }

private:
    QThread m_thread;
    JsonRpcClient *m_client;
};

} // namespace dd::eth
