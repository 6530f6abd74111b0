#include "network/chainsync.h"

#include "appcontext.h"
#include "network/chaincontroller.h"

#include "common/logging.h"
#include "dao/daodeployer.h"
#include "sync/metadatafetcher.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QQmlEngine>
#include <QScopeGuard>

namespace dd::app {

IndexerWorker::IndexerWorker(eth::JsonRpcClient *client, QString cachePath, sync::IndexerSettings settings,
    std::shared_ptr<const std::atomic_bool> stop, QList<QUrl> gateways, QString blockDirectory)
    : m_client(client),
      m_cachePath(std::move(cachePath)),
      m_settings(settings),
      m_stop(std::move(stop)),
      m_gateways(std::move(gateways)),
      m_blockDirectory(std::move(blockDirectory))
{
}

IndexerWorker::~IndexerWorker() = default;

void IndexerWorker::retire()
{
    m_retired = true;
    if (!m_busy)
        deleteLater();
}

void IndexerWorker::syncNow()
{
    if (m_busy || m_retired)
        return; // the pass under way reads up to the head anyway
    m_busy = true;
    auto done = qScopeGuard([this] {
        m_busy = false;
        if (m_retired)
            deleteLater(); // back at the thread's own event loop: deleted after this returns
    });
    if (!m_indexer) {
        // Opened here, on the indexer thread: SQLite connections belong to the thread that opens them.
        const auto &abis = dao::DaoAbis::load();
        if (!abis) {
            emit finished(false, abis.message(), 0, 0, false);
            return;
        }
        if (m_removeFirst) {
            m_removeFirst = false;
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(m_cachePath + suffix);
        }
        m_database = std::make_unique<cache::CacheDatabase>(
            m_cachePath, QStringLiteral("indexer-%1").arg(quintptr(this)), cache::CacheDatabase::Role::Writer);
        if (auto opened = m_database->open(); !opened) {
            m_database.reset();
            emit finished(false, opened.message(), 0, 0, false);
            return;
        }
        m_chain = std::make_unique<eth::ChainSession>(*m_client, std::chrono::seconds(30));
        m_indexer = std::make_unique<sync::ChainIndexer>(
            *m_chain, *m_database, abis.value().governor, abis.value().token, m_settings);
    }
    // At most a few progress reports a second: each makes the views re-read the cache on the
    // GUI thread, and a sync in small ranges stores hundreds of ranges a second.
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    auto report = m_indexer->syncOnce(m_stop.get(), [this, &sinceProgress](quint64 synced, quint64 head, qsizetype) {
        if (sinceProgress.elapsed() < 250)
            return;
        sinceProgress.restart();
        emit progress(synced, head);
    });
    if (!report) {
        emit finished(false, report.message(), 0, 0, false);
        return;
    }
    if (!m_settings.registry.isZero() && !m_blockDirectory.isEmpty()) {
        // New datasets' metadata: the catalog shows an entry at once and fills it in as it arrives.
        emit progress(report.value().toBlock, report.value().toBlock);
        sync::MetadataFetcher fetcher(*m_database, storage::BlockStore(m_blockDirectory), m_gateways);
        if (auto fetched = fetcher.fetchPending(m_stop.get(), 15000); !fetched)
            qCWarning(lcStorage).noquote() << "dataset metadata:" << fetched.message();
    }
    emit finished(true, QString(), report.value().toBlock, report.value().events, report.value().reorgFrom.has_value());
}

ChainSync::ChainSync(ChainController &chain, QString cacheDirectory, QObject *parent)
    : QObject(parent), m_chain(chain), m_cacheDirectory(std::move(cacheDirectory))
{
    m_thread.setObjectName(QStringLiteral("indexer"));
    m_thread.start();
    connect(&m_chain, &ChainController::profileChanged, this, [this] { restart(); });
    connect(&m_chain, &ChainController::statusChanged, this, &ChainSync::syncNow);
}

bool ChainSync::stop(std::chrono::milliseconds grace)
{
    stopWorker();
    m_thread.quit();
    return m_thread.wait(QDeadlineTimer(grace)); // the pass under way sees its stop flag at its next step
}

ChainSync::~ChainSync()
{
    stopWorker();
    m_thread.quit();
    m_thread.wait();
    // Those whose retire() had not come up before the thread ended: deleted here, as nothing runs
    // on that thread any more.
    for (const QPointer<IndexerWorker> &worker : std::as_const(m_retired))
        delete worker.data();
}

ChainSync *ChainSync::create(QQmlEngine *, QJSEngine *)
{
    ChainSync *sync = AppContext::instance()->chainSync();
    QQmlEngine::setObjectOwnership(sync, QQmlEngine::CppOwnership);
    return sync;
}

void ChainSync::stopWorker()
{
    if (!m_worker)
        return;
    ++m_generation;
    // Not waited for: the pass it may be running (a node that does not answer is retried for
    // seconds) ends at its next step, on its thread, and then the worker is deleted there. A new
    // worker's first pass queues behind it on the same thread, so the two never overlap.
    *m_stop = true;
    IndexerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->retire(); }, Qt::QueuedConnection);
    m_retired.removeAll(nullptr);
    m_retired.append(worker);
    m_worker = nullptr;
    m_syncing = false;
}

void ChainSync::restart(bool removeCache)
{
    stopWorker();
    const auto &profile = m_chain.profile();
    if (!profile || !m_chain.client()) {
        m_cachePath.clear();
        emit cacheChanged();
        return;
    }
    m_cachePath
        = QDir(m_cacheDirectory)
              .filePath(QStringLiteral("%1-%2.sqlite").arg(profile->chainId).arg(profile->governor.toLowerHex()));
    sync::IndexerSettings settings {
        profile->governor, profile->token, profile->deploymentBlock, profile->chainId == 31337 ? 2u : 12u};
    settings.fixedQuorum = profile->governorKind == dao::GovernorKind::Bravo;
    settings.registry = profile->datasetRegistry;
    settings.curation = profile->datasetCuration;
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_worker = new IndexerWorker(m_chain.client(), m_cachePath, settings, m_stop, profile->gateways,
        QDir(m_cacheDirectory).filePath(QStringLiteral("blocks")));
    if (removeCache)
        m_worker->removeCacheFirst();
    m_worker->moveToThread(&m_thread);
    // Signals a stopped worker queued before it went are not about the current DAO: dropped.
    const int generation = ++m_generation;
    connect(m_worker, &IndexerWorker::progress, this, [this, generation](quint64 synced, quint64 head) {
        if (generation != m_generation)
            return;
        m_statusText = tr("Reading the chain: block %1 of %2").arg(synced).arg(head);
        emit stateChanged();
        emit cacheChanged();
    });
    connect(m_worker, &IndexerWorker::finished, this,
        [this, generation](bool ok, const QString &message, quint64 head, qint64, bool reorg) {
            if (generation != m_generation)
                return;
            m_syncing = false;
            m_error = ok ? QString() : tr("Governance sync failed: %1").arg(message);
            if (ok)
                m_statusText = reorg ? tr("Up to date at block %1 (after a chain reorganisation)").arg(head)
                                     : tr("Up to date at block %1").arg(head);
            emit stateChanged();
            emit cacheChanged();
            if (m_again) {
                m_again = false;
                syncNow();
            }
        });
    emit cacheChanged();
    syncNow();
}

void ChainSync::rebuild()
{
    stopWorker();
    m_cachePath.clear();
    emit cacheChanged(); // readers let go of the file first
    m_statusText = tr("Rebuilding the cache from the chain…");
    emit stateChanged();
    restart(true); // the new worker deletes the file on its thread, then reads the chain again
}

void ChainSync::syncNow()
{
    if (!m_worker)
        return;
    if (m_syncing) {
        m_again = true;
        return;
    }
    m_syncing = true;
    emit stateChanged();
    IndexerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->syncNow(); }, Qt::QueuedConnection);
}

} // namespace dd::app
