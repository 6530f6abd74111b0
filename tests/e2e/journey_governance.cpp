// Governance: the proposals read into the cache, a vote with a reason, queue and execute, the
// delegates, a proposal made in the window and carried through, a vote signed now and sent later,
// and a pending proposal withdrawn.

#include "memberjourney.h"

#include "appcontext.h"
#include "contribute/contributecontroller.h"
#include "datasets/catalogcontroller.h"
#include "governance/governancecontroller.h"
#include "governance/proposalcontroller.h"
#include "governance/votecontroller.h"
#include "governance/votercheck.h"
#include "network/chaincontroller.h"
#include "network/chainsync.h"
#include "settings/appsettings.h"
#include "settings/pinningcontroller.h"
#include "transactions/transactioncontroller.h"
#include "transactions/transactionhistorymodel.h"
#include "transactions/transactiontracking.h"
#include "transfers/transferqueue.h"
#include "wallet/walletcontroller.h"

#include "common/executor.h"
#include "common/hex.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/keccak.h"
#include "crypto/keystore.h"
#include "crypto/privatekey.h"
#include "dao/daodeployer.h"
#include "dao/transactionjournal.h"
#include "eth/chainsession.h"
#include "eth/clientthread.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using Stage = dd::app::TransactionController::Stage;
using namespace dd;

namespace dd::test {

void MemberJourney::proposalsFromTheCache()
{
    auto *governance = m_app.context->governanceController();
    // Governance: the seeded proposals, read into the cache in the background.
    QVERIFY(m_app.ui->click(QStringLiteral("nav_governance")));
    QTRY_COMPARE_WITH_TIMEOUT(governance->totalCount(), 7, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app.context->chainSync()->syncing(), 20000);
    QCOMPARE(governance->proposals()->rowCount(), 7);
    m_app.ui->screenshot(QStringLiteral("governance-01-list"));
    QVERIFY(m_app.ui->click(QStringLiteral("filterActive")));
    QTRY_VERIFY(governance->proposals()->rowCount() < 7);
    QVERIFY(governance->proposals()->rowCount() >= 1);
    QVERIFY(m_app.ui->click(QStringLiteral("filterAll")));
    QTRY_COMPARE(governance->proposals()->rowCount(), 7);
    QVERIFY(m_app.ui->setText(QStringLiteral("proposalSearch"), QStringLiteral("treasury report")));
    QTRY_COMPARE(governance->proposals()->rowCount(), 1);
    QVERIFY(m_app.ui->setText(QStringLiteral("proposalSearch"), QString()));
    QTRY_COMPARE(governance->proposals()->rowCount(), 7);
    // The executed proposal: its treasury transfer decoded in words, its timeline and votes.
    const QString executed = proposalIn(7);
    QVERIFY(!executed.isEmpty());
    // Once: QTRY_VERIFY would evaluate (and click) again after it succeeds.
    QVERIFY(QTest::qWaitFor([&] { return clickProposal(executed); }));
    QTRY_COMPARE(governance->selected().value(QStringLiteral("id")).toString(), executed); // read off the GUI thread
    const QVariantMap detail = governance->selected();
    QVERIFY2(detail.value(QStringLiteral("title")).toString().contains(QStringLiteral("review bounty")),
        qPrintable(detail.value(QStringLiteral("title")).toString()));
    const QVariantList actions = detail.value(QStringLiteral("actions")).toList();
    QVERIFY(!actions.isEmpty());
    QCOMPARE(
        actions.first().toMap().value(QStringLiteral("call")).toString(), QStringLiteral("transfer(address,uint256)"));
    QVERIFY(
        actions.first().toMap().value(QStringLiteral("contract")).toString().startsWith(QStringLiteral("DaoToken")));
    QVERIFY(!detail.value(QStringLiteral("votes")).toList().isEmpty());
    QStringList timeline;
    for (const QVariant &t : detail.value(QStringLiteral("timeline")).toList())
        timeline.append(t.toMap().value(QStringLiteral("label")).toString());
    QVERIFY2(timeline.contains(QStringLiteral("Queued")) && timeline.contains(QStringLiteral("Executed")),
        qPrintable(timeline.join(u',')));
    m_app.ui->screenshot(QStringLiteral("governance-02-proposal"));
    QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));
    QTRY_VERIFY(governance->selectedId().isEmpty());
}

void MemberJourney::voteWithAReason()
{
    auto *tx = m_app.context->transactionController();
    auto *governance = m_app.context->governanceController();
    const QString member1 = kMember1;
    const QString main = m_main;
    // Vote on an active proposal nobody voted on yet: first with the wallet's own account,
    // which holds DATA but never delegated (the dialog says why it has 0 votes), then as
    // member 1, with a reason, through the confirmation sheet.
    QString open;
    for (int row = 0; row < governance->proposals()->rowCount(); ++row) {
        const QModelIndex index = governance->proposals()->index(row);
        if (index.data(app::ProposalListModel::StateRole).toInt() == 1
            && index.data(app::ProposalListModel::VotersRole).toInt() == 0)
            open = index.data(app::ProposalListModel::IdRole).toString();
    }
    QVERIFY2(!open.isEmpty(), "no active proposal without votes");
    // Home lists it among the votes waiting for this wallet.
    QVERIFY(m_app.ui->click(QStringLiteral("nav_home")));
    QTRY_VERIFY(m_app.ui->find(QStringLiteral("homeVote_") + open));
    m_app.ui->screenshot(QStringLiteral("home-01-what-needs-me"));
    QVERIFY(m_app.ui->click(QStringLiteral("nav_governance")));
    QVERIFY(QTest::qWaitFor([&] { return clickProposal(open); }));
    QTRY_COMPARE(governance->selected().value(QStringLiteral("id")).toString(), open);
    QVERIFY(m_app.ui->click(QStringLiteral("voteButton")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("voteDialog")));
    auto *voter = m_app.context->voterCheck();
    QTRY_VERIFY_WITH_TIMEOUT(voter->status() != app::VoterCheck::Status::Checking, 20000);
    QCOMPARE(voter->account(), main);
    QCOMPARE(voter->status(), app::VoterCheck::Status::NotDelegated);
    QVERIFY(voter->offerSelfDelegate());
    QVERIFY(!m_app.ui->object(QStringLiteral("voteDialogAccept"))->property("enabled").toBool());
    m_app.ui->screenshot(QStringLiteral("governance-03-vote-zero-power-explained"));
    const int member1Row = accountRow(member1);
    QVERIFY(member1Row >= 0);
    m_app.ui->object(QStringLiteral("voteAccount"))->setProperty("currentIndex", member1Row);
    voter->check(member1, open);
    QTRY_COMPARE_WITH_TIMEOUT(voter->status(), app::VoterCheck::Status::CanVote, 20000);
    QVERIFY(m_app.ui->click(QStringLiteral("voteFor")));
    QVERIFY(m_app.ui->setText(QStringLiteral("voteReason"), QStringLiteral("The report is clear; fund Q1.")));
    m_app.ui->screenshot(QStringLiteral("governance-04-vote-dialog"));
    QVERIFY(m_app.ui->click(QStringLiteral("voteDialogAccept")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    QVERIFY(tx->summary().contains(QStringLiteral("Vote for")));
    // Clear signing: the proposal id is named by its title, the support by its word.
    QString idRow;
    for (const QVariant &d : tx->details())
        if (d.toMap().value(QStringLiteral("label")).toString().trimmed() == QLatin1String("proposalId"))
            idRow = d.toMap().value(QStringLiteral("value")).toString();
    QVERIFY2(idRow.startsWith(u'\u201c') && idRow.contains(QStringLiteral("  (") + open), qPrintable(idRow));
    m_app.ui->screenshot(QStringLiteral("sheet-06-vote"));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    // The tally changes as the indexer reads the vote.
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("votes")).toList().size(), 1, 30000);
    const QVariantMap vote = governance->selected().value(QStringLiteral("votes")).toList().first().toMap();
    QCOMPARE(vote.value(QStringLiteral("voter")).toString(), member1);
    QCOMPARE(vote.value(QStringLiteral("reason")).toString(), QStringLiteral("The report is clear; fund Q1."));
    // The tally is the proposal's own row, which the indexer may write a step after the vote.
    QTRY_VERIFY_WITH_TIMEOUT(
        governance->selected().value(QStringLiteral("forVotes")).toString() != QLatin1String("0"), 30000);
    m_app.ui->screenshot(QStringLiteral("governance-05-after-vote"));
    QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));
}

void MemberJourney::queueAndExecute()
{
    auto *governance = m_app.context->governanceController();
    // Queue the succeeded proposal; execute the queued one once the timelock's delay has
    // passed on the chain's clock, and see its treasury transfer land.
    const QString succeeded = proposalIn(4);
    QVERIFY(!succeeded.isEmpty());
    governance->select(succeeded);
    QTRY_VERIFY(governance->selected().value(QStringLiteral("canQueue")).toBool());
    runLifecycle(QStringLiteral("queueButton"));
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 5, 30000);
    QVERIFY(!governance->selected().value(QStringLiteral("executableAt")).toString().isEmpty());
    m_app.ui->screenshot(QStringLiteral("governance-06-queued"));

    const QString queued = proposalIn(5);
    QVERIFY(!queued.isEmpty());
    governance->select(queued);
    QTRY_VERIFY(governance->selected().value(QStringLiteral("id")).toString() == queued);
    const QString transfer = governance->selected()
                                 .value(QStringLiteral("actions"))
                                 .toList()
                                 .first()
                                 .toMap()
                                 .value(QStringLiteral("arguments"))
                                 .toStringList()
                                 .first();
    const QString recipient = transfer.section(u' ', 1, 1);
    QVERIFY2(recipient.startsWith(QStringLiteral("0x")), qPrintable(transfer));
    const eth::UInt256 before = balanceOf(recipient);
    // The devnet's timelock waits 60 s: move the chain's clock past it.
    QVERIFY(chainCall(QStringLiteral("evm_increaseTime"), {QStringLiteral("0x78")}));
    QVERIFY(chainCall(QStringLiteral("evm_mine")));
    QTRY_VERIFY_WITH_TIMEOUT(governance->selected().value(QStringLiteral("canExecute")).toBool(), 30000);
    runLifecycle(QStringLiteral("executeButton"));
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 7, 30000);
    QVERIFY(balanceOf(recipient) > before);
    m_app.ui->screenshot(QStringLiteral("governance-07-executed"));
    QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));
}

void MemberJourney::delegatesAndTheirVotes()
{
    auto *governance = m_app.context->governanceController();
    const QString member1 = kMember1;
    // Delegates: member 1 carries its own votes plus member 2's and member 4's delegations.
    QVariantMap member1Delegate;
    for (const QVariant &d : governance->delegates())
        if (d.toMap().value(QStringLiteral("address")).toString() == member1)
            member1Delegate = d.toMap();
    QCOMPARE(member1Delegate.value(QStringLiteral("delegators")).toInt(), 3); // itself, member 2, member 4
    QVERIFY(member1Delegate.value(QStringLiteral("recent")).toString().contains(QStringLiteral("For: ")));
    QVERIFY(!governance->delegatingToMe().isEmpty()); // member 2 (in this wallet) delegates to member 1
    QVERIFY(m_app.ui->click(QStringLiteral("showDelegates")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("delegateList"))->isVisible());
    m_app.ui->screenshot(QStringLiteral("governance-08-delegates"));
    QVERIFY(m_app.ui->click(QStringLiteral("delegatesBack")));
}

void MemberJourney::proposeAPaymentAndACall()
{
    auto *chain = m_app.context->chainController();
    auto *tx = m_app.context->transactionController();
    auto *governance = m_app.context->governanceController();
    const int member1Row = accountRow(kMember1);
    // The whole path: member 1 proposes a treasury payment, votes it through, queues and
    // executes it, and the recipient's balance changes on chain.
    const QString beef = QStringLiteral("0x000000000000000000000000000000000000bEEF");
    m_forum = std::make_unique<test::ForumServer>(QStringLiteral(DD_FIXTURES "/discourse"));
    QVERIFY(m_forum->listen());
    const QString topicUrl = m_forum->url().toString() + QStringLiteral("/t/ddp-7-fund-the-data-quality-bounty/42");
    QVERIFY(m_app.ui->click(QStringLiteral("newProposal")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("proposeDialog")));
    m_app.ui->object(QStringLiteral("proposeAccount"))->setProperty("currentIndex", member1Row);
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeTitle"), QStringLiteral("Pay the gateway operator")));
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeBody"),
        QStringLiteral("Covers **three months** of gateway hosting.\n\n- 99.9 % uptime\n- invoices on the forum: ")
            + topicUrl));
    QVERIFY(m_app.ui->click(QStringLiteral("proposePayment")));
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeRecipient"), beef));
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeAmount"), QStringLiteral("123")));
    QVERIFY(m_app.ui->click(QStringLiteral("proposeAddAction")));
    QTRY_VERIFY(m_app.ui->find(QStringLiteral("proposeAction_0")));
    QVERIFY(m_app.ui->object(QStringLiteral("proposeAction_0"))
                ->property("text")
                .toString()
                .contains(QStringLiteral("pay 123 DATA from the treasury to ") + beef));
    // Any call by signature and arguments: a wrong argument count is named before anything is signed.
    QVERIFY(m_app.ui->click(QStringLiteral("proposeCall")));
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeTarget"), chain->tokenAddress()));
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeSignature"), QStringLiteral("approve(address,uint256)")));
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeArguments"), beef));
    QVERIFY(m_app.ui->click(QStringLiteral("proposeAddAction")));
    QTRY_VERIFY(m_app.noticeText(QStringLiteral("proposeActionError")).contains(QStringLiteral("takes 2 argument(s)")));
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeArguments"), beef + QStringLiteral("\n1")));
    QVERIFY(m_app.ui->click(QStringLiteral("proposeAddAction")));
    QTRY_VERIFY(m_app.ui->find(QStringLiteral("proposeAction_1")));
    QCOMPARE(m_app.noticeText(QStringLiteral("proposeActionError")), QString());
    m_app.ui->screenshot(QStringLiteral("governance-09-propose"));
    QVERIFY(m_app.ui->click(QStringLiteral("proposeDialogAccept")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    QVERIFY2(tx->summary().contains(QStringLiteral("pay 123 DATA from the treasury")), qPrintable(tx->summary()));
    QVERIFY2(tx->summary().contains(QStringLiteral("call approve on ")), qPrintable(tx->summary()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QTRY_COMPARE_WITH_TIMEOUT(governance->totalCount(), 8, 30000);
    m_proposed = governance->proposals()->index(0).data(app::ProposalListModel::IdRole).toString();
    governance->select(m_proposed);
    QTRY_COMPARE(
        governance->selected().value(QStringLiteral("title")).toString(), QStringLiteral("Pay the gateway operator"));
    // A desktop notification says a proposal appeared; an open vote nobody here cast was
    // announced as ending soon (the devnet's votes last about a minute).
    QTRY_VERIFY_WITH_TIMEOUT(
        notifications().contains(QStringLiteral("New proposal: Pay the gateway operator|")), 20000);
    QVERIFY2(notifications().contains(QStringLiteral("Voting ends soon: ")), qPrintable(notifications()));
    QCOMPARE(notifications().count(QStringLiteral("New proposal: Pay the gateway operator")), 1);
    QTRY_VERIFY(governance->selected().value(QStringLiteral("canCancel")).toBool()); // pending, member 1's
    QVERIFY(m_app.ui->item(QStringLiteral("cancelProposalButton")));
    QVERIFY(chainCall(QStringLiteral("anvil_mine"), {QStringLiteral("0x2")})); // past the voting delay
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 1, 30000);
}

void MemberJourney::signVoteNowSendLater()
{
    auto *tx = m_app.context->transactionController();
    auto *governance = m_app.context->governanceController();
    const QString member1 = kMember1;
    const QString main = m_main;
    const QString beef = QStringLiteral("0x000000000000000000000000000000000000bEEF"); // the payment's recipient
    // Member 1 signs the vote now (no transaction, no fee) and the wallet's own account sends
    // it later from Home: castVoteWithReasonAndParamsBySig.
    m_app.context->voteController()->requestSignedVote(member1, m_proposed, 1,
        QStringLiteral("Gateways keep our data reachable."), QStringLiteral("Pay the gateway operator"));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    QVERIFY2(tx->summary().startsWith(QStringLiteral("Sign a vote for")), qPrintable(tx->summary()));
    QVERIFY(tx->warning().isEmpty());
    m_app.ui->screenshot(QStringLiteral("sheet-08-sign-vote"));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Done, 30000);
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QCOMPARE(m_app.context->voteController()->signedVotes().size(), 1);
    QCOMPARE(governance->selected().value(QStringLiteral("votes")).toList().size(), 0); // nothing sent yet
    QVERIFY(m_app.ui->click(QStringLiteral("nav_home")));
    QTRY_VERIFY(m_app.ui->item(QStringLiteral("homeSendSignedVote_0")));
    m_app.ui->screenshot(QStringLiteral("home-02-signed-vote-to-send"));
    QVERIFY(m_app.ui->click(QStringLiteral("homeSendSignedVote_0")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("relayDialog")));
    int mainRow = -1;
    for (int row = 0; row < m_app.accountCount(); ++row)
        if (m_app.account(row).value(QStringLiteral("address")).toString() == main)
            mainRow = row;
    m_app.ui->object(QStringLiteral("relayAccount"))->setProperty("currentIndex", mainRow);
    QVERIFY(m_app.ui->click(QStringLiteral("relayDialogAccept")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    QVERIFY2(tx->summary().startsWith(QStringLiteral("Send the signed vote of ") + member1), qPrintable(tx->summary()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QTRY_COMPARE(m_app.context->voteController()->signedVotes().size(), 0); // removed once the send is mined
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("votes")).toList().size(), 1, 30000);
    const QVariantMap relayedVote = governance->selected().value(QStringLiteral("votes")).toList().first().toMap();
    QCOMPARE(relayedVote.value(QStringLiteral("voter")).toString(), member1); // the signer's vote, main paid
    QCOMPARE(
        relayedVote.value(QStringLiteral("reason")).toString(), QStringLiteral("Gateways keep our data reachable."));
    QVERIFY(m_app.ui->click(QStringLiteral("nav_governance")));
    QVERIFY(chainCall(QStringLiteral("anvil_mine"), {QStringLiteral("0x34")})); // past the voting period
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 4, 30000);
    runLifecycle(QStringLiteral("queueButton"));
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 5, 30000);
    QVERIFY(chainCall(QStringLiteral("evm_increaseTime"), {QStringLiteral("0x78")}));
    QVERIFY(chainCall(QStringLiteral("evm_mine")));
    QTRY_VERIFY_WITH_TIMEOUT(governance->selected().value(QStringLiteral("canExecute")).toBool(), 30000);
    QCOMPARE(balanceOf(beef), eth::UInt256());
    runLifecycle(QStringLiteral("executeButton"));
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 7, 30000);
    QCOMPARE(balanceOf(beef), eth::UInt256(123) * eth::UInt256(1000000000000000000ULL));
    m_app.ui->screenshot(QStringLiteral("governance-10-proposed-and-executed"));
}

void MemberJourney::cancelAPendingProposal()
{
    auto *tx = m_app.context->transactionController();
    auto *governance = m_app.context->governanceController();
    const QString member1 = kMember1;
    // The proposer withdraws a proposal before voting starts.
    QCOMPARE(m_app.context->proposalController()->propose(
                 member1, QStringLiteral("A withdrawn idea"), QStringLiteral("Never mind."), {}),
        QString());
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    tx->confirm();
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Done, 30000);
    tx->dismiss();
    QTRY_COMPARE_WITH_TIMEOUT(governance->totalCount(), 9, 30000);
    governance->select(governance->proposals()->index(0).data(app::ProposalListModel::IdRole).toString());
    QTRY_COMPARE(governance->selected().value(QStringLiteral("title")).toString(), QStringLiteral("A withdrawn idea"));
    QTRY_VERIFY(governance->selected().value(QStringLiteral("canCancel")).toBool());
    runLifecycle(QStringLiteral("cancelProposalButton"));
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 2, 30000);
    QVERIFY(!governance->selected().value(QStringLiteral("canCancel")).toBool());
    QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));
}

} // namespace dd::test
