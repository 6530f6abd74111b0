#pragma once

// GovernanceController: what the Governance section shows, read from the DAO's cache on a worker
// thread (a read connection of its own each time) whenever the indexer says the cache changed: the
// proposal list (filtered, searched), the selected proposal with its description, every action
// decoded in words, its timeline and its votes with reasons, and the delegates. Voting is
// VoteController's and VoterCheck's; proposing, queuing and executing are ProposalController's.

#include "cache/governancereader.h"
#include "common/executor.h"
#include "governance/proposallistmodel.h"

#include "common/services.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace dd::dao {
class WalletService;
}

namespace dd::app {

class SignedVotes;
class GovernanceNotifier;
class ProposalListModel;

class GovernanceController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(dd::app::ProposalListModel *proposals READ proposals CONSTANT)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY changed)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QString readError READ readError NOTIFY changed)
    // For Home: active proposals none of this wallet's accounts has voted on, ending first first.
    Q_PROPERTY(QVariantList awaitingVote READ awaitingVote NOTIFY changed)
    // Delegates by voting power with their recent votes; and who delegates to this wallet's accounts.
    Q_PROPERTY(QVariantList delegates READ delegates NOTIFY changed)
    Q_PROPERTY(QVariantList delegatingToMe READ delegatingToMe NOTIFY changed)
public:
    // Which proposals the list shows: open ones (pending, active, succeeded, queued), the
    // member's (proposed or voted on by one of the wallet's accounts), or all.
    enum class Filter { Active, Mine, All };
    Q_ENUM(Filter)

    GovernanceController(Executor &executor, OpenDao &dao, DaoCache &cache, dao::WalletService &wallet,
        SignedVotes &signedVotes, GovernanceNotifier *alerts = nullptr, QObject *parent = nullptr);
    ~GovernanceController() override;
    static GovernanceController *create(QQmlEngine *, QJSEngine *);

    ProposalListModel *proposals() const { return m_proposals.get(); }
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    int totalCount() const { return m_totalCount; }
    QString selectedId() const { return m_selectedId; }
    QVariantMap selected() const { return m_selected; }
    QString readError() const { return m_readError; }
    QVariantList awaitingVote() const { return m_awaitingVote; }
    QVariantList delegates() const { return m_delegates; }
    QVariantList delegatingToMe() const { return m_delegatingToMe; }

    Q_INVOKABLE void select(const QString &proposalId);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void reload();

signals:
    void filterChanged();
    void changed();
    void selectionChanged();

private:
    // What reload() reads from the cache; filtering and searching use it without reading again.
    struct Overview {
        QList<cache::ProposalSummary> proposals;
        QSet<QString> votedByAccounts; // proposals one of this wallet's accounts voted on
        cache::ChainPosition position;
        QList<cache::DelegateSummary> delegates;
        QList<std::pair<QString, crypto::Address>> delegatorsToAccounts; // (account name, delegator)
    };
    void applyOverview();
    void loadSelected();
    void showSelected(
        const cache::ProposalDetail &d, const cache::ChainPosition &position, const QList<cache::VoteRecord> &votes);

    Executor &m_executor;
    OpenDao &m_dao;
    DaoCache &m_cache;
    dao::WalletService &m_wallet;
    SignedVotes &m_signedVotes;
    GovernanceNotifier *m_alerts;
    std::unique_ptr<ProposalListModel> m_proposals;
    Overview m_overview;
    int m_overviewGeneration = 0;
    int m_selectionGeneration = 0;
    Filter m_filter = Filter::All;
    QString m_search;
    int m_totalCount = 0;
    QString m_selectedId;
    QVariantMap m_selected;
    QString m_readError;
    QVariantList m_awaitingVote;
    QVariantList m_delegates;
    QVariantList m_delegatingToMe;
};

} // namespace dd::app
