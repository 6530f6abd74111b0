#pragma once

// MemberJourney: one member's way through the real window, in order, as the end-to-end test
// (tst_e2e) runs it: a wallet made and imported, a devnet's balances and the confirmation sheet,
// governance (proposals, votes, queue and execute, delegates, signed votes, the forum's
// discussion), settings, and a dataset contributed, bought by a second app and downloaded. The
// slots run in the order declared here and share one app and one devnet; each feature's live in
// journey_<feature>.cpp, the helpers in journey.cpp. Screenshots go to build/screenshots.

#include "runningapp.h"

#include "../support/forumserver.h"

#include "dao/transactionjournal.h"
#include "eth/uint256.h"

#include <QJsonArray>
#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

class MemberJourney : public QObject {
    Q_OBJECT
public:
    // The devnet's funded development accounts (anvil's mnemonic, indexes 1 and 2).
    static inline const QString kMember1 = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    static inline const QString kMember2 = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

private:
    QObject *accountCard(const QString &address);
    int accountRow(const QString &address) const; // -1 when the wallet has no such account
    // The app as it starts: its context on the test's data folder, then the real Main.qml. A
    // restart opens the DAO opened last, as main() does.
    void startApp(bool restart = false, const QString &dataDir = {});
    // A devnet of its own (chain, storage node, DAO) in folder, opened in the app.
    void openNewDevnet(const QString &folder, const QStringList &options = {});
    static void stopDevnet(const QString &folder);
    QString datasetNet() const { return m_files.filePath(QStringLiteral("devnet-datasets")); }
    QString publishedFolder() const { return m_files.filePath(QStringLiteral("weather-stations")); }

    // On the open devnet: a proposal of the list in this state (ProposalState), the token
    // balance of an address, a call to the node (anvil's clock and mining).
    QString proposalIn(int state) const;
    // Scrolls the proposal list to this proposal and clicks its card. The list is refilled when
    // a block brings news, so each try finds the proposal's row again. Wait with QTest::qWaitFor,
    // never QTRY_VERIFY (which evaluates once more after success, clicking twice).
    bool clickProposal(const QString &id);
    eth::UInt256 balanceOf(const QString &who) const;
    bool chainCall(const QString &method, const QJsonArray &params = {}) const;
    // The desktop notifications raised so far, "summary|body" a line (DD_NOTIFY_COMMAND's record).
    QString notifications() const;
    // The app's journal (local.sqlite) read and written as another program would: off the
    // window's thread, which must do no SQLite work (IoThreadGuard). Empty when unreadable.
    QList<dao::JournalEntry> journalEntries() const;
    bool recordInJournal(const dao::JournalEntry &entry) const;
    // Sends a queue, execute or cancel through its dialog and the sheet, paid by account (or the first).
    void runLifecycle(const QString &button, const QString &account = {});

    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    RunningApp m_app;
    QString m_phrase;
    QString m_main; // the wallet's first account, once the devnet is open
    QString m_transferHash; // the first transfer sent through the sheet
    QString m_proposed; // the proposal the member made through the window
    std::unique_ptr<ForumServer> m_forum; // the Discourse its description links

private slots:
    void initTestCase(); // journey
    void everySectionHasAnHonestEmptyState(); // journey
    void createWalletWithBackupCheck(); // journey_wallet
    void keystoreOnDiskIsValid(); // journey_wallet
    void lockAndUnlockWithWrongPassword(); // journey_wallet
    void importPhraseWithBadWordThenPrivateKey(); // journey_wallet
    void dropKeystoreFile(); // journey_wallet
    void dropUnreadableFile(); // journey_wallet
    void devnetBalancesAndABadProfile(); // journey_transactions
    void sendThroughTheSheet(); // journey_transactions
    void delegateAndNoGasMoney(); // journey_transactions
    void transactionSignedBeforeACrash(); // journey_transactions
    void proposalsFromTheCache(); // journey_governance
    void voteWithAReason(); // journey_governance
    void queueAndExecute(); // journey_governance
    void delegatesAndTheirVotes(); // journey_governance
    void proposeAPaymentAndACall(); // journey_governance
    void signVoteNowSendLater(); // journey_governance
    void forumDiscussion(); // journey_forum
    void cancelAPendingProposal(); // journey_governance
    void rebuildTheCache(); // journey_settings
    void addTheDaoByHand(); // journey_settings
    void nodeGoneSaysSo(); // journey_settings
    // The "done when": a folder (a CSV and an image) dropped on the window is inspected,
    // described, content-addressed, uploaded and registered by one account; another account
    // finds it by search, buys access and downloads it with every block verified; the CIDs are
    // the reference importer's.
    void inspectADroppedFolder(); // journey_datasets
    void publishWithARemotePinningService(); // journey_datasets
    void datasetPageAndASaleFromAnotherApp(); // journey_datasets
    void renameChangePasswordRemove(); // journey_wallet
    void darkThemeAndGerman(); // journey_settings
    // Last, since it restarts the app: a publication the app's end interrupted (closed while the register step waited
    // for its sheet) is offered again after the restart; continued, it registers once, without hashing or uploading
    // again. Restarted once more with the record of a registration that had landed (a crash after sending), it sends
    // nothing and finds the dataset.
    void publicationSurvivesARestart(); // journey_datasets
    // The demo catalog the first command opens (devnet up --demo-datasets): every dataset with its
    // verified metadata, each status, and a rejection's reason in words.
    void demoCatalog(); // journey_datasets
    // A curator of the demo devnet works the queue in the window: the tabs, a dataset measured
    // here, a review through the sheet with the report as evidence, the curators' ranking.
    void curateTheDemoQueue(); // journey_curation
    void cleanupTestCase();
};

} // namespace dd::test
