// The devnet's balances, and transactions through the confirmation sheet: a transfer, a
// delegation, what the sheet refuses in words, and a transaction journaled before a crash.

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

void MemberJourney::devnetBalancesAndABadProfile()
{
    const QString member1 = kMember1;
    QProcess up;
    up.start(QStringLiteral(DD_CLI),
        {QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--dir"),
            m_files.filePath(QStringLiteral("devnet"))});
    QVERIFY(up.waitForFinished(120000));
    QVERIFY2(up.exitCode() == 0, up.readAllStandardError().constData());
    auto *chain = m_app.context->chainController();
    const QString profile = m_files.filePath(QStringLiteral("devnet/devnet.json"));
    chain->openProfile(profile);
    QTRY_COMPARE(chain->profilePath(), profile);
    QTRY_VERIFY_WITH_TIMEOUT(chain->balances().contains(member1), 20000);
    const QVariantMap entry = chain->balances().value(member1).toMap();
    QCOMPARE(entry.value(QStringLiteral("token")).toString(), QStringLiteral("120,000"));
    QCOMPARE(entry.value(QStringLiteral("votes")).toString(), QStringLiteral("150,000")); // member 4 delegates too
    QCOMPARE(entry.value(QStringLiteral("delegate")).toString(), member1);
    QVERIFY(chain->connected());
    QCOMPARE(chain->tokenSymbol(), QStringLiteral("DATA"));
    QTRY_VERIFY(m_app.ui->object(QStringLiteral("accountBalances"), accountCard(member1))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("120,000 DATA")));
    m_app.ui->screenshot(QStringLiteral("wallet-19-balances-devnet"));
    QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
    m_app.ui->screenshot(QStringLiteral("settings-network-devnet"));
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
    // A profile that is not one stays out, in words, and the open one stays.
    const QString bad = m_files.filePath(QStringLiteral("bad-profile.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"chainId\":\"31337\",\"rpcUrls\":[\"ftp://x\"]}");
    file.close();
    chain->openProfile(bad);
    QTRY_VERIFY(chain->profileError().contains(QStringLiteral("not an http(s) RPC URL")));
    QCOMPARE(chain->profileName(), QStringLiteral("DataDAO devnet"));
}

void MemberJourney::sendThroughTheSheet()
{
    auto *chain = m_app.context->chainController();
    auto *tx = m_app.context->transactionController();
    const QString member1 = kMember1;
    // Send 100 DATA from member 1 to the wallet's first account through the confirmation sheet.
    m_main = m_app.account(0).value(QStringLiteral("address")).toString();
    const QString main = m_main;
    QVERIFY(m_app.ui->click(QStringLiteral("accountMenuButton"), accountCard(member1)));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("menuSend"))->isVisible());
    QVERIFY(m_app.ui->click(QStringLiteral("menuSend")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("sendDialog")));
    QVERIFY(m_app.ui->setText(QStringLiteral("sendRecipient"), main));
    QVERIFY(m_app.ui->setText(QStringLiteral("sendAmount"), QStringLiteral("100")));
    m_app.ui->screenshot(QStringLiteral("wallet-20-send-dialog"));
    QVERIFY(m_app.ui->click(QStringLiteral("sendDialogAccept")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    m_app.ui->screenshot(QStringLiteral("sheet-01-token-transfer"));
    const QVariantList details = tx->details();
    QStringList lines;
    for (const QVariant &d : details)
        lines.append(d.toMap().value(QStringLiteral("label")).toString() + u'='
            + d.toMap().value(QStringLiteral("value")).toString());
    const QString sheetText = lines.join(u'\n');
    QVERIFY2(sheetText.contains(QStringLiteral("Function=transfer(address,uint256)")), qPrintable(sheetText));
    // The recipient is named as the wallet's own account, its address beside the name.
    QVERIFY2(sheetText.contains(QStringLiteral("to=your account \u201c")), qPrintable(sheetText));
    QVERIFY2(sheetText.contains(QStringLiteral("  (") + main + u')'), qPrintable(sheetText));
    QVERIFY2(
        sheetText.contains(QStringLiteral("value=100 DATA  (100000000000000000000 [1e20])")), qPrintable(sheetText));
    QVERIFY2(sheetText.contains(QStringLiteral("Network=DataDAO devnet (chain 31337)")), qPrintable(sheetText));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(tx->transactionHash().startsWith(QStringLiteral("0x")));
    m_transferHash = tx->transactionHash();
    m_app.ui->screenshot(QStringLiteral("sheet-02-token-transfer-done"));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QTRY_COMPARE(tx->stage(), Stage::Idle);
    QTRY_COMPARE_WITH_TIMEOUT(
        chain->balances().value(main).toMap().value(QStringLiteral("token")).toString(), QStringLiteral("100"), 20000);
    // The journal holds the transaction, mined.
    {
        const QList<dao::JournalEntry> entries = journalEntries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(entries.first().status, QStringLiteral("mined"));
        QCOMPARE(entries.first().hash, tx->transactionHash());
    }

    // Too much: the simulation refuses it in words and nothing is signed.
    tx->requestTransfer(main, member1, QStringLiteral("5000"));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Failed, 20000);
    QVERIFY2(tx->message().contains(QStringLiteral("ERC20InsufficientBalance")), qPrintable(tx->message()));
    m_app.ui->screenshot(QStringLiteral("sheet-03-refused-in-words"));
    tx->dismiss();
}

void MemberJourney::delegateAndNoGasMoney()
{
    auto *chain = m_app.context->chainController();
    auto *tx = m_app.context->transactionController();
    const QString member1 = kMember1;
    const QString member2 = kMember2;
    const QString main = m_main;
    // Member 2 (the imported keystore) delegates to member 1: voting power moves, tokens stay.
    QVERIFY(m_app.ui->click(QStringLiteral("accountMenuButton"), accountCard(member2)));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("menuDelegate"))->isVisible());
    QVERIFY(m_app.ui->click(QStringLiteral("menuDelegate")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("delegateDialog")));
    QVERIFY(m_app.ui->click(QStringLiteral("delegateOther")));
    QVERIFY(m_app.ui->setText(QStringLiteral("delegateAddress"), member1));
    m_app.ui->screenshot(QStringLiteral("wallet-21-delegate-dialog"));
    QVERIFY(m_app.ui->click(QStringLiteral("delegateDialogAccept")));
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    m_app.ui->screenshot(QStringLiteral("sheet-04-delegate"));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
    QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
    QTRY_COMPARE_WITH_TIMEOUT(chain->balances().value(member1).toMap().value(QStringLiteral("votes")).toString(),
        QStringLiteral("229,900"), 20000); // 150,000 - 100 sent + 80,000
    QCOMPARE(chain->balances().value(member2).toMap().value(QStringLiteral("delegate")).toString(), member1);

    // An account without gas money: the sheet says so before any signature and will not sign.
    tx->requestDelegate(main, main);
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
    QVERIFY2(tx->warning().contains(QStringLiteral("needs up to")), qPrintable(tx->warning()));
    QTRY_VERIFY(!m_app.ui->object(QStringLiteral("sheetConfirm"))->property("enabled").toBool());
    QVERIFY(m_app.ui->object(QStringLiteral("sheetWarning"))->property("visible").toBool());
    m_app.ui->screenshot(QStringLiteral("sheet-05-no-gas-money"));
    tx->confirm();
    QCOMPARE(tx->stage(), Stage::Review); // refused: nothing signed
    tx->dismiss();
}

void MemberJourney::transactionSignedBeforeACrash()
{
    auto *chain = m_app.context->chainController();
    const QString main = m_main;
    // A transaction signed and journaled by an app that stopped before sending it: on the
    // next check the tracker sends it from the journal and follows it to its receipt.
    QString unsentHash;
    {
        eth::ClientThread network({QUrl(chain->rpcUrls().first())});
        eth::ChainSession session(network.client());
        const SecureBytes seed = crypto::bip39::mnemonicToSeed(
            QStringLiteral("test test test test test test test test test test test junk"));
        const crypto::PrivateKey key = crypto::bip32::ethereumKeyFromSeed(seed, 3).value();
        auto prepared = session.prepare(key.address(),
            eth::TxRequest {crypto::Address::parse(main).value(), eth::UInt256(1000000000000000000ULL), {}, nullptr});
        QVERIFY2(prepared.ok(), qPrintable(prepared.message()));
        dao::JournalEntry entry;
        entry.raw = prepared.value().sign(key);
        entry.hash = toHex(crypto::keccak256(entry.raw));
        entry.chainId = 31337;
        entry.sender = key.address();
        entry.nonce = prepared.value().nonce;
        entry.summary = QStringLiteral("Send 1 ETH to the first account (signed before a crash)");
        entry.status = QStringLiteral("signed");
        entry.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(recordInJournal(entry));
        unsentHash = entry.hash;
    }
    auto *history = m_app.context->transactionHistory();
    m_app.context->transactionTracking()->checkNow();
    using Status = app::TransactionHistoryModel::Status;
    auto statusOf = [history](const QString &hash) {
        for (int row = 0; row < history->rowCount(); ++row) {
            const QModelIndex index = history->index(row);
            if (index.data(app::TransactionHistoryModel::HashRole).toString() == hash)
                return Status(index.data(app::TransactionHistoryModel::StatusRole).toInt());
        }
        return Status::Unknown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(unsentHash), Status::Mined, 30000);
    QCOMPARE(statusOf(m_transferHash), Status::Mined);
    QVERIFY(m_app.ui->click(QStringLiteral("walletTabHistory")));
    QTRY_VERIFY(m_app.ui->find(QStringLiteral("history_") + unsentHash));
    m_app.ui->screenshot(QStringLiteral("wallet-22-transaction-history"));
    QVERIFY(m_app.ui->click(QStringLiteral("walletTabAccounts")));
}

} // namespace dd::test
