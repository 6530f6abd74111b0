#pragma once

// The app's own storage node, for the devnet and for tests, since no IPFS node installs here:
// a block store served over loopback with the subset of two documented APIs the app uses, so
// the same client code works against Kubo or IPFS Desktop. The HTTP is cpp-httplib's (Debian's
// libcpp-httplib): requests are served on its threads, an upload's body and a CAR answer stream.
// - Kubo RPC API (docs.ipfs.tech/reference/kubo/rpc): POST /api/v0/dag/import (a CAR in a
//   multipart body, streamed into the store, roots pinned), pin/add, pin/ls, pin/rm,
//   block/stat, version. Errors answer 500 with Kubo's {"Message","Code","Type":"error"}.
// - Trustless gateway (specs.ipfs.tech/http-gateways/trustless-gateway): GET and HEAD
//   /ipfs/{cid}[/{path}] as ?format=raw (one block) or ?format=car (CAR v1, order=dfs, dups=n
//   unless dups=y is asked for, dag-scope block|entity|all), 404 when the root block is absent,
//   the bafkqaaa probe, Cache-Control: only-if-cached.

#include "storage/blockstore.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <thread>

namespace httplib {
class Server;
}

namespace dd::storage {

class StorageServer : public QObject {
    Q_OBJECT
public:
    explicit StorageServer(const BlockStore &store, QObject *parent = nullptr);
    ~StorageServer() override;

    Status listen(quint16 port = 0); // loopback only; port 0: one the system picks
    void stop(); // the requests being served end first
    quint16 port() const { return m_port; }
    QUrl url() const;

private:
    BlockStore m_store;
    std::unique_ptr<httplib::Server> m_server;
    std::thread m_thread; // runs the server, which serves each request on a thread of its pool
    quint16 m_port = 0;
};

} // namespace dd::storage
