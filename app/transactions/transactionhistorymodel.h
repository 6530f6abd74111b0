#pragma once

// TransactionHistoryModel: the journal's transactions, newest first, for the Wallet's history
// and the Home page, re-read (on the executor) whenever the journal changes; what tracking
// could not check is said in words.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "dao/transactionjournal.h"

class QQmlEngine;
class QJSEngine;

namespace dd {
class Executor;
}

namespace dd::app {

class TransactionTracking;

class TransactionHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countChanged)
    Q_PROPERTY(QString trackingError READ trackingError NOTIFY trackingErrorChanged)
public:
    // A journal entry's status (the journal keeps it as a word); Unknown: a word this app
    // version does not know, shown as it is.
    enum class Status { Signed, Pending, Mined, Reverted, Failed, Replaced, Dropped, Unknown };
    Q_ENUM(Status)
    static Status statusOf(const QString &journalWord);

    enum Role {
        HashRole = Qt::UserRole + 1,
        SummaryRole,
        StatusRole, // a Status
        StatusTextRole,
        NoteRole,
        TimeRole,
        BlockRole,
        NonceRole,
        SenderRole,
    };

    TransactionHistoryModel(
        Executor &executor, dao::TransactionJournal &journal, TransactionTracking &tracking, QObject *parent = nullptr);
    static TransactionHistoryModel *create(QQmlEngine *, QJSEngine *);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int pendingCount() const;
    QString trackingError() const;

    Q_INVOKABLE void reload();

signals:
    void countChanged();
    void trackingErrorChanged();

private:
    Executor &m_executor;
    dao::TransactionJournal &m_journal;
    TransactionTracking &m_tracking;
    QList<dao::JournalEntry> m_entries;
};

} // namespace dd::app
