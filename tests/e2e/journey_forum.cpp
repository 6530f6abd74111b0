// The forum discussion a proposal links: asked for, read, its images and links held back, and
// the saved copy when the forum is down.

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

void MemberJourney::forumDiscussion()
{
    // The forum discussion the description links: nothing is fetched until the member allows
    // that forum; then every post (46 in the stream, one deleted) reads beside the proposal.
    QVERIFY(m_app.ui->element(QStringLiteral("discussionPane"))->isVisible());
    QVERIFY(m_app.ui->item(QStringLiteral("discussionLoad")));
    QVERIFY(m_forum->requests().isEmpty());
    m_app.ui->screenshot(QStringLiteral("governance-11-discussion-ask"));
    QVERIFY(m_app.ui->click(QStringLiteral("discussionLoad")));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_app.ui->object(QStringLiteral("discussionPosts"))->property("count").toInt(), 45, 20000);
    QCOMPARE(m_forum->requests().size(), 3); // the topic, then two chunks of posts
    QCOMPARE(m_app.ui->object(QStringLiteral("discussionTitle"))->property("text").toString(),
        QStringLiteral("DDP-7: Fund the data quality bounty"));
    QVERIFY(m_app.ui->object(QStringLiteral("discussionSaved"))
                ->property("text")
                .toString()
                .startsWith(QStringLiteral("Read from 127.0.0.1:")));
    m_app.ui->screenshot(QStringLiteral("governance-12-proposal-with-discussion"));
    // Images wait for permission; the hostile post's script and frame never arrive.
    QVERIFY(m_app.ui->click(QStringLiteral("discussionImages")));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_forum->requests().contains(QStringLiteral("/uploads/default/original/1X/3f2a9c.png")), 10000);
    m_app.ui->screenshot(QStringLiteral("governance-13-discussion-images"));
    // A link shows where it goes before anything opens.
    QObject *pane = m_app.ui->find(QStringLiteral("discussionPane"));
    QMetaObject::invokeMethod(pane, "openLink", Q_ARG(QString, QStringLiteral("https://example.org/bounty-spec")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("linkConfirm")));
    QCOMPARE(m_app.ui->object(QStringLiteral("linkConfirmUrl"))->property("text").toString(),
        QStringLiteral("https://example.org/bounty-spec"));
    m_app.ui->screenshot(QStringLiteral("governance-14-link-shows-target"));
    QVERIFY(m_app.ui->click(QStringLiteral("linkConfirmCancel")));
    QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("linkConfirm")));
    // The forum goes down: the saved copy stays, and the window says why it is not fresh.
    m_forum->close();
    QVERIFY(m_app.ui->click(QStringLiteral("discussionRefresh")));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app.noticeText(QStringLiteral("discussionError")).contains(QStringLiteral("cannot be reached")), 20000);
    QVERIFY(m_app.noticeText(QStringLiteral("discussionError")).endsWith(QStringLiteral("The saved copy is shown.")));
    QCOMPARE(m_app.ui->object(QStringLiteral("discussionPosts"))->property("count").toInt(), 45);
    m_app.ui->screenshot(QStringLiteral("governance-15-discussion-forum-down"));
    QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));
}

} // namespace dd::test
