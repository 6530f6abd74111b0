#pragma once

// AppContext: the composition root. It builds the services and controllers once, owns them,
// and hands them to QML through the singletons' create() functions. main() and the end-to-end
// tests make one, pointing it at a data directory, and start() it: the local state is read on
// the executor, and the window opens when it is in.

#include <QObject>
#include <QString>
#include <QTranslator>

#include <functional>
#include <memory>

class QQmlEngine;

namespace dd {
class Executor;
}

namespace dd::dao {
class WalletService;
class TransactionJournal;
} // namespace dd::dao

namespace dd::app {

class AppSettings;
class WalletController;
class ActivityFilter;
class ChainController;
class TransactionController;
class TransactionHistoryModel;
class ChainSync;
class GovernanceController;
class ForumService;
class GovernanceNotifier;
class TransferQueue;
class ContributeController;
class SheetRequester;
class PinningController;
class CatalogController;
class CurationController;
class CurationNotifier;
class TransactionTracking;
class SignedVotes;
class VoteController;
class VoterCheck;
class ProposalController;

class AppContext : public QObject {
    Q_OBJECT
public:
    explicit AppContext(const QString &dataDirectory, QObject *parent = nullptr);
    ~AppContext() override;

    static AppContext *instance();

    // Ends what runs in the background before the window's objects go: requests waiting on the
    // sheet fail, the publication is cancelled, and the executor gets at most
    // Executor::kCloseGrace to drain. False when work was still running then: the caller ends the
    // process without tearing down what that work still uses (it is crash-safe, as after a kill).
    bool close();
    Executor &executor() { return *m_executor; }

    dao::WalletService &wallet() { return *m_wallet; }
    WalletController *walletController() { return m_walletController.get(); }
    AppSettings *settings() { return m_settings.get(); }
    ChainController *chainController() { return m_chainController.get(); }
    TransactionController *transactionController() { return m_transactionController.get(); }
    TransactionHistoryModel *transactionHistory() { return m_transactionHistory.get(); }
    VoteController *voteController() { return m_voteController.get(); }
    TransactionTracking *transactionTracking() { return m_tracking.get(); }
    ChainSync *chainSync() { return m_chainSync.get(); }
    GovernanceController *governanceController() { return m_governanceController.get(); }
    VoterCheck *voterCheck() { return m_voterCheck.get(); }
    ProposalController *proposalController() { return m_proposalController.get(); }
    ForumService *forumService() { return m_forumService.get(); }
    GovernanceNotifier *governanceNotifier() { return m_governanceNotifier.get(); }
    TransferQueue *transferQueue() { return m_transferQueue.get(); }
    ContributeController *contributeController() { return m_contributeController.get(); }
    PinningController *pinningController() { return m_pinningController.get(); }
    CatalogController *catalogController() { return m_catalogController.get(); }
    CurationController *curationController() { return m_curationController.get(); }
    CurationNotifier *curationNotifier() { return m_curationNotifier.get(); }

    // Which DAO profile start() opens: none (a test opens its own), or the one given, else the
    // last one opened, else the local devnet's (written by `datadao-cli devnet up`) when there is
    // one.
    enum class InitialProfile { None, RequestedOrLast };
    // Reads what the window needs first (the settings, the account list, the journal) on the
    // executor, so the GUI thread touches no file even before the window; then, on this thread,
    // applies it, opens the profile and calls ready (where the caller loads the window).
    void start(InitialProfile which, const QString &requestedPath, std::function<void()> ready);
    static QString defaultDevnetProfile();

    // Installs the translator for the chosen language and retranslates the engine on changes.
    void attachEngine(QQmlEngine *engine);

private:
    void applyLanguage();
    QString settingsFile() const;

    static AppContext *s_instance;
    QString m_dataDirectory;
    std::unique_ptr<Executor> m_executor; // first made, last gone: everything submits to it
    bool m_closed = false;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<dao::WalletService> m_wallet;
    std::unique_ptr<WalletController> m_walletController;
    std::unique_ptr<ActivityFilter> m_activityFilter;
    std::unique_ptr<ChainController> m_chainController;
    std::unique_ptr<dao::TransactionJournal> m_journal;
    std::unique_ptr<TransactionTracking> m_tracking;
    std::unique_ptr<TransactionController> m_transactionController;
    std::unique_ptr<SheetRequester> m_sheetRequester; // core workflows ask the sheet through it
    std::unique_ptr<TransactionHistoryModel> m_transactionHistory;
    std::unique_ptr<ChainSync> m_chainSync;
    std::unique_ptr<SignedVotes> m_signedVotes;
    std::unique_ptr<VoteController> m_voteController;
    std::unique_ptr<GovernanceController> m_governanceController;
    std::unique_ptr<VoterCheck> m_voterCheck;
    std::unique_ptr<ProposalController> m_proposalController;
    std::unique_ptr<ForumService> m_forumService;
    std::unique_ptr<GovernanceNotifier> m_governanceNotifier;
    std::unique_ptr<TransferQueue> m_transferQueue;
    std::unique_ptr<PinningController> m_pinningController;
    std::unique_ptr<ContributeController> m_contributeController;
    std::unique_ptr<CatalogController> m_catalogController;
    std::unique_ptr<CurationController> m_curationController;
    std::unique_ptr<CurationNotifier> m_curationNotifier;
    QTranslator m_translator;
    QQmlEngine *m_engine = nullptr;
};

} // namespace dd::app
