#include "transactions/transactionhistorymodel.h"

#include "appcontext.h"
#include "common/futurewatch.h"
#include "network/chaincontroller.h"

#include "dao/transactiontracker.h"

#include <QLocale>
#include <QQmlEngine>
#include <QtConcurrent>

namespace dd::app {

TransactionHistoryModel::TransactionHistoryModel(
    dao::TransactionJournal &journal, ChainController &chain, QObject *parent)
    : QAbstractListModel(parent), m_journal(journal), m_chain(chain)
{
    connect(&m_chain, &ChainController::statusChanged, this, &TransactionHistoryModel::onChainStatus);
    connect(&m_chain, &ChainController::profileChanged, this, [this] {
        m_trackedThisConnection = false;
        m_lastTrackedBlock = -1;
    });
    reload();
}

TransactionHistoryModel *TransactionHistoryModel::create(QQmlEngine *, QJSEngine *)
{
    TransactionHistoryModel *model = AppContext::instance()->transactionHistory();
    QQmlEngine::setObjectOwnership(model, QQmlEngine::CppOwnership);
    return model;
}

int TransactionHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TransactionHistoryModel::pendingCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const dao::JournalEntry &e) {
        return e.status == QLatin1String("signed") || e.status == QLatin1String("pending");
    }));
}

QVariant TransactionHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const dao::JournalEntry &e = m_entries.at(index.row());
    switch (role) {
    case HashRole:
        return e.hash;
    case SummaryRole:
        return e.summary;
    case StatusRole:
        return e.status;
    case StatusTextRole:
        if (e.status == QLatin1String("signed"))
            return tr("Signed, not sent yet");
        if (e.status == QLatin1String("pending"))
            return tr("Pending");
        if (e.status == QLatin1String("mined"))
            return tr("Confirmed in block %1").arg(e.block);
        if (e.status == QLatin1String("reverted"))
            return tr("Reverted in block %1").arg(e.block);
        if (e.status == QLatin1String("failed"))
            return tr("Not sent");
        if (e.status == QLatin1String("replaced"))
            return tr("Replaced");
        if (e.status == QLatin1String("dropped"))
            return tr("Dropped");
        return e.status;
    case NoteRole:
        return e.error;
    case TimeRole:
        return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
    case BlockRole:
        return qulonglong(e.block);
    case NonceRole:
        return e.nonce.toDecimal();
    case SenderRole:
        return e.sender.toChecksumString();
    default:
        return {};
    }
}

QHash<int, QByteArray> TransactionHistoryModel::roleNames() const
{
    return {{HashRole, "hash"}, {SummaryRole, "summary"}, {StatusRole, "status"}, {StatusTextRole, "statusText"},
        {NoteRole, "note"}, {TimeRole, "time"}, {BlockRole, "block"}, {NonceRole, "nonce"}, {SenderRole, "sender"}};
}

void TransactionHistoryModel::reload()
{
    dao::TransactionJournal *journal = &m_journal;
    onFinished(this, QtConcurrent::run([journal] { return journal->entries(200); }),
        [this](const Result<QList<dao::JournalEntry>> &entries) {
            if (!entries) {
                m_trackingError = entries.message();
                emit trackingErrorChanged();
                return;
            }
            beginResetModel();
            m_entries = entries.value();
            endResetModel();
            emit countChanged();
        });
}

void TransactionHistoryModel::onChainStatus()
{
    if (!m_chain.connected() || m_chain.blockNumber() == m_lastTrackedBlock)
        return;
    if (m_trackedThisConnection && pendingCount() == 0)
        return;
    track();
}

void TransactionHistoryModel::track()
{
    if (m_tracking || !m_chain.client() || !m_chain.profile())
        return;
    m_tracking = true;
    m_trackedThisConnection = true;
    m_lastTrackedBlock = m_chain.blockNumber();
    eth::JsonRpcClient *client = m_chain.client();
    dao::TransactionJournal *journal = &m_journal;
    const quint64 chainId = m_chain.profile()->chainId;
    auto future = QtConcurrent::run([client, journal, chainId] {
        eth::ChainSession chain(*client, std::chrono::seconds(30));
        return dao::TransactionTracker(chain, *journal).reconcile(chainId);
    });
    onFinished(this, future, [this](const Result<QList<dao::TrackedChange>> &changes) {
        m_tracking = false;
        const QString error
            = changes ? QString() : tr("Pending transactions could not be checked: %1").arg(changes.message());
        if (error != m_trackingError) {
            m_trackingError = error;
            emit trackingErrorChanged();
        }
        if (changes && !changes.value().isEmpty())
            m_chain.refresh();
        reload();
    });
}

} // namespace dd::app
