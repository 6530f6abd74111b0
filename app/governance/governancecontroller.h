#pragma once

// GovernanceController: what the Governance section shows, read from the DAO's cache on a worker
// thread (a read connection of its own each time) whenever the indexer says the cache changed: the proposal
// list (filtered, searched) and the selected proposal with its description, every action decoded
// in words, its timeline and its votes with reasons.

#include "cache/governancereader.h"
#include "common/executor.h"
#include "governance/proposallistmodel.h"

#include "dao/governancecalls.h"

#include "dao/proposalaction.h"

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

class ChainController;
class ChainSync;
class TransactionController;
class SignedVotes;
class GovernanceNotifier;
class ProposalListModel;

class GovernanceController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(dd::app::ProposalListModel *proposals READ proposals CONSTANT)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged) // active, mine, all
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY changed)
    Q_PROPERTY(QString selectedId READ selectedId NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QString readError READ readError NOTIFY changed)
    // For the vote dialog: the chosen account's voting power at the selected proposal's snapshot,
    // and in words why it is zero when it is (with whether self-delegation would help).
    Q_PROPERTY(QVariantMap voter READ voter NOTIFY voterChanged)
    // For Home: active proposals none of this wallet's accounts has voted on, ending first first.
    Q_PROPERTY(QVariantList awaitingVote READ awaitingVote NOTIFY changed)
    // Delegates by voting power with their recent votes; and who delegates to this wallet's accounts.
    Q_PROPERTY(QVariantList delegates READ delegates NOTIFY changed)
    Q_PROPERTY(QVariantList delegatingToMe READ delegatingToMe NOTIFY changed)
public:
    GovernanceController(Executor &executor, ChainController &chain, ChainSync &sync, dao::WalletService &wallet,
        TransactionController &transactions, SignedVotes &signedVotes, GovernanceNotifier *alerts = nullptr,
        QObject *parent = nullptr);
    ~GovernanceController() override;
    static GovernanceController *create(QQmlEngine *, QJSEngine *);

    ProposalListModel *proposals() const { return m_proposals.get(); }
    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    int totalCount() const { return m_totalCount; }
    QString selectedId() const { return m_selectedId; }
    QVariantMap selected() const { return m_selected; }
    QString readError() const { return m_readError; }
    QVariantMap voter() const { return m_voter; }
    QVariantList awaitingVote() const { return m_awaitingVote; }
    QVariantList delegates() const { return m_delegates; }
    QVariantList delegatingToMe() const { return m_delegatingToMe; }

    Q_INVOKABLE void select(const QString &proposalId);
    Q_INVOKABLE void clearSelection();
    Q_INVOKABLE void reload();
    Q_INVOKABLE void checkVoter(const QString &account);
    // Queue a succeeded proposal in the timelock, or execute a queued one whose delay has passed:
    // the proposal's actions and description hash, sent by `account` through the sheet.
    Q_INVOKABLE void queueSelected(const QString &account);
    Q_INVOKABLE void executeSelected(const QString &account);
    // The proposer withdraws a proposal still pending (before voting starts).
    Q_INVOKABLE void cancelSelected(const QString &account);
    // A new proposal: a title and a markdown body (Tally's convention: the title is the
    // description's first line) and, unless it is text only, a transfer of tokens from the
    // treasury. Problems come back as a message; otherwise the sheet opens.
    // An action as the dialog describes it: {kind: "payment", recipient, amount} or {kind: "call",
    // target, signature, arguments (one per line), value (ETH)}. Answers {error, text}.
    Q_INVOKABLE QVariantMap checkAction(const QVariantMap &action) const;
    // Proposes with these actions (none: a text-only proposal); "" or why not.
    Q_INVOKABLE QString propose(
        const QString &account, const QString &title, const QString &body, const QVariantList &actions);

signals:
    void filterChanged();
    void changed();
    void selectionChanged();
    void voterChanged();

private:
    struct BuiltAction {
        dao::ProposalAction action;
        QString words;
    };
    Result<BuiltAction> buildAction(const QVariantMap &action) const;
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
    void askChainAboutVoter(int generation, const QString &account, const crypto::Address &address,
        const QString &proposalId, quint64 snapshot, std::optional<quint64> delegatedAt);
    void requestLifecycle(const QString &account, dao::Lifecycle step);

    Executor &m_executor;
    ChainController &m_chain;
    ChainSync &m_sync;
    dao::WalletService &m_wallet;
    TransactionController &m_transactions;
    SignedVotes &m_signedVotes;
    GovernanceNotifier *m_alerts;
    std::unique_ptr<ProposalListModel> m_proposals;
    Overview m_overview;
    int m_overviewGeneration = 0;
    std::optional<cache::ProposalDetail> m_selectedDetail; // the selected proposal as last read
    int m_selectionGeneration = 0;
    QString m_filter = QStringLiteral("all");
    QString m_search;
    int m_totalCount = 0;
    QString m_selectedId;
    QVariantMap m_selected;
    QString m_readError;
    QVariantMap m_voter;
    QVariantList m_awaitingVote;
    QVariantList m_delegates;
    QVariantList m_delegatingToMe;
    int m_voterGeneration = 0;
};

} // namespace dd::app
