#include "datasets/catalogcontroller.h"

#include "datasets/catalogview.h"

#include "appcontext.h"
#include "common/cacheread.h"
#include "common/displayformat.h"
#include "common/futurewatch.h"
#include "curation/curationwords.h"
#include "dao/datasetaccess.h"
#include "transfers/transferqueue.h"

#include "cache/catalogreader.h"
#include "cache/curationreader.h"
#include "crypto/address.h"
#include "dao/daodeployer.h"
#include "storage/preview.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QQmlEngine>
#include <QRegularExpression>

namespace dd::app {

namespace {

template <typename T, typename Read> Result<T> withReader(const QString &path, Read read)
{
    return readCache<cache::CatalogReader, T>(
        path, QStringLiteral("The catalog has not been read from the chain yet."), std::move(read));
}

struct QueryResult {
    QList<cache::CatalogEntry> entries;
    qint64 total = 0;
    QStringList licenses;
    QStringList formats;
};

} // namespace

CatalogController::CatalogController(Executor &executor, OpenDao &dao, DaoCache &cache,
    dao::TransactionRequester &requester, TransferQueue &transfers, QObject *parent)
    : QObject(parent), m_executor(executor), m_dao(dao), m_cache(cache), m_requester(requester), m_transfers(transfers)
{
    m_cache.whenCacheChanges(this, [this] { reload(); });
    m_dao.whenProfileChanges(this, [this] {
        clearSelection();
        reload();
    });
    reload();
}

CatalogController::~CatalogController() = default;

CatalogController *CatalogController::create(QQmlEngine *, QJSEngine *)
{
    CatalogController *controller = AppContext::instance()->catalogController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

bool CatalogController::hasRegistry() const
{
    return m_dao.profile() && !m_dao.profile()->datasetRegistry.isZero();
}

QString CatalogController::cachePath() const
{
    return m_cache.cachePath();
}

#define DD_SETTER(Name, member)                                                                                        \
    void CatalogController::set##Name(const QString &value)                                                            \
    {                                                                                                                  \
        if (member == value)                                                                                           \
            return;                                                                                                    \
        member = value;                                                                                                \
        emit queryChanged();                                                                                           \
        reload();                                                                                                      \
    }
DD_SETTER(Search, m_search)
DD_SETTER(License, m_license)
DD_SETTER(Format, m_format)
DD_SETTER(Order, m_order)
DD_SETTER(Size, m_size)
#undef DD_SETTER

void CatalogController::setStatus(DatasetStatus status)
{
    if (status == m_status)
        return;
    m_status = status;
    emit queryChanged();
    reload();
}

void CatalogController::setContributor(const QString &contributor)
{
    auto address = crypto::Address::parse(contributor);
    const QString checksummed = address ? address.value().toChecksumString() : QString(); // the catalog's spelling
    if (checksummed == m_contributor)
        return;
    m_contributor = checksummed;
    emit queryChanged();
    reload();
}

bool CatalogController::filtered() const
{
    return !m_search.isEmpty() || m_status != DatasetStatus::AnyStatus || !m_license.isEmpty() || !m_format.isEmpty()
        || !m_size.isEmpty() || !m_contributor.isEmpty();
}

void CatalogController::reload()
{
    cache::CatalogQuery query;
    query.text = m_search;
    query.license = m_license;
    query.format = m_format;
    if (m_status != DatasetStatus::AnyStatus)
        query.status = cache::DatasetStatus(m_status);
    std::tie(query.minSize, query.maxSize) = sizeBounds(m_size);
    query.contributor = m_contributor;
    query.order = m_order == QLatin1String("title") ? cache::CatalogQuery::Order::Title
        : m_order == QLatin1String("largest")       ? cache::CatalogQuery::Order::Largest
        : m_order == QLatin1String("cheapest")      ? cache::CatalogQuery::Order::Cheapest
                                                    : cache::CatalogQuery::Order::Newest;
    const int generation = ++m_queryGeneration;
    m_executor.submit(
        this,
        [path = cachePath(), query] {
            return withReader<QueryResult>(path, [&](cache::CatalogReader &reader) -> Result<QueryResult> {
                QueryResult out;
                auto page = reader.page(query);
                if (!page)
                    return page.error();
                out.entries = page.value().entries;
                out.total = page.value().total;
                out.licenses = reader.licenses().value_or({});
                out.formats = reader.formats().value_or({});
                return out;
            });
        },
        [this, generation](const Result<QueryResult> &result) {
            if (generation != m_queryGeneration)
                return;
            m_entries.clear();
            m_readError = result ? QString() : result.message();
            if (result) {
                for (const cache::CatalogEntry &e : result.value().entries)
                    m_entries.append(entryMap(e, m_dao.tokenSymbol()));
                m_totalCount = int(result.value().total);
                m_licenses = result.value().licenses;
                m_formats = result.value().formats;
            } else {
                m_totalCount = 0;
            }
            emit entriesChanged();
            if (m_selectedId > 0)
                loadSelected();
        });
}

void CatalogController::select(qint64 id)
{
    if (id != m_selectedId) {
        m_downloadId.clear();
        m_downloadError.clear();
        m_purchaseState = Purchase::NotBuying;
        m_purchaseMessage.clear();
        emit purchaseChanged();
    }
    m_selectedId = id;
    loadSelected();
}

void CatalogController::clearSelection()
{
    m_selectedId = 0;
    m_selected.clear();
    m_preview.clear();
    m_previewedCid.clear();
    m_downloadId.clear();
    m_downloadError.clear();
    emit selectionChanged();
    emit previewChanged();
}

void CatalogController::loadSelected()
{
    const int generation = ++m_selectionGeneration;
    const quint64 id = quint64(m_selectedId);
    struct Selected {
        cache::CatalogEntry entry;
        QStringList holders;
        cache::DatasetVersions versions;
        QList<cache::ReviewEntry> reviews; // every round's, shown on the page
    };
    m_executor.submit(
        this,
        [path = cachePath(), id] {
            return withReader<Selected>(path, [&](cache::CatalogReader &reader) -> Result<Selected> {
                auto entry = reader.dataset(id);
                if (!entry)
                    return entry.error();
                auto versions = reader.versions(id);
                if (!versions)
                    return versions.error();
                auto reviews = cache::CurationReader(reader.database()).reviews(id);
                if (!reviews)
                    return reviews.error();
                return Selected {
                    entry.value(), reader.accessHolders(id).value_or({}), versions.value(), reviews.value()};
            });
        },
        [this, generation](const Result<Selected> &result) {
            if (generation != m_selectionGeneration)
                return;
            if (!result) {
                m_selected = {{QStringLiteral("error"), result.message()}};
                emit selectionChanged();
                return;
            }
            const cache::CatalogEntry &e = result.value().entry;
            m_selected = entryMap(e, m_dao.tokenSymbol());
            m_selected.insert(QStringLiteral("resources"), resourcesOf(e.metadata));
            m_selected.insert(QStringLiteral("stakeText"),
                displayAmount(eth::UInt256::fromDecimal(e.stake).value_or(eth::UInt256()), 18) + QLatin1Char(' ')
                    + m_dao.tokenSymbol());
            const cache::DatasetVersions &versions = result.value().versions;
            m_selected.insert(QStringLiteral("replaces"), qint64(versions.replaces));
            m_selected.insert(QStringLiteral("replacesTitle"), versions.replacesTitle);
            QVariantList replacedBy;
            for (const auto &[newer, title] : versions.replacedBy)
                replacedBy.append(
                    QVariantMap {{QStringLiteral("id"), qint64(newer)}, {QStringLiteral("title"), title}});
            m_selected.insert(QStringLiteral("replacedBy"), replacedBy);
            m_selected.insert(QStringLiteral("reviewList"), reviewMaps(result.value().reviews));
            m_accessHolders = result.value().holders;
            emit selectionChanged();
            if (m_previewedCid != e.contentCid && e.metadataState == cache::MetadataState::Ready)
                loadPreview();
        });
}

bool CatalogController::hasAccess(const QString &account) const
{
    for (const QString &holder : m_accessHolders)
        if (holder.compare(account, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void CatalogController::loadPreview()
{
    const QString cidText = m_selected.value(QStringLiteral("contentCid")).toString();
    m_previewedCid = cidText;
    QString path;
    for (const QVariant &r : m_selected.value(QStringLiteral("resources")).toList()) {
        if (r.toMap().value(QStringLiteral("table")).toBool()) {
            path = r.toMap().value(QStringLiteral("path")).toString();
            break;
        }
    }
    auto cid = storage::Cid::parse(cidText);
    const auto &profile = m_dao.profile();
    if (path.isEmpty() || !cid || !profile || profile->gateways.isEmpty()) {
        m_preview = {{QStringLiteral("state"), int(Preview::NoPreview)}};
        emit previewChanged();
        return;
    }
    m_preview = {{QStringLiteral("state"), int(Preview::PreviewLoading)}, {QStringLiteral("path"), path}};
    emit previewChanged();
    // On the lane for work that waits (a gateway may take its 15 s per block): the pool's few
    // threads stay free for the cache reads, and the preview never queues behind them.
    m_executor.submitWorkflow(
        this,
        [gateway = profile->gateways.first(), root = cid.value(), path]() -> Result<TablePreview> {
            auto bytes = storage::fetchFileStart(gateway, root, path, 64 * 1024);
            if (!bytes)
                return bytes.error();
            return tablePreview(bytes.value(), 10); // profiled here, off the GUI thread
        },
        [this, cidText, path](const Result<TablePreview> &preview) {
            // Still the content shown? A re-read of the same dataset (after every sync) keeps
            // its preview coming: it is not asked for again, so its answer must not be dropped.
            if (cidText != m_previewedCid)
                return;
            if (!preview) {
                m_preview = {{QStringLiteral("state"), int(Preview::PreviewFailed)}, {QStringLiteral("path"), path},
                    {QStringLiteral("error"), preview.message()}};
                emit previewChanged();
                return;
            }
            QVariantList rows;
            for (const QStringList &row : preview.value().rows)
                rows.append(row);
            const QStringList &columns = preview.value().columns;
            m_preview = {{QStringLiteral("state"), int(Preview::PreviewReady)}, {QStringLiteral("path"), path},
                {QStringLiteral("columns"), columns}, {QStringLiteral("rows"), rows}};
            emit previewChanged();
        });
}

void CatalogController::withdraw()
{
    const auto &profile = m_dao.profile();
    auto contributor = crypto::Address::parse(m_selected.value(QStringLiteral("contributor")).toString());
    if (!profile || !contributor || m_selectedId <= 0) {
        m_withdrawMessage = tr("No dataset is open.");
        return emit withdrawChanged();
    }
    auto ask = dao::withdrawAsk(*profile, contributor.value(), quint64(m_selectedId),
        m_selected.value(QStringLiteral("title")).toString(),
        eth::UInt256::fromDecimal(m_selected.value(QStringLiteral("stake")).toString()).value_or(eth::UInt256()),
        m_dao.tokenSymbol());
    if (!ask) {
        m_withdrawMessage = ask.message();
        return emit withdrawChanged();
    }
    m_withdrawMessage = tr("Confirm it in the sheet.");
    emit withdrawChanged();
    // Sent as every transaction is, through the sheet; the worker waits for the member there.
    m_executor.submitWorkflow(
        this, [requester = &m_requester, ask = ask.value()] { return requester->send(ask); },
        [this](const Result<eth::Receipt> &sent) {
            m_withdrawMessage = sent ? tr("Withdrawn: the stake is back in your account.") : sent.message();
            emit withdrawChanged();
            m_cache.syncNow();
        });
}

void CatalogController::buyAccess(const QString &account)
{
    const auto &profile = m_dao.profile();
    auto buyer = crypto::Address::parse(account);
    if (!profile || !buyer || m_selectedId <= 0 || !m_dao.client()) {
        m_purchaseState = Purchase::PurchaseFailed;
        m_purchaseMessage = !buyer ? tr("Choose the account that pays.") : tr("No node is connected.");
        emit purchaseChanged();
        return;
    }
    m_purchaseState = Purchase::Buying;
    m_purchaseMessage = tr("Checking the allowance…");
    emit purchaseChanged();
    const dao::AccessPurchase purchase {quint64(m_selectedId), m_selected.value(QStringLiteral("title")).toString(),
        eth::UInt256::fromDecimal(m_selected.value(QStringLiteral("price")).toString()).value_or(eth::UInt256()),
        buyer.value()};
    QPointer<CatalogController> self(this);
    // The one purchase workflow of core/dao, on a worker; each transaction through the sheet,
    // where it waits for the member.
    m_executor.submitWorkflow(
        this,
        [client = m_dao.client(), requester = &m_requester, daoProfile = *profile, purchase,
            symbol = m_dao.tokenSymbol(), self] {
            eth::ChainSession chain(*client, std::chrono::seconds(30));
            return dao::buyAccess(
                chain, *requester, daoProfile, purchase, symbol, [self](int index, int count, const auto &) {
                    QMetaObject::invokeMethod(self, [self, index, count] {
                        if (!self)
                            return;
                        self->m_purchaseMessage
                            = tr("Step %1 of %2: confirm it in the sheet.").arg(index + 1).arg(count);
                        emit self->purchaseChanged();
                    });
                });
        },
        [this, account](const Result<eth::Receipt> &bought) {
            m_purchaseState = bought ? Purchase::Bought : Purchase::PurchaseFailed;
            m_purchaseMessage = bought ? tr("Access bought.") : bought.message();
            if (bought)
                m_accessHolders.append(account); // the catalog confirms it on its next read
            emit purchaseChanged();
            emit selectionChanged();
            m_cache.syncNow();
        });
}

void CatalogController::download(const QUrl &folder)
{
    const auto &profile = m_dao.profile();
    if (!profile || profile->gateways.isEmpty()) {
        setDownloadError(tr("The open DAO names no gateway to download from."));
        return;
    }
    const QString directory = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    QString name = m_selected.value(QStringLiteral("title")).toString();
    name.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N} ._-]+")), QStringLiteral("_"));
    name = name.trimmed().left(80);
    if (name.isEmpty())
        name = QStringLiteral("dataset-%1").arg(m_selectedId);
    setDownloadError({});
    // The folder is looked at off the GUI thread: a free name beside what is there already.
    m_executor.submit(
        this,
        [directory, name]() -> Result<QString> {
            if (!QFileInfo(directory).isDir())
                return Result<QString>::failure(tr("%1 is not a folder.").arg(directory));
            QString target = QDir(directory).filePath(name);
            for (int n = 2; QFileInfo::exists(target); ++n)
                target = QDir(directory).filePath(QStringLiteral("%1 (%2)").arg(name).arg(n));
            return target;
        },
        [this, title = m_selected.value(QStringLiteral("title")).toString(),
            cid = m_selected.value(QStringLiteral("contentCid")).toString(),
            gateways = profile->gateways](const Result<QString> &target) {
            if (!target) {
                setDownloadError(target.message());
                return;
            }
            m_downloadId = m_transfers.addDownload(title, cid, gateways, target.value());
            emit selectionChanged();
        });
}

void CatalogController::setDownloadError(const QString &message)
{
    m_downloadError = message;
    emit selectionChanged();
}

} // namespace dd::app
