#pragma once

// TransactionHistoryModel: the journal's transactions, newest first, for the Wallet's history
// and the Home page. It also keeps the journal honest: when the chain moves and something is
// unsettled (and once after each connect, which covers a restart), the TransactionTracker runs
// on a worker thread and settles, resends or marks transactions replaced or dropped. Reads and
// tracking never run on the GUI thread.

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "dao/transactionjournal.h"

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class ChainController;

class TransactionHistoryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY countChanged)
    Q_PROPERTY(QString trackingError READ trackingError NOTIFY trackingErrorChanged)
public:
    enum Role {
        HashRole = Qt::UserRole + 1,
        SummaryRole,
        StatusRole,
        StatusTextRole,
        NoteRole,
        TimeRole,
        BlockRole,
        NonceRole,
        SenderRole,
    };

    TransactionHistoryModel(dao::TransactionJournal &journal, ChainController &chain, QObject *parent = nullptr);
    static TransactionHistoryModel *create(QQmlEngine *, QJSEngine *);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int pendingCount() const;
    QString trackingError() const { return m_trackingError; }

    Q_INVOKABLE void reload();
    // Checks unsettled transactions against the chain now.
    Q_INVOKABLE void track();

signals:
    void countChanged();
    void trackingErrorChanged();

private:
    void onChainStatus();

    dao::TransactionJournal &m_journal;
    ChainController &m_chain;
    QList<dao::JournalEntry> m_entries;
    bool m_tracking = false;
    bool m_trackedThisConnection = false;
    qint64 m_lastTrackedBlock = -1;
    QString m_trackingError;
};

} // namespace dd::app
