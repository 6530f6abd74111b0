#include "transactions/transactionhistorymodel.h"

#include "appcontext.h"
#include "transactions/transactiontracking.h"

#include "common/executor.h"
#include "common/logging.h"

#include <QLocale>
#include <QQmlEngine>

namespace dd::app {

TransactionHistoryModel::TransactionHistoryModel(
    Executor &executor, dao::TransactionJournal &journal, TransactionTracking &tracking, QObject *parent)
    : QAbstractListModel(parent), m_executor(executor), m_journal(journal), m_tracking(tracking)
{
    connect(&m_tracking, &TransactionTracking::journalChanged, this, &TransactionHistoryModel::reload);
    connect(&m_tracking, &TransactionTracking::errorChanged, this, &TransactionHistoryModel::trackingErrorChanged);
    reload();
}

QString TransactionHistoryModel::trackingError() const
{
    return m_tracking.error();
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
    m_executor.submit(
        this, [journal] { return journal->entries(200); },
        [this](const Result<QList<dao::JournalEntry>> &entries) {
            if (!entries) {
                qCWarning(lcWallet) << entries.message();
                return;
            }
            beginResetModel();
            m_entries = entries.value();
            endResetModel();
            emit countChanged();
        });
}

} // namespace dd::app
