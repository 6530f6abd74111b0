// The journey's start and end, its helpers, and the first slot: every section's empty state.

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

#include <future>

using Stage = dd::app::TransactionController::Stage;
using namespace dd;

namespace dd::test {

QObject *MemberJourney::accountCard(const QString &address)
{
    return m_app.ui->find(QStringLiteral("account_") + address);
}

int MemberJourney::accountRow(const QString &address) const
{
    for (int row = 0; row < m_app.accountCount(); ++row)
        if (m_app.account(row).value(QStringLiteral("address")).toString() == address)
            return row;
    return -1;
}

void MemberJourney::startApp(bool restart, const QString &dataDir)
{
    m_app.start(dataDir.isEmpty() ? m_dir.path() : dataDir, restart);
}

void MemberJourney::openNewDevnet(const QString &folder, const QStringList &options)
{
    QProcess up;
    up.start(QStringLiteral(DD_CLI),
        QStringList {QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--dir"), folder} + options);
    QVERIFY(up.waitForFinished(120000));
    QVERIFY2(up.exitCode() == 0, up.readAllStandardError().constData());
    auto *chain = m_app.context->chainController();
    // Until the first sync pass of this devnet has ended: a devnet started again has the
    // addresses (and so the cache file) of an earlier one, which that pass finds another chain
    // and reads again; what the window shows before is the earlier devnet's.
    auto *sync = m_app.context->chainSync();
    bool started = false, passed = false;
    const auto watch = QObject::connect(sync, &app::ChainSync::stateChanged, [&] {
        if (sync->syncing())
            started = true;
        else if (started)
            passed = true;
    });
    auto unwatch = qScopeGuard([&] { QObject::disconnect(watch); });
    const QString profile = QDir(folder).filePath(QStringLiteral("devnet.json"));
    chain->openProfile(profile);
    QTRY_COMPARE(chain->profilePath(), profile);
    QTRY_VERIFY_WITH_TIMEOUT(chain->connected(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(passed, 60000);
}

void MemberJourney::stopDevnet(const QString &folder)
{
    QProcess down;
    down.start(
        QStringLiteral(DD_CLI), {QStringLiteral("devnet"), QStringLiteral("down"), QStringLiteral("--dir"), folder});
    down.waitForFinished(30000);
}

QString MemberJourney::proposalIn(int state) const
{
    auto *proposals = m_app.context->governanceController()->proposals();
    for (int row = 0; row < proposals->rowCount(); ++row) {
        const QModelIndex index = proposals->index(row);
        if (index.data(app::ProposalListModel::StateRole).toInt() == state)
            return index.data(app::ProposalListModel::IdRole).toString();
    }
    return QString();
}

QList<dao::JournalEntry> MemberJourney::journalEntries() const
{
    const QString path = m_dir.filePath(QStringLiteral("local.sqlite"));
    return std::async(std::launch::async, [path] {
        dao::TransactionJournal journal(path);
        return journal.open().ok() ? journal.entries().value_or({}) : QList<dao::JournalEntry>();
    }).get();
}

bool MemberJourney::recordInJournal(const dao::JournalEntry &entry) const
{
    const QString path = m_dir.filePath(QStringLiteral("local.sqlite"));
    return std::async(std::launch::async, [path, entry] {
        dao::TransactionJournal journal(path);
        return journal.open().ok() && journal.record(entry).ok();
    }).get();
}

bool MemberJourney::clickProposal(const QString &id)
{
    auto *proposals = m_app.context->governanceController()->proposals();
    for (int row = 0; row < proposals->rowCount(); ++row) {
        if (proposals->index(row).data(app::ProposalListModel::IdRole).toString() != id)
            continue;
        QMetaObject::invokeMethod(m_app.ui->find(QStringLiteral("proposalList")), "positionViewAtIndex",
            Q_ARG(int, row), Q_ARG(int, 0 /* ListView.Beginning */));
        return m_app.ui->click(QStringLiteral("proposal_") + id);
    }
    return false;
}

eth::UInt256 MemberJourney::balanceOf(const QString &who) const
{
    auto *chain = m_app.context->chainController();
    eth::ClientThread network({QUrl(chain->rpcUrls().first())});
    eth::ChainSession session(network.client());
    const auto &abis = dao::DaoAbis::load().value();
    const QByteArray data = abis.token
                                .encodeCall(QStringLiteral("balanceOf"),
                                    {eth::AbiValue::bytes(crypto::Address::parse(who).value().bytes())})
                                .value();
    auto answer = session.ethCall({}, {crypto::Address::parse(chain->tokenAddress()).value(), {}, data, nullptr});
    return abis.token.decodeResult(QStringLiteral("balanceOf"), answer.value()).value()[0].asNumber();
}

QString MemberJourney::notifications() const
{
    QFile file(m_files.filePath(QStringLiteral("notifications.txt")));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool MemberJourney::chainCall(const QString &method, const QJsonArray &params) const
{
    eth::ClientThread network({QUrl(m_app.context->chainController()->rpcUrls().first())});
    eth::ChainSession session(network.client());
    return session.call(method, params).ok();
}

void MemberJourney::runLifecycle(const QString &button, const QString &account)
{
    auto *tx = m_app.context->transactionController();
    QVERIFY(m_app.ui->click(button));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("lifecycleDialog")));
    if (!account.isEmpty())
        m_app.chooseAccount(QStringLiteral("lifecycleAccount"), account);
    QVERIFY(m_app.ui->click(QStringLiteral("lifecycleDialogAccept")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    m_app.ui->screenshot(QStringLiteral("sheet-07-") + button);
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
}

void MemberJourney::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Desktop notifications go to a script that records them.
    QFile notifier(m_files.filePath(QStringLiteral("notify.sh")));
    QVERIFY(notifier.open(QIODevice::WriteOnly));
    notifier.write(QStringLiteral("#!/bin/sh\nprintf '%s|%s\\n' \"$1\" \"$2\" >> '%1'\n")
                       .arg(m_files.filePath(QStringLiteral("notifications.txt")))
                       .toUtf8());
    notifier.close();
    notifier.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("DD_NOTIFY_COMMAND", notifier.fileName().toUtf8());
    startApp();
}

void MemberJourney::everySectionHasAnHonestEmptyState()
{
    for (const char *key : {"home", "datasets", "contribute", "curation", "governance", "compute", "settings"}) {
        QVERIFY2(m_app.ui->click(QStringLiteral("nav_%1").arg(QLatin1String(key))), key);
        QTRY_VERIFY(m_app.ui->element(QStringLiteral("page_%1").arg(QLatin1String(key)))->isVisible());
        m_app.ui->screenshot(QStringLiteral("section-%1").arg(QLatin1String(key)));
    }
    // From the keyboard: Ctrl+1 to Ctrl+8 open the sections in the rail's order.
    QQuickWindow *window = m_app.ui->window();
    QTest::keyClick(window, Qt::Key_5, Qt::ControlModifier);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("page_governance"))->isVisible());
    QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("page_datasets"))->isVisible());
    QTest::keyClick(window, Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("page_home"))->isVisible());
}

void MemberJourney::cleanupTestCase()
{
    // Stop the devnets even when a test above failed before its own `devnet down`.
    for (const QString &folder : {m_files.filePath(QStringLiteral("devnet")), datasetNet()})
        QProcess::execute(QStringLiteral(DD_CLI),
            {QStringLiteral("devnet"), QStringLiteral("down"), QStringLiteral("--dir"), folder});
    m_app.stop();
}
} // namespace dd::test

std::unique_ptr<QObject> makeWalletUiTest()
{
    return std::make_unique<dd::test::MemberJourney>();
}
