#include "transfers/transferqueue.h"

#include "appcontext.h"

#include "dao/accountstore.h"
#include "storage/transfers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QQmlEngine>
#include <QUuid>

namespace dd::app {

QJsonObject TransferItem::toJson() const
{
    QJsonArray urls;
    for (const QUrl &url : gateways)
        urls.append(url.toString());
    return {{QStringLiteral("id"), id}, {QStringLiteral("kind"), kind}, {QStringLiteral("label"), label},
        {QStringLiteral("state"), state}, {QStringLiteral("done"), double(done)},
        {QStringLiteral("total"), double(total)}, {QStringLiteral("error"), error}, {QStringLiteral("result"), result},
        {QStringLiteral("carPath"), carPath}, {QStringLiteral("api"), api.toString()},
        {QStringLiteral("segmentsAcknowledged"), segmentsAcknowledged}, {QStringLiteral("cid"), cid},
        {QStringLiteral("gateways"), urls}, {QStringLiteral("target"), target}};
}

TransferItem TransferItem::fromJson(const QJsonObject &json)
{
    TransferItem item;
    item.id = json.value(u"id").toString();
    item.kind = json.value(u"kind").toString();
    item.label = json.value(u"label").toString();
    item.state = json.value(u"state").toString();
    item.done = quint64(json.value(u"done").toDouble());
    item.total = quint64(json.value(u"total").toDouble());
    item.error = json.value(u"error").toString();
    item.result = json.value(u"result").toString();
    item.carPath = json.value(u"carPath").toString();
    item.api = QUrl(json.value(u"api").toString());
    item.segmentsAcknowledged = json.value(u"segmentsAcknowledged").toInt();
    item.cid = json.value(u"cid").toString();
    for (const QJsonValue &url : json.value(u"gateways").toArray())
        item.gateways.append(QUrl(url.toString()));
    item.target = json.value(u"target").toString();
    return item;
}

TransferQueue::State TransferQueue::stateOf(const QString &word)
{
    static const QHash<QString, State> states {{QStringLiteral("queued"), State::Queued},
        {QStringLiteral("running"), State::Running}, {QStringLiteral("paused"), State::Paused},
        {QStringLiteral("done"), State::Done}, {QStringLiteral("failed"), State::Failed},
        {QStringLiteral("cancelled"), State::Cancelled}};
    return states.value(word, State::Unknown);
}

QVariantMap TransferItem::toVariant() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("kind"), kind}, {QStringLiteral("label"), label},
        {QStringLiteral("state"), int(TransferQueue::stateOf(state))}, {QStringLiteral("done"), double(done)},
        {QStringLiteral("total"), double(total)},
        {QStringLiteral("fraction"), total > 0 ? double(done) / double(total) : 0.0}, {QStringLiteral("error"), error},
        {QStringLiteral("result"), result}, {QStringLiteral("target"), target}};
}

// ---- the worker, on the transfer thread

TransferWorker::~TransferWorker() = default;

void TransferWorker::run(const TransferItem &item)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_stopping = false;
    m_currentId = item.id;
    if (item.kind == QLatin1String("upload")) {
        storage::CarUpload::Options options;
        options.api = item.api;
        options.firstSegment = item.segmentsAcknowledged;
        auto *upload = new storage::CarUpload(*m_network, item.carPath, options, this);
        m_current = upload;
        const QString id = item.id;
        connect(upload, &storage::CarUpload::progress, this,
            [this, id](quint64 done, quint64 total) { emit progress(id, done, total); });
        connect(upload, &storage::CarUpload::segmentDone, this,
            [this, id](int acknowledged, int) { emit segmentDone(id, acknowledged); });
        connect(upload, &storage::CarUpload::finished, this, [this, id, upload](bool ok, const QString &message) {
            upload->deleteLater();
            m_current = nullptr;
            emit finished(id, ok, message);
        });
        upload->start();
        return;
    }
    runDownload(item, 0);
}

void TransferWorker::runDownload(const TransferItem &item, int gatewayIndex)
{
    auto cid = storage::Cid::parse(item.cid);
    if (!cid) {
        emit finished(item.id, false, cid.message());
        return;
    }
    if (gatewayIndex >= item.gateways.size()) {
        emit finished(item.id, false, tr("No gateway is configured for downloads."));
        return;
    }
    storage::FileDownload::Options options;
    options.gateway = item.gateways[gatewayIndex];
    // Written as it streams, under item.target + ".partial" until the DAG is whole and verified.
    auto *download
        = new storage::FileDownload(storage::BlockStore(m_blockDirectory), cid.value(), item.target, options, this);
    m_current = download;
    connect(download, &storage::FileDownload::progress, this,
        [this, id = item.id](quint64 done, quint64 total) { emit progress(id, done, total); });
    connect(download, &storage::FileDownload::finished, this,
        [this, item, gatewayIndex, download](bool ok, const QString &message) {
            download->deleteLater();
            m_current = nullptr;
            if (!ok && !m_stopping && gatewayIndex + 1 < item.gateways.size())
                return runDownload(item, gatewayIndex + 1); // the next gateway, with what arrived kept
            emit finished(item.id, ok, message);
        });
    download->start();
}

void TransferWorker::stop()
{
    m_stopping = true;
    if (auto *transfer = qobject_cast<storage::Transfer *>(m_current))
        transfer->cancel();
}

// ---- the queue, on the GUI thread

TransferQueue::TransferQueue(Executor &executor, QString stateFile, QString blockDirectory, QObject *parent)
    : QObject(parent),
      m_stateFile(std::move(stateFile)),
      m_blockDirectory(std::move(blockDirectory)),
      m_saving(executor)
{
    m_thread.setObjectName(QStringLiteral("transfers"));
    m_thread.start();
    m_worker = new TransferWorker(m_blockDirectory);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TransferWorker::progress, this, &TransferQueue::onProgress);
    connect(m_worker, &TransferWorker::segmentDone, this, &TransferQueue::onSegment);
    connect(m_worker, &TransferWorker::finished, this, &TransferQueue::onFinished);
    load();
}

TransferQueue::~TransferQueue()
{
    if (!m_running.isEmpty())
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->stop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    m_saving.waitForIdle(); // the last state reaches the disk before the app ends
}

TransferQueue *TransferQueue::create(QQmlEngine *, QJSEngine *)
{
    TransferQueue *queue = AppContext::instance()->transferQueue();
    QQmlEngine::setObjectOwnership(queue, QQmlEngine::CppOwnership);
    return queue;
}

// Read in the saving sequence, so no save overtakes it; the items added meanwhile come after
// the ones the file kept.
void TransferQueue::load()
{
    m_saving.submit(
        this,
        [path = m_stateFile] {
            QList<TransferItem> items;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return items;
            for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
                TransferItem item = TransferItem::fromJson(value.toObject());
                if (item.state == QLatin1String("running"))
                    item.state = QStringLiteral("queued"); // the app stopped mid-transfer: continue
                items.append(item);
            }
            return items;
        },
        [this](const QList<TransferItem> &kept) {
            m_loaded = true;
            const bool addedMeanwhile = !m_items.isEmpty();
            m_items = kept + m_items;
            if (addedMeanwhile)
                save();
            emit itemsChanged();
            startNext();
        });
}

void TransferQueue::save() const
{
    if (!m_loaded)
        return; // load() saves once it has merged
    QJsonArray array;
    for (const TransferItem &item : m_items)
        array.append(item.toJson());
    // Written on a thread of its own, in order: the atomic write's fsync can take long on a busy
    // disk (a CAR being written beside it), and the window must not wait for it.
    m_saving.post([path = m_stateFile, bytes = QJsonDocument(array).toJson(QJsonDocument::Compact)] {
        QDir().mkpath(QFileInfo(path).path());
        (void)dao::AccountStore::writeFileAtomically(path, bytes);
    });
}

TransferItem *TransferQueue::find(const QString &id)
{
    for (TransferItem &item : m_items)
        if (item.id == id)
            return &item;
    return nullptr;
}

QString TransferQueue::addUpload(const QString &label, const QString &carPath, const QUrl &api)
{
    TransferItem item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.kind = QStringLiteral("upload");
    item.label = label;
    item.carPath = carPath;
    item.api = api;
    item.total = quint64(QFileInfo(carPath).size());
    m_items.append(item);
    save();
    emit itemsChanged();
    startNext();
    return item.id;
}

QString TransferQueue::addDownload(
    const QString &label, const QString &cid, const QList<QUrl> &gateways, const QString &target)
{
    TransferItem item;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.kind = QStringLiteral("download");
    item.label = label;
    item.cid = cid;
    item.gateways = gateways;
    item.target = target;
    m_items.append(item);
    save();
    emit itemsChanged();
    startNext();
    return item.id;
}

void TransferQueue::startNext()
{
    if (!m_running.isEmpty())
        return;
    for (TransferItem &item : m_items) {
        if (item.state != QLatin1String("queued"))
            continue;
        item.state = QStringLiteral("running");
        item.error.clear();
        m_running = item.id;
        save();
        emit itemsChanged();
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, copy = item] { worker->run(copy); }, Qt::QueuedConnection);
        return;
    }
}

void TransferQueue::onProgress(const QString &id, quint64 done, quint64 total)
{
    if (TransferItem *item = find(id)) {
        item->done = done;
        if (total > 0)
            item->total = total;
        emit itemsChanged();
    }
}

void TransferQueue::onSegment(const QString &id, int acknowledged)
{
    if (TransferItem *item = find(id)) {
        item->segmentsAcknowledged = acknowledged;
        save(); // what the node has acknowledged is never sent again, even after a crash
    }
}

void TransferQueue::onFinished(const QString &id, bool ok, const QString &message)
{
    if (m_running == id)
        m_running.clear();
    TransferItem *item = find(id);
    if (item && item->state == QLatin1String("running")) {
        item->state = ok ? QStringLiteral("done") : QStringLiteral("failed");
        (ok ? item->result : item->error) = message;
        if (ok && item->total > 0)
            item->done = item->total;
    }
    save();
    emit itemsChanged();
    if (item && (item->state == QLatin1String("done") || item->state == QLatin1String("failed")))
        emit itemFinished(id, ok, message);
    startNext();
}

void TransferQueue::pause(const QString &id)
{
    TransferItem *item = find(id);
    if (!item || (item->state != QLatin1String("running") && item->state != QLatin1String("queued")))
        return;
    const bool running = item->state == QLatin1String("running");
    item->state = QStringLiteral("paused");
    save();
    emit itemsChanged();
    if (running)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
}

void TransferQueue::resume(const QString &id)
{
    TransferItem *item = find(id);
    if (!item || (item->state != QLatin1String("paused") && item->state != QLatin1String("failed")))
        return;
    item->state = QStringLiteral("queued");
    item->error.clear();
    save();
    emit itemsChanged();
    startNext();
}

void TransferQueue::cancel(const QString &id)
{
    TransferItem *item = find(id);
    if (!item || item->state == QLatin1String("done") || item->state == QLatin1String("cancelled"))
        return;
    const bool running = item->state == QLatin1String("running");
    item->state = QStringLiteral("cancelled");
    save();
    emit itemsChanged();
    emit itemFinished(id, false, tr("Cancelled."));
    if (running)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
}

void TransferQueue::remove(const QString &id)
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id && m_items[i].state != QLatin1String("running")) {
            m_items.removeAt(i);
            save();
            emit itemsChanged();
            return;
        }
    }
}

QVariantMap TransferQueue::item(const QString &id) const
{
    for (const TransferItem &item : m_items)
        if (item.id == id)
            return item.toVariant();
    return {};
}

QVariantList TransferQueue::items() const
{
    QVariantList out;
    for (const TransferItem &item : m_items)
        out.append(item.toVariant());
    return out;
}

int TransferQueue::activeCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const TransferItem &item) {
        return item.state == QLatin1String("running") || item.state == QLatin1String("queued");
    }));
}

} // namespace dd::app
