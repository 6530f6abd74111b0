// Curation: a curator of the demo devnet works its queue in the window — the tabs and counts,
// the rules and the curators' ranking, a dataset measured here, its report read, and a review
// sent through the sheet; a non-curator and the curator's own dataset are told why they cannot
// review.

#include "memberjourney.h"

#include "appcontext.h"
#include "contribute/contributecontroller.h"
#include "curation/curationcontroller.h"
#include "datasets/catalogcontroller.h"
#include "governance/governancecontroller.h"
#include "governance/proposalcontroller.h"
#include "governance/proposallistmodel.h"
#include "governance/votercheck.h"
#include "transactions/transactioncontroller.h"
#include "wallet/walletcontroller.h"

#include <algorithm>

#include <QJsonDocument>
#include <QScopeGuard>
#include <QTest>

using Stage = dd::app::TransactionController::Stage;
using Curation = dd::app::CurationController;
using namespace dd;

namespace dd::test {

namespace {

// Anvil's development account 3: a curator of the devnet, contributor of "City air quality
// sensors" (#2). The keys of anvil's well-known development phrase, never a secret.
const QString kCuratorKey = QStringLiteral("0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6");
const QString kCurator = QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906");
// Account 0: the devnet's third curator.
const QString kFounderKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
const QString kFounder = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
// Account 4: contributor of "Hourly energy meter readings" (#4), which the curators rejected.
const QString kContributorKey = QStringLiteral("0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a");
const QString kContributor = QStringLiteral("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");

QList<qint64> idsIn(const Curation *curation)
{
    QList<qint64> ids;
    for (const QVariant &item : curation->items())
        ids.append(item.toMap().value(QStringLiteral("id")).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

int countIn(const Curation *curation, int tab)
{
    const QVariantList counts = curation->counts();
    return counts.size() > tab ? counts.at(tab).toInt() : -1;
}

} // namespace

void MemberJourney::curateTheDemoQueue()
{
    const QString net = m_files.filePath(QStringLiteral("devnet-curation"));
    auto cleanup = qScopeGuard([&] { stopDevnet(net); });
    openNewDevnet(net, {QStringLiteral("--demo-datasets")});
    if (QTest::currentTestFailed())
        return;
    auto *curation = m_app.context->curationController();
    auto *tx = m_app.context->transactionController();
    // From a dataset's page back to the list: its button scrolled into view and clicked until
    // the page has gone (a sync may rebuild the page under the first click).
    auto backToTheQueue = [&] {
        return QTest::qWaitFor([&] {
            if (curation->selected().isEmpty())
                return m_app.ui->element(QStringLiteral("curationTabs"))->isVisible();
            m_app.ui->scrollTo(QStringLiteral("reviewBack"));
            m_app.ui->click(QStringLiteral("reviewBack"));
            return false;
        });
    };

    // A development key imported in the window and unlocked.
    auto importKey = [&](const QString &key, const QString &address, const QString &name) {
        const QString password = name + QStringLiteral(" password");
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
        QVERIFY(m_app.ui->click(QStringLiteral("importButton")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
        QVERIFY(m_app.ui->click(QStringLiteral("tabKey")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importKey"), key));
        QVERIFY(m_app.ui->setText(QStringLiteral("importName"), name));
        QVERIFY(m_app.ui->setText(QStringLiteral("importPassword"), password));
        QVERIFY(m_app.ui->setText(QStringLiteral("importRepeat"), password));
        // Once the wallet is not busy (a key decrypted for the last signature, say).
        QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("importSubmit")); }));
        QTRY_VERIFY_WITH_TIMEOUT(accountRow(address) >= 0, 30000);
        QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("importDialog")));
        m_app.context->walletController()->unlock(address, password);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.account(accountRow(address)).value(QStringLiteral("unlocked")).toBool(), 30000);
    };
    // A verdict on the open dataset: measured here, then sent through the sheet.
    auto measureAndApprove = [&](const QString &text) {
        QVERIFY(m_app.ui->click(QStringLiteral("measureDataset")));
        QTRY_VERIFY_WITH_TIMEOUT(curation->reportState() == Curation::ReportState::Measured
                || curation->reportState() == Curation::ReportState::ReportFailed,
            60000);
        QVERIFY2(curation->reportState() == Curation::ReportState::Measured, qPrintable(curation->reportStep()));
        QVERIFY(m_app.ui->scrollTo(QStringLiteral("submitReview")));
        QVERIFY(m_app.ui->click(QStringLiteral("verdictApprove")));
        QVERIFY(m_app.ui->setText(QStringLiteral("verdictText"), text));
        QVERIFY(m_app.ui->click(QStringLiteral("submitReview")));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 30000);
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
        QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
        QTRY_COMPARE_WITH_TIMEOUT(curation->reviewState(), Curation::ReviewState::Reviewed, 30000);
    };

    // The curator's key, imported in the window.
    importKey(kCuratorKey, kCurator, QStringLiteral("Curator"));
    if (QTest::currentTestFailed())
        return;

    // A member who is not a curator reads the queue, and is told how the role is had.
    QVERIFY(m_app.ui->click(QStringLiteral("nav_curation")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("page_curation"))->isVisible());
    QVERIFY(curation->hasCuration());
    m_app.chooseAccount(QStringLiteral("curationAccount"), kMember2);
    QTRY_COMPARE(curation->member(), kMember2);
    QTRY_VERIFY_WITH_TIMEOUT(countIn(curation, 4) == 4, 30000); // member 2 contributed #1, #3, #5 and #8
    QVERIFY(!curation->memberIsCurator());
    QVERIFY(m_app.ui->object(QStringLiteral("curatorRole"))->property("text").toString().contains(u"not a curator"));
    QCOMPARE(countIn(curation, 0), 0);
    QTRY_COMPARE(m_app.ui->object(QStringLiteral("curationEmpty"))->property("title").toString(),
        QStringLiteral("Nothing waits for your review"));
    m_app.ui->screenshot(QStringLiteral("curation-01-not-a-curator"));

    // The curator's queue: #3 and the demo's harder cases (#5-#8) wait for its review; #2 and
    // the appealed #9 are its own, under "My submissions"; #1 and #4 were decided.
    m_app.chooseAccount(QStringLiteral("curationAccount"), kCurator);
    QTRY_COMPARE(curation->member(), kCurator);
    QTRY_VERIFY_WITH_TIMEOUT(curation->memberIsCurator(), 30000);
    QTRY_COMPARE(countIn(curation, 0), 5);
    QCOMPARE(countIn(curation, 1), 6); // #2, #3 and #5-#8, pending without a decision
    QCOMPARE(countIn(curation, 2), 2); // #1 approved, #4 rejected
    QCOMPARE(countIn(curation, 3), 1); // #9, appealed to the token holders
    QCOMPARE(countIn(curation, 4), 2);
    QTRY_COMPARE(curation->items().size(), 5);
    QCOMPARE(idsIn(curation), (QList<qint64> {3, 5, 6, 7, 8}));
    // Home says so, and opens the queue.
    QVERIFY(m_app.ui->click(QStringLiteral("nav_home")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("homeReviews"))->isVisible());
    m_app.ui->screenshot(QStringLiteral("home-03-reviews-waiting"));
    QVERIFY(m_app.ui->click(QStringLiteral("homeOpenReviews")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("page_curation"))->isVisible());
    QVERIFY(m_app.ui->object(QStringLiteral("curationRules"))->property("text").toString().startsWith(u"2 reviews"));
    m_app.ui->screenshot(QStringLiteral("curation-02-waiting-for-me"));
    QVERIFY(m_app.ui->click(QStringLiteral("curationTab2")));
    QTRY_COMPARE(curation->items().size(), 2);
    m_app.ui->screenshot(QStringLiteral("curation-03-decided"));

    // Its own dataset: the page says others review it, and offers no verdict.
    QVERIFY(m_app.ui->click(QStringLiteral("curationTab4")));
    QTRY_COMPARE(curation->items().size(), 2);
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("queue_2")); }));
    QTRY_COMPARE(curation->selected().value(QStringLiteral("id")).toLongLong(), 2);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("reviewWhyNot"))->isVisible());
    QVERIFY(
        m_app.ui->object(QStringLiteral("reviewWhyNot"))->property("text").toString().contains(u"your own dataset"));
    QVERIFY(!m_app.ui->element(QStringLiteral("submitReview"))->isVisible());
    QVERIFY(backToTheQueue());

    // The decided #4: both curators' rejections with their reason, and its history in words.
    QVERIFY(m_app.ui->click(QStringLiteral("curationTab2")));
    QTRY_COMPARE(curation->items().size(), 2);
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("queue_4")); }));
    QTRY_COMPARE(curation->selected().value(QStringLiteral("reviewList")).toList().size(), 2);
    const QVariantMap rejection = curation->selected().value(QStringLiteral("reviewList")).toList().first().toMap();
    QCOMPARE(rejection.value(QStringLiteral("reason")).toString(), QStringLiteral("Personal data"));
    QCOMPARE(rejection.value(QStringLiteral("slashPercent")).toDouble(), 10.0);
    // In words: the decision, and the review fee each of the two agreeing curators earned.
    auto historyWith = [&](QStringView start) {
        int n = 0;
        for (const QVariant &event : curation->selected().value(QStringLiteral("history")).toList())
            n += event.toMap().value(QStringLiteral("words")).toString().startsWith(start) ? 1 : 0;
        return n;
    };
    QTRY_COMPARE(historyWith(u"Review fee of 5 DATA paid to"), 2);
    QCOMPARE(historyWith(u"Rejected by the curators; 10 DATA of the stake"), 1);
    m_app.ui->screenshot(QStringLiteral("curation-04-decided-with-reviews"));
    QVERIFY(backToTheQueue());

    // #3 measured here: downloaded again, verified, inspected, compared with its claims.
    QVERIFY(m_app.ui->click(QStringLiteral("curationTab0")));
    QTRY_COMPARE(curation->items().size(), 5);
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("queue_3")); }));
    QTRY_COMPARE(
        curation->selected().value(QStringLiteral("title")).toString(), QStringLiteral("Street trees inventory"));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("submitReview"))->isVisible());
    QVERIFY(!m_app.ui->element(QStringLiteral("submitReview"))->isEnabled()); // nothing measured yet
    m_app.ui->screenshot(QStringLiteral("curation-05-before-measuring"));
    QVERIFY(m_app.ui->click(QStringLiteral("measureDataset")));
    QTRY_VERIFY_WITH_TIMEOUT(curation->reportState() == Curation::ReportState::Measured
            || curation->reportState() == Curation::ReportState::ReportFailed,
        60000);
    QVERIFY2(curation->reportState() == Curation::ReportState::Measured, qPrintable(curation->reportStep()));
    const QVariantMap report = curation->report();
    QVERIFY2(report.value(QStringLiteral("clean")).toBool(),
        qPrintable(
            QString::fromUtf8(QJsonDocument::fromVariant(report.value(QStringLiteral("differences"))).toJson())));
    QCOMPARE(report.value(QStringLiteral("tables")).toList().size(), 1); // trees.csv; the photo is no table
    const QVariantMap trees = report.value(QStringLiteral("tables")).toList().first().toMap();
    QCOMPARE(trees.value(QStringLiteral("rows")).toLongLong(), 800);
    QCOMPARE(trees.value(QStringLiteral("columns")).toList().size(), 5);
    QVERIFY(m_app.ui->element(QStringLiteral("submitReview"))->isEnabled());
    QVERIFY(m_app.ui->object(QStringLiteral("verdictApprove"))->property("checked").toBool()); // what it points to
    m_app.ui->screenshot(QStringLiteral("curation-06-report"));

    // A rejection needs words; an approval goes through the sheet with the report as evidence.
    QVERIFY(m_app.ui->scrollTo(QStringLiteral("submitReview")));
    m_app.ui->screenshot(QStringLiteral("curation-07-verdict"));
    QVERIFY(m_app.ui->click(QStringLiteral("verdictReject")));
    QTRY_VERIFY(!m_app.ui->element(QStringLiteral("submitReview"))->isEnabled());
    QVERIFY(m_app.ui->click(QStringLiteral("verdictApprove")));
    QVERIFY(m_app.ui->setText(QStringLiteral("verdictText"), QStringLiteral("Schema and rows as described.")));
    QVERIFY(m_app.ui->click(QStringLiteral("submitReview")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 30000);
    QVERIFY(tx->summary().contains(QStringLiteral("Street trees")));
    m_app.ui->screenshot(QStringLiteral("curation-08-review-in-the-sheet"));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QTRY_COMPARE_WITH_TIMEOUT(curation->reviewState(), Curation::ReviewState::Reviewed, 30000);

    // The chain's answer, read back by the sync: one review of two, by this curator, with the
    // published evidence; nothing waits for it any more.
    QTRY_VERIFY_WITH_TIMEOUT(curation->selected().value(QStringLiteral("reviewedByMe")).toBool(), 30000);
    const QVariantList reviews = curation->selected().value(QStringLiteral("reviewList")).toList();
    QCOMPARE(reviews.size(), 1);
    QCOMPARE(reviews.first().toMap().value(QStringLiteral("curator")).toString(), kCurator);
    QVERIFY(reviews.first().toMap().value(QStringLiteral("evidence")).toString().startsWith(u"ipfs://"));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("reviewWhyNot"))->isVisible());
    QTRY_COMPARE(countIn(curation, 0), 4);
    m_app.ui->screenshot(QStringLiteral("curation-09-reviewed"));
    QVERIFY(backToTheQueue());

    // A second curator (account 0) reviews #3 too: the quorum of two agrees, the dataset is
    // approved, its contributor (member 2) gets the stake back and the reward, and each
    // agreeing curator its review fee.
    importKey(kFounderKey, kFounder, QStringLiteral("Founder"));
    if (QTest::currentTestFailed())
        return;
    const eth::UInt256 contributorBefore = balanceOf(kMember2);
    const eth::UInt256 curatorBefore = balanceOf(kCurator);
    QVERIFY(m_app.ui->click(QStringLiteral("nav_curation")));
    m_app.chooseAccount(QStringLiteral("curationAccount"), kFounder);
    QTRY_COMPARE(curation->member(), kFounder);
    QTRY_VERIFY_WITH_TIMEOUT(curation->memberIsCurator(), 30000);
    QVERIFY(m_app.ui->click(QStringLiteral("curationTab0")));
    QTRY_COMPARE(curation->items().size(), 6); // #2 too: account 0 contributed none
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("queue_3")); }));
    QTRY_COMPARE(curation->selected().value(QStringLiteral("id")).toLongLong(), 3);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("submitReview"))->isVisible());
    measureAndApprove(QStringLiteral("Agree: rows and schema as described."));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(
        curation->selected().value(QStringLiteral("stageText")).toString(), QStringLiteral("Approved"), 30000);
    const eth::UInt256 token(1000000000000000000ULL);
    QCOMPARE(balanceOf(kMember2), contributorBefore + eth::UInt256(150) * token); // stake 100 + reward 50
    QCOMPARE(balanceOf(kCurator), curatorBefore + eth::UInt256(5) * token); // the first reviewer's fee
    QTRY_COMPARE(historyWith(u"Review fee of 5 DATA paid to"), 2);
    QCOMPARE(historyWith(u"Reward of 50 DATA paid to the contributor"), 1);
    m_app.ui->screenshot(QStringLiteral("curation-10-decided-by-the-quorum"));
    // The contributor (member 2, in this wallet too) is told; the reviews this wallet's own
    // curators sent are not news to it.
    QTRY_VERIFY2_WITH_TIMEOUT(notifications().contains(QStringLiteral(
                                  "\u201cStreet trees inventory\u201d (#3) is approved: the curators' quorum "
                                  "decided|Your stake is returned with the reward.")),
        qPrintable(notifications()), 20000);
    QVERIFY2(!notifications().contains(u"(#3) was approved by curator"), qPrintable(notifications()));
    QVERIFY(backToTheQueue());

    // The ranking: the demo's three curators; account 1 agreed on all three decided datasets.
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("showCurators")); }));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("curatorsView"))->isVisible());
    QTRY_COMPARE(curation->curators().size(), 3);
    QCOMPARE(curation->curators().first().toMap().value(QStringLiteral("decided")).toInt(), 3);
    m_app.ui->screenshot(QStringLiteral("curation-11-curators"));
    QVERIFY(m_app.ui->click(QStringLiteral("curatorsBack")));

    // A member may challenge an approval; the contributor of a rejection may appeal it.
    QVERIFY(m_app.ui->click(QStringLiteral("curationTab2")));
    QTRY_COMPARE(curation->items().size(), 3); // #1, #3 (just now) and #4
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("queue_1")); }));
    QTRY_COMPARE(curation->selected().value(QStringLiteral("id")).toLongLong(), 1);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("challengeForm"))->isVisible());
    QVERIFY(!m_app.ui->element(QStringLiteral("appealForm"))->isVisible());
    QVERIFY(backToTheQueue());

    importKey(kContributorKey, kContributor, QStringLiteral("Meters"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_app.ui->click(QStringLiteral("nav_curation")));
    m_app.chooseAccount(QStringLiteral("curationAccount"), kContributor);
    QTRY_COMPARE(curation->member(), kContributor);
    QVERIFY(m_app.ui->click(QStringLiteral("curationTab4")));
    QTRY_COMPARE(curation->items().size(), 3); // #4, and the bike counts and weather copy waiting
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("queue_4")); }));
    QTRY_COMPARE(curation->selected().value(QStringLiteral("id")).toLongLong(), 4);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("appealForm"))->isVisible());
    QVERIFY(!m_app.ui->element(QStringLiteral("challengeForm"))->isVisible());
    QVERIFY(m_app.ui->scrollTo(QStringLiteral("sendAppeal")));
    QVERIFY(!m_app.ui->element(QStringLiteral("sendAppeal"))->isEnabled()); // an appeal says why
    QVERIFY(m_app.ui->setText(
        QStringLiteral("appealText"), QStringLiteral("The meter ids are the utility's public asset tags.")));
    m_app.ui->screenshot(QStringLiteral("curation-12-appeal"));
    QVERIFY(m_app.ui->click(QStringLiteral("sendAppeal")));
    // The deposit's allowance first, then the appeal: the second sheet follows the first.
    QTRY_VERIFY_WITH_TIMEOUT(
        tx->stage() == Stage::Review || curation->actionState() == Curation::ActionState::ActionFailed, 30000);
    QVERIFY2(tx->stage() == Stage::Review, qPrintable(curation->actionMessage()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Review && tx->summary().contains(u"ppeal"), 60000);
    m_app.ui->screenshot(QStringLiteral("curation-13-appeal-in-the-sheet"));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(curation->actionState() != Curation::ActionState::Sending, 60000);
    QVERIFY2(curation->actionState() == Curation::ActionState::Sent, qPrintable(curation->actionMessage()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QTRY_COMPARE_WITH_TIMEOUT(curation->actionState(), Curation::ActionState::Sent, 30000);
    // The sync reads the appeal back: the dataset is with the token holders.
    QTRY_COMPARE_WITH_TIMEOUT(curation->selected().value(QStringLiteral("stageText")).toString(),
        QStringLiteral("Appealed to the token holders"), 30000);
    QTRY_COMPARE(countIn(curation, 3), 2);
    QTRY_VERIFY(!m_app.ui->element(QStringLiteral("appealForm"))->isVisible());
    m_app.ui->screenshot(QStringLiteral("curation-14-appealed"));
    QVERIFY(backToTheQueue());

    // The contributor's page of the rejected #4 offers a corrected version too: it opens
    // Contribute with #4 as the dataset it replaces, and "not a correction" takes that back.
    auto *catalog = m_app.context->catalogController();
    QVERIFY(m_app.ui->click(QStringLiteral("nav_datasets")));
    catalog->select(4);
    QTRY_COMPARE_WITH_TIMEOUT(catalog->selected().value(QStringLiteral("status")).toInt(),
        int(app::CatalogController::DatasetStatus::Rejected), 30000);
    // Its page holds the curators' reviews themselves: the contributor reads why, there.
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("datasetReview_0"))->isVisible());
    QVERIFY(m_app.ui->element(QStringLiteral("datasetReview_1"))->isVisible()); // the quorum of two
    QTRY_VERIFY(m_app.ui->item(QStringLiteral("publishCorrection")));
    QVERIFY(m_app.ui->scrollTo(QStringLiteral("publishCorrection")));
    m_app.ui->screenshot(QStringLiteral("curation-14a-my-rejected-dataset"));
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("publishCorrection")); }));
    auto *contribute = m_app.context->contributeController();
    QTRY_COMPARE(contribute->replaces(), 4);
    m_app.ui->screenshot(QStringLiteral("curation-14b-correct-a-rejection"));
    QTRY_VERIFY2(m_app.ui->element(QStringLiteral("contributeDropZone"))->isVisible(),
        qPrintable(QString::number(int(contribute->stage()))));
    QVERIFY(m_app.ui->click(QStringLiteral("notACorrection")));
    QTRY_COMPARE(contribute->replaces(), 0);

    // The token holders overturn the rejection: member 2 proposes it with the builder's preset,
    // votes it through, queues and executes it; #4 is approved and its contributor gets the
    // deposit back and the reward.
    auto *governance = m_app.context->governanceController();
    const QString title = QStringLiteral("Overturn the rejection of dataset #4");
    m_app.context->walletController()->unlock(kMember2, QStringLiteral("file-pass")); // imported from a keystore file
    QTRY_VERIFY_WITH_TIMEOUT(m_app.account(accountRow(kMember2)).value(QStringLiteral("unlocked")).toBool(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app.context->walletController()->busy(), 30000); // the key derivation has ended
    QVERIFY(m_app.ui->click(QStringLiteral("nav_governance")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("newProposal"))->isVisible());
    QVERIFY(m_app.ui->click(QStringLiteral("newProposal")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("proposeDialog")));
    m_app.chooseAccount(QStringLiteral("proposeAccount"), kMember2);
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeTitle"), title));
    QVERIFY(m_app.ui->setText(QStringLiteral("proposeBody"),
        QStringLiteral("The meter ids are the utility's public asset tags, not personal data.")));
    QVERIFY(m_app.ui->click(QStringLiteral("proposePreset")));
    int preset = -1;
    const QVariantList presets = m_app.context->proposalController()->presets();
    for (int i = 0; i < presets.size(); ++i)
        if (presets.at(i).toMap().value(QStringLiteral("id")) == QLatin1String("resolve-appeal"))
            preset = i;
    QVERIFY(m_app.ui->choose(QStringLiteral("proposePresetBox"), preset));
    QTRY_VERIFY(m_app.ui->item(QStringLiteral("presetField_dataset")));
    QVERIFY(m_app.ui->setText(QStringLiteral("presetField_dataset"), QStringLiteral("4")));
    QVERIFY(m_app.ui->click(QStringLiteral("proposeAddAction")));
    QTRY_VERIFY(m_app.noticeText(QStringLiteral("proposeActionError")).contains(u"Decision: choose one"));
    QVERIFY(m_app.ui->choose(QStringLiteral("presetChoice_decision"), 0));
    QVERIFY(m_app.ui->click(QStringLiteral("proposeAddAction")));
    QTRY_VERIFY_WITH_TIMEOUT(m_app.ui->find(QStringLiteral("proposeAction_0")), 20000);
    QVERIFY(m_app.ui->object(QStringLiteral("proposeAction_0"))
                ->property("text")
                .toString()
                .contains(u"overturn the rejection of dataset #4"));
    m_app.ui->screenshot(QStringLiteral("curation-15-appeal-proposal-preset"));
    QVERIFY(m_app.ui->click(QStringLiteral("proposeDialogAccept")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    QVERIFY2(tx->summary().contains(u"overturn the rejection of dataset #4"), qPrintable(tx->summary()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QString proposal;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int row = 0; row < governance->proposals()->rowCount(); ++row) {
                const QModelIndex index = governance->proposals()->index(row);
                if (index.data(app::ProposalListModel::TitleRole).toString() == title)
                    proposal = index.data(app::ProposalListModel::IdRole).toString();
            }
            return !proposal.isEmpty();
        }(),
        30000);
    QVERIFY(QTest::qWaitFor([&] { return clickProposal(proposal); }));
    QTRY_COMPARE(governance->selected().value(QStringLiteral("id")).toString(), proposal);
    // Every voter reads what executing it does, in words.
    QTRY_VERIFY(governance->selected()
                    .value(QStringLiteral("actions"))
                    .toList()
                    .value(0)
                    .toMap()
                    .value(QStringLiteral("words"))
                    .toString()
                    .startsWith(u"overturn the rejection of dataset #4: it is approved"));
    QVERIFY(chainCall(QStringLiteral("anvil_mine"), {QStringLiteral("0x2")})); // past the voting delay
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 1, 30000);
    QVERIFY(m_app.ui->click(QStringLiteral("voteButton")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("voteDialog")));
    m_app.chooseAccount(QStringLiteral("voteAccount"), kMember2);
    m_app.context->voterCheck()->check(kMember2, proposal);
    QTRY_COMPARE_WITH_TIMEOUT(m_app.context->voterCheck()->status(), app::VoterCheck::Status::CanVote, 20000);
    QVERIFY(m_app.ui->click(QStringLiteral("voteFor")));
    QVERIFY(m_app.ui->setText(QStringLiteral("voteReason"), QStringLiteral("Asset tags are public.")));
    QVERIFY(m_app.ui->click(QStringLiteral("voteDialogAccept")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("votes")).toList().size(), 1, 30000);
    QVERIFY(chainCall(QStringLiteral("anvil_mine"), {QStringLiteral("0x34")})); // past the voting period
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 4, 30000);
    runLifecycle(QStringLiteral("queueButton"), kMember2);
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 5, 30000);
    QVERIFY(chainCall(QStringLiteral("evm_increaseTime"), {QStringLiteral("0x78")}));
    QVERIFY(chainCall(QStringLiteral("evm_mine")));
    QTRY_VERIFY_WITH_TIMEOUT(governance->selected().value(QStringLiteral("canExecute")).toBool(), 30000);
    const eth::UInt256 appellantBefore = balanceOf(kContributor);
    runLifecycle(QStringLiteral("executeButton"), kMember2);
    QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 7, 30000);
    QCOMPARE(balanceOf(kContributor), appellantBefore + eth::UInt256(100) * token); // deposit 50 + reward 50
    m_app.ui->screenshot(QStringLiteral("curation-16-appeal-executed"));
    QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));

    // Curation reads the outcome back: #4 is overturned, decided.
    QVERIFY(m_app.ui->click(QStringLiteral("nav_curation")));
    m_app.chooseAccount(QStringLiteral("curationAccount"), kContributor);
    QVERIFY(m_app.ui->click(QStringLiteral("curationTab2")));
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QVariant &item : curation->items())
                if (item.toMap().value(QStringLiteral("id")).toLongLong() == 4)
                    return true;
            return false;
        }(),
        30000);
    QVERIFY(QTest::qWaitFor([&] { return m_app.ui->click(QStringLiteral("queue_4")); }));
    QTRY_COMPARE_WITH_TIMEOUT(curation->selected().value(QStringLiteral("stageText")).toString(),
        QStringLiteral("Approved on appeal"), 30000);
    QTRY_COMPARE(historyWith(u"Appeal upheld: the rejection is overturned"), 1);
    m_app.ui->screenshot(QStringLiteral("curation-17-overturned"));
    QVERIFY(backToTheQueue());
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
}

} // namespace dd::test
