#pragma once

// ChainSync: runs the chain indexer for the open DAO on a thread of its own (the only
// writer of the DAO's cache), a pass whenever the chain moves. The GUI thread only hears what
// changed (cacheChanged) and how far it got; the list models re-read through their own
// connections. The cache file is per chain and governor: cache/<chainId>-<governor>.sqlite.
// After each pass it fetches the metadata files of new datasets (cache/blocks holds their
// verified blocks), so the catalog fills in from the same thread.

#include "common/services.h"
#include "sync/chainindexer.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <chrono>
#include <memory>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class ChainController;

// Lives on the indexer thread.
class IndexerWorker : public QObject {
    Q_OBJECT
public:
    // gateways and blockDirectory: where the catalog's metadata files come from and go.
    // stop: set when this worker is let go; its pass ends at the next step.
    IndexerWorker(eth::JsonRpcClient *client, QString cachePath, sync::IndexerSettings settings,
        std::shared_ptr<const std::atomic_bool> stop, QList<QUrl> gateways = {}, QString blockDirectory = {});
    ~IndexerWorker() override;

    // The next pass deletes the cache file first and reads the chain again from the deployment.
    void removeCacheFirst() { m_removeFirst = true; }
    void syncNow();
    // On its thread: deletes it now, or once the pass under way has returned (fetching metadata
    // runs a local event loop, in which this may be called).
    void retire();

signals:
    void progress(quint64 synced, quint64 head);
    void finished(bool ok, const QString &message, quint64 head, qint64 events, bool reorg);

private:
    eth::JsonRpcClient *m_client;
    QString m_cachePath;
    sync::IndexerSettings m_settings;
    std::shared_ptr<const std::atomic_bool> m_stop;
    QList<QUrl> m_gateways;
    QString m_blockDirectory;
    bool m_removeFirst = false;
    bool m_busy = false; // fetching metadata runs a local event loop: no second pass inside it
    bool m_retired = false;
    std::unique_ptr<eth::ChainSession> m_chain;
    std::unique_ptr<cache::CacheDatabase> m_database;
    std::unique_ptr<sync::ChainIndexer> m_indexer;
};

class ChainSync : public QObject, public DaoCache {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool syncing READ syncing NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
public:
    ChainSync(ChainController &chain, QString cacheDirectory, QObject *parent = nullptr);
    ~ChainSync() override;
    static ChainSync *create(QQmlEngine *, QJSEngine *);

    bool syncing() const { return m_syncing; }
    QString statusText() const { return m_statusText; }
    QString error() const { return m_error; }
    QString cachePath() const override { return m_cachePath; }
    void whenCacheChanges(QObject *receiver, std::function<void()> slot) override
    {
        connect(this, &ChainSync::cacheChanged, receiver, std::move(slot));
    }

    Q_INVOKABLE void syncNow() override;
    // The app closes: the pass under way is told to stop, and its thread gets at most grace to
    // end. False when it still runs then (the caller ends the process; the cache is SQLite's,
    // crash-safe).
    bool stop(std::chrono::milliseconds grace);
    // Deletes the DAO's cache file and reads everything again from the chain. The transaction
    // journal (local.sqlite) is another file and stays.
    Q_INVOKABLE void rebuild();

signals:
    void stateChanged();
    // The cache file changed (another DAO) or its content did: models re-read.
    void cacheChanged();

private:
    void restart(bool removeCache = false);
    void stopWorker();

    ChainController &m_chain;
    QString m_cacheDirectory;
    QString m_cachePath;
    QThread m_thread;
    IndexerWorker *m_worker = nullptr;
    QList<QPointer<IndexerWorker>> m_retired; // let go, not yet deleted on their thread
    std::shared_ptr<std::atomic_bool> m_stop; // the current worker's; each worker has its own
    bool m_syncing = false;
    bool m_again = false;
    int m_generation = 0; // answers from a stopped worker are ignored
    QString m_statusText;
    QString m_error;
};

} // namespace dd::app
