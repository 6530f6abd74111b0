#include "curation/curationcontroller.h"

#include "appcontext.h"
#include "common/cacheread.h"
#include "common/displayformat.h"
#include "curation/curationview.h"
#include "curation/curationwords.h"
#include "datasets/catalogview.h"

#include "cache/catalogreader.h"
#include "cache/curationreader.h"
#include "crypto/address.h"
#include "dao/curationcalls.h"
#include "dao/curationreport.h"
#include "eth/chainsession.h"

#include <QDateTime>
#include <QDir>
#include <QPointer>
#include <QQmlEngine>
#include <QtMath>

namespace dd::app {

namespace {

template <typename T, typename Read> Result<T> withCuration(const QString &path, Read read)
{
    return readCache<cache::CurationReader, T>(
        path, QStringLiteral("The curation queue has not been read from the chain yet."), std::move(read));
}

struct QueueRead {
    cache::QueueView view;
    QList<cache::CuratorRecord> curators;
    bool memberIsCurator = false;
};

} // namespace

CurationController::CurationController(Executor &executor, OpenDao &dao, DaoCache &cache,
    dao::TransactionRequester &requester, QString dataDirectory, QObject *parent)
    : QObject(parent),
      m_executor(executor),
      m_dao(dao),
      m_cache(cache),
      m_requester(requester),
      m_dataDirectory(std::move(dataDirectory))
{
    m_cache.whenCacheChanges(this, [this] { reload(); });
    m_dao.whenProfileChanges(this, [this] {
        clearSelection();
        reload();
    });
    reload();
}

CurationController::~CurationController()
{
    if (m_cancel)
        *m_cancel = true;
}

CurationController *CurationController::create(QQmlEngine *, QJSEngine *)
{
    CurationController *controller = AppContext::instance()->curationController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

bool CurationController::hasCuration() const
{
    return m_dao.profile() && !m_dao.profile()->datasetCuration.isZero();
}

QVariantList CurationController::reasons() const
{
    QVariantList out;
    for (int r = 0; r < dao::reviewReasonCount; ++r)
        out.append(QVariantMap {{QStringLiteral("key"), r}, {QStringLiteral("label"), dao::reviewReasonWords(r)}});
    return out;
}

void CurationController::setMember(const QString &member)
{
    auto address = crypto::Address::parse(member);
    const QString checksummed = address ? address.value().toChecksumString() : QString();
    if (checksummed == m_member)
        return;
    m_member = checksummed;
    emit queryChanged();
    reload();
}

void CurationController::setTab(int tab)
{
    if (tab == m_tab || tab < 0 || tab >= cache::queueTabCount)
        return;
    m_tab = tab;
    emit queryChanged();
    reload();
}

void CurationController::reload()
{
    const int generation = ++m_queryGeneration;
    m_executor.submit(
        this,
        [path = m_cache.cachePath(), tab = cache::QueueTab(m_tab), member = m_member] {
            return withCuration<QueueRead>(path, [&](cache::CurationReader &reader) -> Result<QueueRead> {
                auto view = reader.queueView(tab, member);
                if (!view)
                    return view.error();
                auto curators = reader.curators();
                if (!curators)
                    return curators.error();
                QueueRead out {view.value(), curators.value()};
                out.memberIsCurator = !member.isEmpty() && reader.isCurator(member).value_or(false);
                return out;
            });
        },
        [this, generation](const Result<QueueRead> &result) {
            if (generation != m_queryGeneration)
                return;
            m_items.clear();
            m_counts.clear();
            m_curators.clear();
            m_readError = result ? QString() : result.message();
            if (result) {
                const QueueRead &read = result.value();
                const QString symbol = m_dao.tokenSymbol();
                const qint64 now = read.view.now > 0 ? read.view.now : QDateTime::currentSecsSinceEpoch();
                for (int count : read.view.counts)
                    m_counts.append(count);
                for (const cache::QueueItem &item : read.view.items)
                    m_items.append(itemMap(item, read.view.rules, now, symbol));
                for (const cache::CuratorRecord &c : read.curators)
                    m_curators.append(curatorMap(c, symbol));
                m_rules = rulesMap(read.view.rules, symbol);
                m_memberIsCurator = read.memberIsCurator;
            }
            emit queueChanged();
            if (m_selectedId > 0)
                loadSelected();
        });
}

void CurationController::select(qint64 id)
{
    if (id != m_selectedId) {
        cancelReport();
        m_measured.reset();
        m_report.clear();
        setReport(ReportState::NoReport);
        setReview(ReviewState::NotReviewing, {});
        setAction(ActionState::NoAction, {});
    }
    m_selectedId = id;
    loadSelected();
}

void CurationController::clearSelection()
{
    cancelReport();
    m_selectedId = 0;
    m_selected.clear();
    m_measured.reset();
    m_report.clear();
    setReport(ReportState::NoReport);
    setReview(ReviewState::NotReviewing, {});
    setAction(ActionState::NoAction, {});
    emit selectionChanged();
}

void CurationController::loadSelected()
{
    const int generation = ++m_selectionGeneration;
    struct Selected {
        cache::QueueItem item;
        cache::CurationRules rules;
        qint64 now = 0;
        QList<cache::ReviewEntry> reviews;
        QList<cache::CurationEvent> history;
    };
    m_executor.submit(
        this,
        [path = m_cache.cachePath(), id = quint64(m_selectedId), member = m_member] {
            return withCuration<Selected>(path, [&](cache::CurationReader &reader) -> Result<Selected> {
                auto item = reader.item(id, member);
                if (!item)
                    return item.error();
                if (!item.value())
                    return Result<Selected>::failure(QStringLiteral("Dataset #%1 is not in the registry.").arg(id));
                auto rules = reader.rules();
                if (!rules)
                    return rules.error();
                auto now = reader.headTime();
                if (!now)
                    return now.error();
                auto reviews = reader.reviews(id);
                if (!reviews)
                    return reviews.error();
                auto history = reader.history(id);
                if (!history)
                    return history.error();
                return Selected {*item.value(), rules.value(), now.value(), reviews.value(), history.value()};
            });
        },
        [this, generation](const Result<Selected> &result) {
            if (generation != m_selectionGeneration)
                return;
            if (!result) {
                m_selected = {{QStringLiteral("id"), m_selectedId}, {QStringLiteral("error"), result.message()}};
                emit selectionChanged();
                return;
            }
            const Selected &read = result.value();
            const qint64 now = read.now > 0 ? read.now : QDateTime::currentSecsSinceEpoch();
            QVariantMap selected = itemMap(read.item, read.rules, now, m_dao.tokenSymbol());
            QVariantList history;
            for (const cache::CurationEvent &e : read.history)
                history.append(QVariantMap {{QStringLiteral("kind"), e.kind}, {QStringLiteral("actor"), e.actor},
                    {QStringLiteral("words"), curationEventWords(e, m_dao.tokenSymbol())},
                    {QStringLiteral("time"),
                        e.time > 0 ? QDateTime::fromSecsSinceEpoch(e.time).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : QString()}});
            selected.insert(QStringLiteral("reviewList"), reviewMaps(read.reviews));
            selected.insert(QStringLiteral("history"), history);
            m_selected = selected;
            emit selectionChanged();
        });
}

QString CurationController::reviewFolder(qint64 id) const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("reviews/dataset-%1").arg(id));
}

void CurationController::setReport(ReportState state, const QString &step)
{
    m_reportState = state;
    m_reportStep = step;
    if (state != ReportState::Measuring)
        m_reportProgress = state == ReportState::Measured ? 1 : 0;
    emit reportChanged();
}

void CurationController::setReview(ReviewState state, const QString &message)
{
    m_reviewState = state;
    m_reviewMessage = message;
    emit reviewChanged();
}

void CurationController::setAction(ActionState state, const QString &message)
{
    m_actionState = state;
    m_actionMessage = message;
    emit actionChanged();
}

void CurationController::measure()
{
    const auto &profile = m_dao.profile();
    if (!profile || m_selectedId <= 0) {
        setReport(ReportState::ReportFailed, tr("Open a dataset of a DAO first."));
        return;
    }
    if (m_cancel)
        *m_cancel = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_measured.reset();
    m_report.clear();
    m_reportProgress = 0;
    setReport(ReportState::Measuring, tr("Reading the dataset's entry…"));
    QPointer<CurationController> self(this);
    const qint64 id = m_selectedId;
    m_executor.submitWorkflow(
        this,
        [daoProfile = *profile, path = m_cache.cachePath(), folder = reviewFolder(id),
            store = QDir(m_dataDirectory).filePath(QStringLiteral("cache/blocks")), id, cancel = m_cancel,
            self]() -> Result<quality::QualityReport> {
            auto entry = readCache<cache::CatalogReader, cache::CatalogEntry>(path,
                QStringLiteral("The catalog has not been read from the chain yet."),
                [id](cache::CatalogReader &reader) { return reader.dataset(quint64(id)); });
            if (!entry)
                return entry.error();
            const dao::ReportRequest request {
                daoProfile, entry.value(), path, store, folder, QStringLiteral("DataDAO Desktop " DD_VERSION)};
            return dao::prepareCurationReport(
                request,
                [self](double fraction, const QString &step) {
                    QMetaObject::invokeMethod(self, [self, fraction, step] {
                        if (!self || self->m_reportState != ReportState::Measuring)
                            return;
                        self->m_reportProgress = fraction;
                        self->m_reportStep = step;
                        emit self->reportChanged();
                    });
                },
                cancel.get());
        },
        [this, id, cancel = m_cancel](const Result<quality::QualityReport> &report) {
            if (id != m_selectedId || cancel != m_cancel)
                return; // another dataset, or measured again since
            if (!report) {
                setReport(ReportState::ReportFailed, *cancel ? tr("Cancelled.") : report.message());
                return;
            }
            m_measured = report.value();
            m_report = reportMap(report.value());
            m_reportFolder = reviewFolder(id);
            setReport(ReportState::Measured, tr("Measured here from the downloaded files."));
        });
}

void CurationController::cancelReport()
{
    if (m_cancel)
        *m_cancel = true;
}

void CurationController::submitReview(bool approve, int reason, const QString &text, double slashPercent)
{
    const auto &profile = m_dao.profile();
    auto curator = crypto::Address::parse(m_member);
    if (!profile || !curator || !m_measured) {
        setReview(ReviewState::ReviewFailed,
            !curator ? tr("Choose the curator's account.")
                     : tr("Measure the dataset first: a review carries its report."));
        return;
    }
    const dao::ReviewVerdict verdict {quint64(m_selectedId), m_selected.value(QStringLiteral("title")).toString(),
        approve, dao::ReviewReason(approve ? 0 : reason), text, {}, approve ? 0 : int(qRound(slashPercent * 100))};
    // Refused in words before anything is published: a verdict that cannot pass.
    if (auto ask = dao::reviewAsk(*profile, curator.value(), verdict); !ask) {
        setReview(ReviewState::ReviewFailed, ask.message());
        return;
    }
    setReview(ReviewState::Publishing, tr("Publishing the report to the DAO's storage…"));
    // Its own cancel: the measurement's may have been pulled already.
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<CurationController> self(this);
    m_executor.submitWorkflow(
        this,
        [daoProfile = *profile, from = curator.value(), verdict, report = *m_measured, folder = m_reportFolder,
            requester = &m_requester, cancel, self]() -> Result<eth::Receipt> {
            auto evidence = dao::publishCurationReport(report, folder, daoProfile.storageApi, cancel.get());
            if (!evidence)
                return evidence.error();
            dao::ReviewVerdict withEvidence = verdict;
            withEvidence.evidenceUri = evidence.value();
            auto ask = dao::reviewAsk(daoProfile, from, withEvidence);
            if (!ask)
                return ask.error();
            QMetaObject::invokeMethod(self, [self] {
                if (self)
                    self->setReview(ReviewState::Confirming, tr("Confirm the review in the sheet."));
            });
            return requester->send(ask.value(), cancel.get());
        },
        [this](const Result<eth::Receipt> &sent) {
            setReview(sent ? ReviewState::Reviewed : ReviewState::ReviewFailed,
                sent ? tr("Review recorded on chain.") : sent.message());
            m_cache.syncNow();
        });
}

void CurationController::appeal(const QString &reason)
{
    sendWithDeposit(true, reason);
}

void CurationController::challenge(const QString &reason)
{
    sendWithDeposit(false, reason);
}

void CurationController::sendWithDeposit(bool appeal, const QString &reason)
{
    const auto &profile = m_dao.profile();
    auto member = crypto::Address::parse(m_member);
    if (!profile || !member || m_selectedId <= 0 || !m_dao.client()) {
        setAction(ActionState::ActionFailed,
            !member ? tr("Choose the account at the top of the queue.") : tr("No node is connected."));
        return;
    }
    if (reason.trimmed().isEmpty()) {
        setAction(ActionState::ActionFailed,
            appeal ? tr("Say why the rejection is wrong: the token holders read it before they vote.")
                   : tr("Say what is wrong with the dataset: the curators read it in the new review."));
        return;
    }
    setAction(ActionState::Sending, tr("Checking the allowance…"));
    QPointer<CurationController> self(this);
    const quint64 id = quint64(m_selectedId);
    const QString title = m_selected.value(QStringLiteral("title")).toString();
    // The one appeal or challenge of core/dao (approve the deposit when the allowance is short,
    // then the call), each step through the sheet.
    m_executor.submitWorkflow(
        this,
        [client = m_dao.client(), requester = &m_requester, daoProfile = *profile, from = member.value(), id, title,
            reason = reason.trimmed(), appeal, symbol = m_dao.tokenSymbol(), self]() -> Result<eth::Receipt> {
            eth::ChainSession chain(*client, std::chrono::seconds(30));
            auto asks = appeal ? dao::appealAsks(chain, daoProfile, from, id, title, reason, symbol)
                               : dao::challengeAsks(chain, daoProfile, from, id, title, reason, {}, symbol);
            if (!asks)
                return asks.error();
            auto sent = dao::sendInOrder(*requester, asks.value(), [self](int index, int count, const auto &) {
                QMetaObject::invokeMethod(self, [self, index, count] {
                    if (self)
                        self->setAction(ActionState::Sending,
                            tr("Step %1 of %2: confirm it in the sheet.").arg(index + 1).arg(count));
                });
            });
            if (!sent)
                return sent.error();
            if (sent.value().isEmpty())
                return Result<eth::Receipt>::failure(QStringLiteral("Nothing was sent."));
            return sent.value().last();
        },
        [this, appeal](const Result<eth::Receipt> &sent) {
            setAction(sent ? ActionState::Sent : ActionState::ActionFailed,
                sent ? (appeal ? tr("Appealed: the token holders decide by a proposal.")
                               : tr("Challenged: the dataset is back in review for a new round."))
                     : sent.message());
            m_cache.syncNow();
        });
}

} // namespace dd::app
