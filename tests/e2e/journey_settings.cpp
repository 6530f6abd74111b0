// Settings: the cache rebuilt from the chain, a DAO added by hand, a node that goes away, and the
// dark theme in German.

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

void MemberJourney::rebuildTheCache()
{
    auto *governance = m_app.context->governanceController();
    // The cache is rebuildable: deleted and read again from the chain; the journal stays.
    auto journalRows = [this] { return int(journalEntries().size()); };
    const int rowsBefore = journalRows();
    QVERIFY(rowsBefore >= 5);
    QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
    QVERIFY(m_app.ui->scrollTo(QStringLiteral("rebuildCacheButton"))); // Settings scrolls
    QVERIFY(m_app.ui->click(QStringLiteral("rebuildCacheButton")));
    QVERIFY(m_app.context->chainSync()->statusText().startsWith(QStringLiteral("Rebuilding")));
    QTRY_COMPARE_WITH_TIMEOUT(governance->totalCount(), 9, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_app.context->chainSync()->syncing(), 20000);
    // The states are the sync's last write; the list reads them again on its own thread.
    QTRY_VERIFY_WITH_TIMEOUT(!proposalIn(7).isEmpty(), 10000);
    QCOMPARE(journalRows(), rowsBefore);
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
}

void MemberJourney::addTheDaoByHand()
{
    auto *chain = m_app.context->chainController();
    // The same DAO added by hand: its node and governor are enough.
    QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
    QVERIFY(m_app.ui->setText(QStringLiteral("addRpcUrls"), chain->rpcUrls().first()));
    QVERIFY(
        m_app.ui->setText(QStringLiteral("addGovernor"), QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3")));
    QVERIFY(m_app.ui->scrollTo(QStringLiteral("addNetworkButton"))); // Settings scrolls
    QVERIFY(m_app.ui->click(QStringLiteral("addNetworkButton")));
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_app.ui->object(QStringLiteral("addNetworkError"))->property("text").toString().isEmpty(), 20000);
    QVERIFY(m_app.ui->object(QStringLiteral("addNetworkError"))
                ->property("text")
                .toString()
                .contains(QStringLiteral("not a Governor")));
    m_app.ui->screenshot(QStringLiteral("settings-add-dao-error"));
    const QString governor = chain->governorAddress();
    QVERIFY(m_app.ui->setText(QStringLiteral("addGovernor"), governor));
    QVERIFY(m_app.ui->click(QStringLiteral("addNetworkButton")));
    QTRY_VERIFY_WITH_TIMEOUT(chain->profileName() == QLatin1String("DataDAO Governor"), 20000);
    QVERIFY(chain->profilePath().contains(QStringLiteral("/profiles/31337-")));
    QCOMPARE(chain->tokenAddress(), QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3"));
    m_app.ui->screenshot(QStringLiteral("settings-add-dao-done"));
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
}

void MemberJourney::nodeGoneSaysSo()
{
    auto *chain = m_app.context->chainController();
    QProcess down;
    down.start(QStringLiteral(DD_CLI),
        {QStringLiteral("devnet"), QStringLiteral("down"), QStringLiteral("--dir"),
            m_files.filePath(QStringLiteral("devnet"))});
    QVERIFY(down.waitForFinished(30000));
    // With the node gone, the window says so instead of showing stale numbers as live.
    QTRY_VERIFY_WITH_TIMEOUT(!chain->connected(), 30000);
    QVERIFY(chain->statusText().contains(QStringLiteral("does not answer")));
}

void MemberJourney::darkThemeAndGerman()
{
    QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
    QVERIFY(m_app.ui->scrollTo(QStringLiteral("themeDark"))); // Settings scrolls
    QVERIFY(m_app.ui->click(QStringLiteral("themeDark")));
    QTRY_VERIFY(m_app.context->settings()->darkTheme());
    m_app.context->settings()->setLanguage(QStringLiteral("de"));
    m_app.ui->screenshot(QStringLiteral("settings-dark-de"));
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
    QTRY_COMPARE(
        m_app.ui->object(QStringLiteral("lockAllButton"))->property("text").toString(), QStringLiteral("Alle sperren"));
    m_app.ui->screenshot(QStringLiteral("wallet-17-dark-german"));
    QVERIFY(m_app.ui->click(QStringLiteral("importButton")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
    m_app.ui->screenshot(QStringLiteral("wallet-18-import-dark-german"));
    QVERIFY(m_app.ui->click(QStringLiteral("importCancel")));
    m_app.context->settings()->setLanguage(QStringLiteral("en"));
    m_app.context->settings()->setDarkTheme(false);
}

} // namespace dd::test
