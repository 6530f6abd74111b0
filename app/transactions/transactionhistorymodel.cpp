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

TransactionHistoryModel::Status TransactionHistoryModel::statusOf(const QString &journalWord)
{
    static const QHash<QString, Status> statuses {{QStringLiteral("signed"), Status::Signed},
        {QStringLiteral("pending"), Status::Pending}, {QStringLiteral("mined"), Status::Mined},
        {QStringLiteral("reverted"), Status::Reverted}, {QStringLiteral("failed"), Status::Failed},
        {QStringLiteral("replaced"), Status::Replaced}, {QStringLiteral("dropped"), Status::Dropped}};
    return statuses.value(journalWord, Status::Unknown);
}

int TransactionHistoryModel::pendingCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const dao::JournalEntry &e) {
        const Status status = statusOf(e.status);
        return status == Status::Signed || status == Status::Pending;
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
        return int(statusOf(e.status));
    case StatusTextRole:
        switch (statusOf(e.status)) {
        case Status::Signed:
            return tr("Signed, not sent yet");
        case Status::Pending:
            return tr("Pending");
        case Status::Mined:
            return tr("Confirmed in block %1").arg(e.block);
        case Status::Reverted:
            return tr("Reverted in block %1").arg(e.block);
        case Status::Failed:
            return tr("Not sent");
        case Status::Replaced:
            return tr("Replaced");
        case Status::Dropped:
            return tr("Dropped");
        case Status::Unknown:
            return e.status;
        }
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
