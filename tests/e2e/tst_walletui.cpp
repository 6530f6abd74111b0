// Creates, imports, unlocks and manages wallets through the real window, checks the files on
// disk, and saves a screenshot of every Wallet screen (build/screenshots).

#include "runningapp.h"

#include "../support/forumserver.h"

#include "appcontext.h"
#include "contribute/contributecontroller.h"
#include "datasets/catalogcontroller.h"
#include "governance/governancecontroller.h"
#include "governance/votecontroller.h"
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

class TestWalletUi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_files;
    test::RunningApp m_app;
    QString m_phrase;

    QObject *accountCard(const QString &address) { return m_app.ui->find(QStringLiteral("account_") + address); }

    // The app as it starts: its context on the test's data folder, then the real Main.qml. A
    // restart opens the DAO opened last, as main() does.
    void startApp(bool restart = false, const QString &dataDir = {})
    {
        m_app.start(dataDir.isEmpty() ? m_dir.path() : dataDir, restart);
    }

    // A devnet of its own (chain, storage node, DAO) in folder, opened in the app.
    void openNewDevnet(const QString &folder, const QStringList &options = {})
    {
        QProcess up;
        up.start(QStringLiteral(DD_CLI),
            QStringList {QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--dir"), folder} + options);
        QVERIFY(up.waitForFinished(120000));
        QVERIFY2(up.exitCode() == 0, up.readAllStandardError().constData());
        auto *chain = app::AppContext::instance()->chainController();
        QVERIFY(chain->openProfile(QDir(folder).filePath(QStringLiteral("devnet.json"))));
        QTRY_VERIFY_WITH_TIMEOUT(chain->connected(), 20000);
    }
    static void stopDevnet(const QString &folder)
    {
        QProcess down;
        down.start(QStringLiteral(DD_CLI),
            {QStringLiteral("devnet"), QStringLiteral("down"), QStringLiteral("--dir"), folder});
        down.waitForFinished(30000);
    }

private slots:
    void initTestCase()
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

    void everySectionHasAnHonestEmptyState()
    {
        for (const char *key : {"home", "datasets", "contribute", "curation", "governance", "compute", "settings"}) {
            QVERIFY2(m_app.ui->click(QStringLiteral("nav_%1").arg(QLatin1String(key))), key);
            QTRY_VERIFY(m_app.ui->item(QStringLiteral("page_%1").arg(QLatin1String(key)))->isVisible());
            m_app.ui->screenshot(QStringLiteral("section-%1").arg(QLatin1String(key)));
        }
    }

    void createWalletWithBackupCheck()
    {
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("walletEmpty"))->isVisible());
        m_app.ui->screenshot(QStringLiteral("wallet-01-empty"));

        QVERIFY(m_app.ui->click(QStringLiteral("emptyCreateButton")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("createDialog")));
        QTest::qWait(300); // let the popup's enter transition finish before the screenshot
        m_app.ui->screenshot(QStringLiteral("wallet-02-create-intro"));
        QVERIFY(m_app.ui->click(QStringLiteral("createNext")));
        QObject *dialog = m_app.ui->find(QStringLiteral("createDialog"));
        QTRY_COMPARE(dialog->property("step").toInt(), 1);
        m_phrase = dialog->property("phrase").toString();
        QCOMPARE(m_phrase.split(u' ').size(), 12);
        QVERIFY(crypto::bip39::mnemonicToEntropy(m_phrase).ok());
        m_app.ui->screenshot(QStringLiteral("wallet-03-create-phrase"));

        QVERIFY(m_app.ui->click(QStringLiteral("createNext")));
        QTRY_COMPARE(dialog->property("step").toInt(), 2);
        const QVariantList challenge = dialog->property("challenge").toList();
        QCOMPARE(challenge.size(), 3);
        const QStringList words = m_phrase.split(u' ');
        // A wrong word first: the app must say which one.
        for (int i = 0; i < 3; ++i)
            QVERIFY(m_app.ui->setText(
                QStringLiteral("challenge%1").arg(i), i == 1 ? QStringLiteral("wrong") : words[challenge[i].toInt()]));
        QVERIFY(m_app.ui->click(QStringLiteral("createNext")));
        QTRY_VERIFY(
            m_app.noticeText(QStringLiteral("createError")).contains(QString::number(challenge[1].toInt() + 1)));
        QCOMPARE(dialog->property("step").toInt(), 2);
        m_app.ui->screenshot(QStringLiteral("wallet-04-create-verify-error"));
        QVERIFY(
            m_app.ui->setText(QStringLiteral("challenge1"), QStringLiteral(" %1 ").arg(words[challenge[1].toInt()])));
        QVERIFY(m_app.ui->click(QStringLiteral("createNext")));
        QTRY_COMPARE(dialog->property("step").toInt(), 3);

        QVERIFY(m_app.ui->setText(QStringLiteral("createName"), QStringLiteral("Main account")));
        QVERIFY(m_app.ui->setText(QStringLiteral("createPassword"), QStringLiteral("correct horse battery")));
        QVERIFY(m_app.ui->setText(QStringLiteral("createRepeat"), QStringLiteral("correct horse battery!")));
        QVERIFY(m_app.ui->click(QStringLiteral("createNext")));
        QTRY_VERIFY(m_app.noticeText(QStringLiteral("createError")).contains(QStringLiteral("differ")));
        m_app.ui->screenshot(QStringLiteral("wallet-05-create-password-error"));
        QVERIFY(m_app.ui->setText(QStringLiteral("createRepeat"), QStringLiteral("correct horse battery")));
        QVERIFY(m_app.ui->click(QStringLiteral("createNext")));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.accountCount() == 1, 60000);
        QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("createDialog")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-06-one-account"));
    }

    void keystoreOnDiskIsValid()
    {
        const QString expected = crypto::bip32::ethereumKeyFromSeed(crypto::bip39::mnemonicToSeed(m_phrase), 0)
                                     .value()
                                     .address()
                                     .toChecksumString();
        QCOMPARE(m_app.account(0).value(QStringLiteral("address")).toString(), expected);
        QFile list(m_dir.filePath(QStringLiteral("keystore/accounts.json")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QJsonObject entry = QJsonDocument::fromJson(list.readAll())
                                      .object()
                                      .value(QLatin1String("accounts"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QFile keystore(
            m_dir.filePath(QStringLiteral("keystore/") + entry.value(QLatin1String("keystoreFile")).toString()));
        QVERIFY(keystore.open(QIODevice::ReadOnly));
        QCOMPARE(
            keystore.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        const QByteArray json = keystore.readAll();
        QVERIFY(!json.contains(m_phrase.toUtf8()));
        auto secret = crypto::keystore::decrypt(json, QStringLiteral("correct horse battery"));
        QVERIFY2(secret.ok(), qPrintable(secret.message()));
        QCOMPARE(crypto::PrivateKey::fromBytes(secret.value().view()).value().address().toChecksumString(), expected);
        // Nothing secret went into the settings file.
        QFile settings(m_dir.filePath(QStringLiteral("settings.ini")));
        if (settings.open(QIODevice::ReadOnly)) {
            const QByteArray ini = settings.readAll();
            QVERIFY(!ini.contains("correct horse"));
            QVERIFY(!ini.contains(m_phrase.split(u' ').first().toUtf8() + ' ' + m_phrase.split(u' ')[1].toUtf8()));
        }
    }

    void lockAndUnlockWithWrongPassword()
    {
        const QString address = m_app.account(0).value(QStringLiteral("address")).toString();
        QObject *card = accountCard(address);
        QVERIFY(card);
        QVERIFY(m_app.account(0).value(QStringLiteral("unlocked")).toBool());
        QVERIFY(m_app.ui->click(QStringLiteral("lockToggle"), card));
        QTRY_VERIFY(!m_app.account(0).value(QStringLiteral("unlocked")).toBool());
        QVERIFY(m_app.ui->click(QStringLiteral("lockToggle"), card));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("unlockDialog")));
        QVERIFY(m_app.ui->setText(QStringLiteral("unlockPassword"), QStringLiteral("not my password")));
        QVERIFY(m_app.ui->click(QStringLiteral("unlockDialogAccept")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app.noticeText(QStringLiteral("unlockDialogError")).contains(QStringLiteral("Wrong password")), 30000);
        m_app.ui->screenshot(QStringLiteral("wallet-07-unlock-wrong-password"));
        QVERIFY(m_app.ui->setText(QStringLiteral("unlockPassword"), QStringLiteral("correct horse battery")));
        QVERIFY(m_app.ui->click(QStringLiteral("unlockDialogAccept")));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.account(0).value(QStringLiteral("unlocked")).toBool(), 30000);
        QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("unlockDialog")));
    }

    void importPhraseWithBadWordThenPrivateKey()
    {
        QVERIFY(m_app.ui->click(QStringLiteral("importButton")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importPhrase"),
            QStringLiteral("test test test test test test test test test test tset junk")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importPassword"), QStringLiteral("another password")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importRepeat"), QStringLiteral("another password")));
        QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
        QTRY_VERIFY(m_app.noticeText(QStringLiteral("importError")).contains(QStringLiteral("Word 11, \"tset\"")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-08-import-phrase-bad-word"));

        QVERIFY(m_app.ui->click(QStringLiteral("tabKey")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importKey"),
            QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importName"), QStringLiteral("Hot key")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importPassword"), QStringLiteral("another password")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importRepeat"), QStringLiteral("another password")));
        m_app.ui->screenshot(QStringLiteral("wallet-09-import-private-key"));
        QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.accountCount() == 2, 30000);
        QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("importDialog")));
        QCOMPARE(m_app.account(1).value(QStringLiteral("address")).toString(),
            QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
    }

    void dropKeystoreFile()
    {
        // A keystore written by another tool (geth's format, scrypt n=2^13 like cast's).
        const auto key
            = crypto::PrivateKey::fromHex(u"0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a")
                  .value();
        const QByteArray json
            = crypto::keystore::encrypt(key.bytes(), QStringLiteral("file-pass"), key.address(), {8192, 8, 1}).value();
        const QString path = m_files.filePath(QStringLiteral("UTC--2026-11-25--keystore.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json);
        file.close();

        m_app.ui->dropFile(QUrl::fromLocalFile(path));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
        QCOMPARE(m_app.ui->find(QStringLiteral("importTabs"))->property("currentIndex").toInt(), 2);
        QVERIFY(m_app.ui->setText(QStringLiteral("importFilePassword"), QStringLiteral("wrong")));
        QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app.noticeText(QStringLiteral("importError")).contains(QStringLiteral("Wrong password")), 30000);
        QCOMPARE(m_app.accountCount(), 2);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-10-import-keystore-wrong-password"));
        QVERIFY(m_app.ui->setText(QStringLiteral("importFilePassword"), QStringLiteral("file-pass")));
        QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.accountCount() == 3, 30000);
        QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("importDialog")));
        QCOMPARE(m_app.account(2).value(QStringLiteral("address")).toString(), key.address().toChecksumString());
    }

    void dropUnreadableFile()
    {
        // Dropped, a file that vanished is not a keystore: Contribute says what happened.
        const QString missing = m_files.filePath(QStringLiteral("vanished.json"));
        m_app.ui->dropFile(QUrl::fromLocalFile(missing));
        auto *contribute = app::AppContext::instance()->contributeController();
        QTRY_COMPARE(contribute->stage(), app::ContributeController::Stage::Failed);
        QVERIFY(contribute->error().contains(QStringLiteral("does not exist")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("contributeFailure"))->isVisible());
        QTest::qWait(200);
        m_app.ui->screenshot(QStringLiteral("contribute-00-vanished-file"));
        contribute->reset();
        // Chosen in the import dialog, it is named as unreadable there.
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
        QVERIFY(m_app.ui->click(QStringLiteral("importButton")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
        QVERIFY(m_app.ui->click(QStringLiteral("tabKeystore")));
        m_app.ui->find(QStringLiteral("importDialog"))->setProperty("keystoreUrl", QUrl::fromLocalFile(missing));
        QVERIFY(m_app.ui->setText(QStringLiteral("importFilePassword"), QStringLiteral("whatever")));
        QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
        QTRY_VERIFY(
            m_app.noticeText(QStringLiteral("importError")).contains(QStringLiteral("Cannot read vanished.json")));
        m_app.ui->screenshot(QStringLiteral("wallet-11-import-unreadable-file"));

        const QString notKeystore = m_files.filePath(QStringLiteral("notes.txt"));
        QFile file(notKeystore);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list");
        file.close();
        m_app.ui->find(QStringLiteral("importDialog"))->setProperty("keystoreUrl", QUrl::fromLocalFile(notKeystore));
        QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app.noticeText(QStringLiteral("importError")).contains(QStringLiteral("not a keystore")), 10000);
        QVERIFY(m_app.ui->click(QStringLiteral("importCancel")));
        QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("importDialog")));
        QCOMPARE(m_app.accountCount(), 3);
    }

    // The devnet the README's first command starts: balances and voting power appear per account.
    void balancesFromTheDevnet()
    {
        QProcess up;
        up.start(QStringLiteral(DD_CLI),
            {QStringLiteral("devnet"), QStringLiteral("up"), QStringLiteral("--dir"),
                m_files.filePath(QStringLiteral("devnet"))});
        QVERIFY(up.waitForFinished(120000));
        QVERIFY2(up.exitCode() == 0, up.readAllStandardError().constData());
        auto *chain = app::AppContext::instance()->chainController();
        QVERIFY(chain->openProfile(m_files.filePath(QStringLiteral("devnet/devnet.json"))));
        const QString member1 = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        QTRY_VERIFY_WITH_TIMEOUT(chain->balances().contains(member1), 20000);
        const QVariantMap entry = chain->balances().value(member1).toMap();
        QCOMPARE(entry.value(QStringLiteral("token")).toString(), QStringLiteral("120,000"));
        QCOMPARE(entry.value(QStringLiteral("votes")).toString(), QStringLiteral("150,000")); // member 4 delegates too
        QCOMPARE(entry.value(QStringLiteral("delegate")).toString(), member1);
        QVERIFY(chain->connected());
        QCOMPARE(chain->tokenSymbol(), QStringLiteral("DATA"));
        QTRY_VERIFY(m_app.ui->find(QStringLiteral("accountBalances"), accountCard(member1))
                        ->property("text")
                        .toString()
                        .contains(QStringLiteral("120,000 DATA")));
        QTest::qWait(200);
        m_app.ui->screenshot(QStringLiteral("wallet-19-balances-devnet"));
        QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
        QTest::qWait(200);
        m_app.ui->screenshot(QStringLiteral("settings-network-devnet"));
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
        // A profile that is not one stays out, in words, and the open one stays.
        const QString bad = m_files.filePath(QStringLiteral("bad-profile.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"chainId\":\"31337\",\"rpcUrls\":[\"ftp://x\"]}");
        file.close();
        QVERIFY(!chain->openProfile(bad));
        QVERIFY(chain->profileError().contains(QStringLiteral("not an http(s) RPC URL")));
        QCOMPARE(chain->profileName(), QStringLiteral("DataDAO devnet"));
        // Send 100 DATA from member 1 to the wallet's first account through the confirmation sheet.
        const QString main = m_app.account(0).value(QStringLiteral("address")).toString();
        auto *tx = app::AppContext::instance()->transactionController();
        QVERIFY(m_app.ui->click(QStringLiteral("accountMenuButton"), accountCard(member1)));
        QTRY_VERIFY(
            m_app.ui->item(QStringLiteral("menuSend")) && m_app.ui->item(QStringLiteral("menuSend"))->isVisible());
        QVERIFY(m_app.ui->click(QStringLiteral("menuSend")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("sendDialog")));
        QVERIFY(m_app.ui->setText(QStringLiteral("sendRecipient"), main));
        QVERIFY(m_app.ui->setText(QStringLiteral("sendAmount"), QStringLiteral("100")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-20-send-dialog"));
        QVERIFY(m_app.ui->click(QStringLiteral("sendDialogAccept")));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("sheet-01-token-transfer"));
        const QVariantList details = tx->details();
        QStringList lines;
        for (const QVariant &d : details)
            lines.append(d.toMap().value(QStringLiteral("label")).toString() + u'='
                + d.toMap().value(QStringLiteral("value")).toString());
        const QString sheetText = lines.join(u'\n');
        QVERIFY2(sheetText.contains(QStringLiteral("Function=transfer(address,uint256)")), qPrintable(sheetText));
        QVERIFY2(sheetText.contains(QStringLiteral("to=") + main), qPrintable(sheetText));
        QVERIFY2(sheetText.contains(QStringLiteral("value=100 DATA  (100000000000000000000 [1e20])")),
            qPrintable(sheetText));
        QVERIFY2(sheetText.contains(QStringLiteral("Network=DataDAO devnet (chain 31337)")), qPrintable(sheetText));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
        QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
        QVERIFY(tx->transactionHash().startsWith(QStringLiteral("0x")));
        const QString transferHash = tx->transactionHash();
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("sheet-02-token-transfer-done"));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
        QTRY_COMPARE(tx->stage(), Stage::Idle);
        QTRY_COMPARE_WITH_TIMEOUT(chain->balances().value(main).toMap().value(QStringLiteral("token")).toString(),
            QStringLiteral("100"), 20000);
        // The journal holds the transaction, mined.
        {
            dd::dao::TransactionJournal journal(m_dir.filePath(QStringLiteral("local.sqlite")));
            QVERIFY(journal.open().ok());
            auto entries = journal.entries();
            QVERIFY(entries.ok());
            QCOMPARE(entries.value().first().status, QStringLiteral("mined"));
            QCOMPARE(entries.value().first().hash, tx->transactionHash());
        }

        // Too much: the simulation refuses it in words and nothing is signed.
        tx->requestTransfer(main, member1, QStringLiteral("5000"));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Failed, 20000);
        QVERIFY2(tx->message().contains(QStringLiteral("ERC20InsufficientBalance")), qPrintable(tx->message()));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("sheet-03-refused-in-words"));
        tx->dismiss();

        // Member 2 (the imported keystore) delegates to member 1: voting power moves, tokens stay.
        const QString member2 = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        QVERIFY(m_app.ui->click(QStringLiteral("accountMenuButton"), accountCard(member2)));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("menuDelegate"))
            && m_app.ui->item(QStringLiteral("menuDelegate"))->isVisible());
        QVERIFY(m_app.ui->click(QStringLiteral("menuDelegate")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("delegateDialog")));
        QVERIFY(m_app.ui->click(QStringLiteral("delegateOther")));
        QVERIFY(m_app.ui->setText(QStringLiteral("delegateAddress"), member1));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-21-delegate-dialog"));
        QVERIFY(m_app.ui->click(QStringLiteral("delegateDialogAccept")));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
        QTest::qWait(300);
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
        QTRY_VERIFY(!m_app.ui->find(QStringLiteral("sheetConfirm"))->property("enabled").toBool());
        QVERIFY(m_app.ui->find(QStringLiteral("sheetWarning"))->property("visible").toBool());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("sheet-05-no-gas-money"));
        tx->confirm();
        QCOMPARE(tx->stage(), Stage::Review); // refused: nothing signed
        tx->dismiss();

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
                eth::TxRequest {
                    crypto::Address::parse(main).value(), eth::UInt256(1000000000000000000ULL), {}, nullptr});
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
            dao::TransactionJournal journal(m_dir.filePath(QStringLiteral("local.sqlite")));
            QVERIFY(journal.open().ok());
            QVERIFY(journal.record(entry).ok());
            unsentHash = entry.hash;
        }
        auto *history = app::AppContext::instance()->transactionHistory();
        app::AppContext::instance()->transactionTracking()->checkNow();
        auto statusOf = [history](const QString &hash) {
            for (int row = 0; row < history->rowCount(); ++row) {
                const QModelIndex index = history->index(row);
                if (index.data(app::TransactionHistoryModel::HashRole).toString() == hash)
                    return index.data(app::TransactionHistoryModel::StatusRole).toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(unsentHash), QStringLiteral("mined"), 30000);
        QCOMPARE(statusOf(transferHash), QStringLiteral("mined"));
        QVERIFY(m_app.ui->click(QStringLiteral("walletTabHistory")));
        QTRY_VERIFY(m_app.ui->find(QStringLiteral("history_") + unsentHash));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-22-transaction-history"));
        QVERIFY(m_app.ui->click(QStringLiteral("walletTabAccounts")));

        // Governance: the seeded proposals, read into the cache in the background.
        auto *governance = app::AppContext::instance()->governanceController();
        QVERIFY(m_app.ui->click(QStringLiteral("nav_governance")));
        QTRY_COMPARE_WITH_TIMEOUT(governance->totalCount(), 7, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!app::AppContext::instance()->chainSync()->syncing(), 20000);
        QCOMPARE(governance->proposals()->rowCount(), 7);
        QTest::qWait(400);
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
        QString executed;
        int executedRow = -1;
        for (int row = 0; row < governance->proposals()->rowCount(); ++row) {
            const QModelIndex index = governance->proposals()->index(row);
            if (index.data(app::ProposalListModel::StateRole).toInt() == 7) {
                executed = index.data(app::ProposalListModel::IdRole).toString();
                executedRow = row;
            }
        }
        QVERIFY(!executed.isEmpty());
        QVERIFY(QMetaObject::invokeMethod(m_app.ui->find(QStringLiteral("proposalList")), "positionViewAtIndex",
            Q_ARG(int, executedRow), Q_ARG(int, 0)));
        QTest::qWait(200);
        QVERIFY(m_app.ui->click(QStringLiteral("proposal_") + executed));
        QTRY_COMPARE(
            governance->selected().value(QStringLiteral("id")).toString(), executed); // read off the GUI thread
        const QVariantMap detail = governance->selected();
        QVERIFY2(detail.value(QStringLiteral("title")).toString().contains(QStringLiteral("review bounty")),
            qPrintable(detail.value(QStringLiteral("title")).toString()));
        const QVariantList actions = detail.value(QStringLiteral("actions")).toList();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first().toMap().value(QStringLiteral("call")).toString(),
            QStringLiteral("transfer(address,uint256)"));
        QVERIFY(actions.first()
                    .toMap()
                    .value(QStringLiteral("contract"))
                    .toString()
                    .startsWith(QStringLiteral("DaoToken")));
        QVERIFY(!detail.value(QStringLiteral("votes")).toList().isEmpty());
        QStringList timeline;
        for (const QVariant &t : detail.value(QStringLiteral("timeline")).toList())
            timeline.append(t.toMap().value(QStringLiteral("label")).toString());
        QVERIFY2(timeline.contains(QStringLiteral("Queued")) && timeline.contains(QStringLiteral("Executed")),
            qPrintable(timeline.join(u',')));
        QTest::qWait(400);
        m_app.ui->screenshot(QStringLiteral("governance-02-proposal"));
        QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));
        QTRY_VERIFY(governance->selectedId().isEmpty());

        // Vote on an active proposal nobody voted on yet: first with the wallet's own account,
        // which holds DATA but never delegated (the dialog says why it has 0 votes), then as
        // member 1, with a reason, through the confirmation sheet.
        QString open;
        int openRow = -1;
        for (int row = 0; row < governance->proposals()->rowCount(); ++row) {
            const QModelIndex index = governance->proposals()->index(row);
            if (index.data(app::ProposalListModel::StateRole).toInt() == 1
                && index.data(app::ProposalListModel::VotersRole).toInt() == 0) {
                open = index.data(app::ProposalListModel::IdRole).toString();
                openRow = row;
            }
        }
        QVERIFY2(!open.isEmpty(), "no active proposal without votes");
        // Home lists it among the votes waiting for this wallet.
        QVERIFY(m_app.ui->click(QStringLiteral("nav_home")));
        QTRY_VERIFY(m_app.ui->find(QStringLiteral("homeVote_") + open));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("home-01-what-needs-me"));
        QVERIFY(m_app.ui->click(QStringLiteral("nav_governance")));
        QVERIFY(QMetaObject::invokeMethod(
            m_app.ui->find(QStringLiteral("proposalList")), "positionViewAtIndex", Q_ARG(int, openRow), Q_ARG(int, 0)));
        QTest::qWait(200);
        QVERIFY(m_app.ui->click(QStringLiteral("proposal_") + open));
        QTRY_COMPARE(governance->selected().value(QStringLiteral("id")).toString(), open);
        QVERIFY(m_app.ui->click(QStringLiteral("voteButton")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("voteDialog")));
        QTRY_VERIFY_WITH_TIMEOUT(
            governance->voter().value(QStringLiteral("status")).toString() != QLatin1String("checking"), 20000);
        QCOMPARE(governance->voter().value(QStringLiteral("account")).toString(), main);
        QCOMPARE(governance->voter().value(QStringLiteral("status")).toString(), QStringLiteral("notDelegated"));
        QVERIFY(governance->voter().value(QStringLiteral("offerSelfDelegate")).toBool());
        QVERIFY(!m_app.ui->find(QStringLiteral("voteDialogAccept"))->property("enabled").toBool());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-03-vote-zero-power-explained"));
        int member1Row = -1;
        for (int row = 0; row < m_app.accountCount(); ++row)
            if (m_app.account(row).value(QStringLiteral("address")).toString() == member1)
                member1Row = row;
        QVERIFY(member1Row >= 0);
        m_app.ui->find(QStringLiteral("voteAccount"))->setProperty("currentIndex", member1Row);
        governance->checkVoter(member1);
        QTRY_COMPARE_WITH_TIMEOUT(
            governance->voter().value(QStringLiteral("status")).toString(), QStringLiteral("canVote"), 20000);
        QVERIFY(m_app.ui->click(QStringLiteral("voteFor")));
        QVERIFY(m_app.ui->setText(QStringLiteral("voteReason"), QStringLiteral("The report is clear; fund Q1.")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-04-vote-dialog"));
        QVERIFY(m_app.ui->click(QStringLiteral("voteDialogAccept")));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
        QVERIFY(tx->summary().contains(QStringLiteral("Vote for")));
        QTest::qWait(300);
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
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-05-after-vote"));
        QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));

        // Queue the succeeded proposal; execute the queued one once the timelock's delay has
        // passed on the chain's clock, and see its treasury transfer land.
        auto proposalIn = [&](int state) {
            for (int row = 0; row < governance->proposals()->rowCount(); ++row) {
                const QModelIndex index = governance->proposals()->index(row);
                if (index.data(app::ProposalListModel::StateRole).toInt() == state)
                    return index.data(app::ProposalListModel::IdRole).toString();
            }
            return QString();
        };
        auto runLifecycle = [&](const QString &button) {
            QVERIFY(m_app.ui->click(button));
            QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("lifecycleDialog")));
            QVERIFY(m_app.ui->click(QStringLiteral("lifecycleDialogAccept")));
            QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
            QTest::qWait(300);
            m_app.ui->screenshot(QStringLiteral("sheet-07-") + button);
            QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
            QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
            QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
            QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
        };
        const QString succeeded = proposalIn(4);
        QVERIFY(!succeeded.isEmpty());
        governance->select(succeeded);
        QTRY_VERIFY(governance->selected().value(QStringLiteral("canQueue")).toBool());
        runLifecycle(QStringLiteral("queueButton"));
        QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 5, 30000);
        QVERIFY(!governance->selected().value(QStringLiteral("executableAt")).toString().isEmpty());
        QTest::qWait(300);
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
        eth::ClientThread network({QUrl(chain->rpcUrls().first())});
        eth::ChainSession session(network.client());
        const auto &abis = dao::DaoAbis::load().value();
        auto balanceOf = [&](const QString &who) {
            const QByteArray data = abis.token
                                        .encodeCall(QStringLiteral("balanceOf"),
                                            {eth::AbiValue::bytes(crypto::Address::parse(who).value().bytes())})
                                        .value();
            auto answer
                = session.ethCall({}, {crypto::Address::parse(chain->tokenAddress()).value(), {}, data, nullptr});
            return abis.token.decodeResult(QStringLiteral("balanceOf"), answer.value()).value()[0].asNumber();
        };
        const eth::UInt256 before = balanceOf(recipient);
        // The devnet's timelock waits 60 s: move the chain's clock past it.
        QVERIFY(session.call(QStringLiteral("evm_increaseTime"), {QStringLiteral("0x78")}).ok());
        QVERIFY(session.call(QStringLiteral("evm_mine")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(governance->selected().value(QStringLiteral("canExecute")).toBool(), 30000);
        runLifecycle(QStringLiteral("executeButton"));
        QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 7, 30000);
        QVERIFY(balanceOf(recipient) > before);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-07-executed"));
        QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));

        // Delegates: member 1 carries its own votes plus member 2's and member 4's delegations.
        QVariantMap member1Delegate;
        for (const QVariant &d : governance->delegates())
            if (d.toMap().value(QStringLiteral("address")).toString() == member1)
                member1Delegate = d.toMap();
        QCOMPARE(member1Delegate.value(QStringLiteral("delegators")).toInt(), 3); // itself, member 2, member 4
        QVERIFY(member1Delegate.value(QStringLiteral("recent")).toString().contains(QStringLiteral("For: ")));
        QVERIFY(!governance->delegatingToMe().isEmpty()); // member 2 (in this wallet) delegates to member 1
        QVERIFY(m_app.ui->click(QStringLiteral("showDelegates")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("delegateList"))
            && m_app.ui->item(QStringLiteral("delegateList"))->isVisible());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-08-delegates"));
        QVERIFY(m_app.ui->click(QStringLiteral("delegatesBack")));

        // The whole path: member 1 proposes a treasury payment, votes it through, queues and
        // executes it, and the recipient's balance changes on chain.
        const QString beef = QStringLiteral("0x000000000000000000000000000000000000bEEF");
        test::ForumServer forum(QStringLiteral(DD_FIXTURES "/discourse"));
        QVERIFY(forum.listen());
        const QString topicUrl = forum.url().toString() + QStringLiteral("/t/ddp-7-fund-the-data-quality-bounty/42");
        QVERIFY(m_app.ui->click(QStringLiteral("newProposal")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("proposeDialog")));
        m_app.ui->find(QStringLiteral("proposeAccount"))->setProperty("currentIndex", member1Row);
        QVERIFY(m_app.ui->setText(QStringLiteral("proposeTitle"), QStringLiteral("Pay the gateway operator")));
        QVERIFY(m_app.ui->setText(QStringLiteral("proposeBody"),
            QStringLiteral("Covers **three months** of gateway hosting.\n\n- 99.9 % uptime\n- invoices on the forum: ")
                + topicUrl));
        QVERIFY(m_app.ui->click(QStringLiteral("proposePayment")));
        QVERIFY(m_app.ui->setText(QStringLiteral("proposeRecipient"), beef));
        QVERIFY(m_app.ui->setText(QStringLiteral("proposeAmount"), QStringLiteral("123")));
        QVERIFY(m_app.ui->click(QStringLiteral("proposeAddAction")));
        QTRY_VERIFY(m_app.ui->find(QStringLiteral("proposeAction_0")));
        QVERIFY(m_app.ui->find(QStringLiteral("proposeAction_0"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("pay 123 DATA from the treasury to ") + beef));
        // Any call by signature and arguments: a wrong argument count is named before anything is signed.
        QVERIFY(m_app.ui->click(QStringLiteral("proposeCall")));
        QVERIFY(m_app.ui->setText(QStringLiteral("proposeTarget"), chain->tokenAddress()));
        QVERIFY(m_app.ui->setText(QStringLiteral("proposeSignature"), QStringLiteral("approve(address,uint256)")));
        QVERIFY(m_app.ui->setText(QStringLiteral("proposeArguments"), beef));
        QVERIFY(m_app.ui->click(QStringLiteral("proposeAddAction")));
        QTRY_VERIFY(
            m_app.noticeText(QStringLiteral("proposeActionError")).contains(QStringLiteral("takes 2 argument(s)")));
        QVERIFY(m_app.ui->setText(QStringLiteral("proposeArguments"), beef + QStringLiteral("\n1")));
        QVERIFY(m_app.ui->click(QStringLiteral("proposeAddAction")));
        QTRY_VERIFY(m_app.ui->find(QStringLiteral("proposeAction_1")));
        QCOMPARE(m_app.noticeText(QStringLiteral("proposeActionError")), QString());
        QTest::qWait(300);
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
        const QString proposed = governance->proposals()->index(0).data(app::ProposalListModel::IdRole).toString();
        governance->select(proposed);
        QTRY_COMPARE(governance->selected().value(QStringLiteral("title")).toString(),
            QStringLiteral("Pay the gateway operator"));
        // A desktop notification says a proposal appeared; an open vote nobody here cast was
        // announced as ending soon (the devnet's votes last about a minute).
        auto notifications = [this] {
            QFile file(m_files.filePath(QStringLiteral("notifications.txt")));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            notifications().contains(QStringLiteral("New proposal: Pay the gateway operator|")), 20000);
        QVERIFY2(notifications().contains(QStringLiteral("Voting ends soon: ")), qPrintable(notifications()));
        QCOMPARE(notifications().count(QStringLiteral("New proposal: Pay the gateway operator")), 1);
        QTRY_VERIFY(governance->selected().value(QStringLiteral("canCancel")).toBool()); // pending, member 1's
        QVERIFY(m_app.ui->item(QStringLiteral("cancelProposalButton")));
        QVERIFY(session.call(QStringLiteral("anvil_mine"), {QStringLiteral("0x2")}).ok()); // past the voting delay
        QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 1, 30000);
        // Member 1 signs the vote now (no transaction, no fee) and the wallet's own account sends
        // it later from Home: castVoteWithReasonAndParamsBySig.
        app::AppContext::instance()->voteController()->requestSignedVote(member1, proposed, 1,
            QStringLiteral("Gateways keep our data reachable."), QStringLiteral("Pay the gateway operator"));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
        QVERIFY2(tx->summary().startsWith(QStringLiteral("Sign a vote for")), qPrintable(tx->summary()));
        QVERIFY(tx->warning().isEmpty());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("sheet-08-sign-vote"));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Done, 30000);
        QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
        QCOMPARE(app::AppContext::instance()->voteController()->signedVotes().size(), 1);
        QCOMPARE(governance->selected().value(QStringLiteral("votes")).toList().size(), 0); // nothing sent yet
        QVERIFY(m_app.ui->click(QStringLiteral("nav_home")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("homeSendSignedVote_0")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("home-02-signed-vote-to-send"));
        QVERIFY(m_app.ui->click(QStringLiteral("homeSendSignedVote_0")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("relayDialog")));
        int mainRow = -1;
        for (int row = 0; row < m_app.accountCount(); ++row)
            if (m_app.account(row).value(QStringLiteral("address")).toString() == main)
                mainRow = row;
        m_app.ui->find(QStringLiteral("relayAccount"))->setProperty("currentIndex", mainRow);
        QVERIFY(m_app.ui->click(QStringLiteral("relayDialogAccept")));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
        QVERIFY2(
            tx->summary().startsWith(QStringLiteral("Send the signed vote of ") + member1), qPrintable(tx->summary()));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Done || tx->stage() == Stage::Failed, 30000);
        QVERIFY2(tx->stage() == Stage::Done, qPrintable(tx->message()));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
        QCOMPARE(app::AppContext::instance()->voteController()->signedVotes().size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("votes")).toList().size(), 1, 30000);
        const QVariantMap relayedVote = governance->selected().value(QStringLiteral("votes")).toList().first().toMap();
        QCOMPARE(relayedVote.value(QStringLiteral("voter")).toString(), member1); // the signer's vote, main paid
        QCOMPARE(relayedVote.value(QStringLiteral("reason")).toString(),
            QStringLiteral("Gateways keep our data reachable."));
        QVERIFY(m_app.ui->click(QStringLiteral("nav_governance")));
        QVERIFY(session.call(QStringLiteral("anvil_mine"), {QStringLiteral("0x34")}).ok()); // past the voting period
        QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 4, 30000);
        runLifecycle(QStringLiteral("queueButton"));
        QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 5, 30000);
        QVERIFY(session.call(QStringLiteral("evm_increaseTime"), {QStringLiteral("0x78")}).ok());
        QVERIFY(session.call(QStringLiteral("evm_mine")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(governance->selected().value(QStringLiteral("canExecute")).toBool(), 30000);
        QCOMPARE(balanceOf(beef), eth::UInt256());
        runLifecycle(QStringLiteral("executeButton"));
        QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 7, 30000);
        QCOMPARE(balanceOf(beef), eth::UInt256(123) * eth::UInt256(1000000000000000000ULL));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-10-proposed-and-executed"));

        // The forum discussion the description links: nothing is fetched until the member allows
        // that forum; then every post (46 in the stream, one deleted) reads beside the proposal.
        QVERIFY(m_app.ui->item(QStringLiteral("discussionPane"))->isVisible());
        QVERIFY(m_app.ui->item(QStringLiteral("discussionLoad")));
        QVERIFY(forum.requests().isEmpty());
        m_app.ui->screenshot(QStringLiteral("governance-11-discussion-ask"));
        QVERIFY(m_app.ui->click(QStringLiteral("discussionLoad")));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_app.ui->find(QStringLiteral("discussionPosts"))->property("count").toInt(), 45, 20000);
        QCOMPARE(forum.requests().size(), 3); // the topic, then two chunks of posts
        QCOMPARE(m_app.ui->find(QStringLiteral("discussionTitle"))->property("text").toString(),
            QStringLiteral("DDP-7: Fund the data quality bounty"));
        QVERIFY(m_app.ui->find(QStringLiteral("discussionSaved"))
                    ->property("text")
                    .toString()
                    .startsWith(QStringLiteral("Read from 127.0.0.1:")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-12-proposal-with-discussion"));
        // Images wait for permission; the hostile post's script and frame never arrive.
        QVERIFY(m_app.ui->click(QStringLiteral("discussionImages")));
        QTRY_VERIFY_WITH_TIMEOUT(
            forum.requests().contains(QStringLiteral("/uploads/default/original/1X/3f2a9c.png")), 10000);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-13-discussion-images"));
        // A link shows where it goes before anything opens.
        QObject *pane = m_app.ui->find(QStringLiteral("discussionPane"));
        QMetaObject::invokeMethod(pane, "openLink", Q_ARG(QString, QStringLiteral("https://example.org/bounty-spec")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("linkConfirm")));
        QCOMPARE(m_app.ui->find(QStringLiteral("linkConfirmUrl"))->property("text").toString(),
            QStringLiteral("https://example.org/bounty-spec"));
        QTest::qWait(200);
        m_app.ui->screenshot(QStringLiteral("governance-14-link-shows-target"));
        QVERIFY(m_app.ui->click(QStringLiteral("linkConfirmCancel")));
        QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("linkConfirm")));
        // The forum goes down: the saved copy stays, and the window says why it is not fresh.
        forum.close();
        QVERIFY(m_app.ui->click(QStringLiteral("discussionRefresh")));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_app.noticeText(QStringLiteral("discussionError")).contains(QStringLiteral("cannot be reached")), 20000);
        QVERIFY(
            m_app.noticeText(QStringLiteral("discussionError")).endsWith(QStringLiteral("The saved copy is shown.")));
        QCOMPARE(m_app.ui->find(QStringLiteral("discussionPosts"))->property("count").toInt(), 45);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("governance-15-discussion-forum-down"));
        QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));

        // The proposer withdraws a proposal before voting starts.
        QCOMPARE(governance->propose(member1, QStringLiteral("A withdrawn idea"), QStringLiteral("Never mind."), {}),
            QString());
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 20000);
        tx->confirm();
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Done, 30000);
        tx->dismiss();
        QTRY_COMPARE_WITH_TIMEOUT(governance->totalCount(), 9, 30000);
        governance->select(governance->proposals()->index(0).data(app::ProposalListModel::IdRole).toString());
        QTRY_COMPARE(
            governance->selected().value(QStringLiteral("title")).toString(), QStringLiteral("A withdrawn idea"));
        QTRY_VERIFY(governance->selected().value(QStringLiteral("canCancel")).toBool());
        runLifecycle(QStringLiteral("cancelProposalButton"));
        QTRY_COMPARE_WITH_TIMEOUT(governance->selected().value(QStringLiteral("state")).toInt(), 2, 30000);
        QVERIFY(!governance->selected().value(QStringLiteral("canCancel")).toBool());
        QVERIFY(m_app.ui->click(QStringLiteral("proposalBack")));

        // The cache is rebuildable: deleted and read again from the chain; the journal stays.
        auto journalRows = [this] {
            dao::TransactionJournal journal(m_dir.filePath(QStringLiteral("local.sqlite")));
            return journal.open().ok() ? int(journal.entries().value_or({}).size()) : -1;
        };
        const int rowsBefore = journalRows();
        QVERIFY(rowsBefore >= 5);
        QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
        QVERIFY(m_app.ui->click(QStringLiteral("rebuildCacheButton")));
        QVERIFY(app::AppContext::instance()->chainSync()->statusText().startsWith(QStringLiteral("Rebuilding")));
        QTRY_COMPARE_WITH_TIMEOUT(governance->totalCount(), 9, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!app::AppContext::instance()->chainSync()->syncing(), 20000);
        QCOMPARE(proposalIn(7).isEmpty(), false);
        QCOMPARE(journalRows(), rowsBefore);
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));

        // The same DAO added by hand: its node and governor are enough.
        QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
        QVERIFY(m_app.ui->setText(QStringLiteral("addRpcUrls"), chain->rpcUrls().first()));
        QVERIFY(m_app.ui->setText(
            QStringLiteral("addGovernor"), QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3")));
        QVERIFY(m_app.ui->scrollTo(QStringLiteral("addNetworkButton"))); // Settings scrolls
        QVERIFY(m_app.ui->click(QStringLiteral("addNetworkButton")));
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_app.ui->find(QStringLiteral("addNetworkError"))->property("text").toString().isEmpty(), 20000);
        QVERIFY(m_app.ui->find(QStringLiteral("addNetworkError"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("not a Governor")));
        QTest::qWait(200);
        m_app.ui->screenshot(QStringLiteral("settings-add-dao-error"));
        const QString governor = chain->governorAddress();
        QVERIFY(m_app.ui->setText(QStringLiteral("addGovernor"), governor));
        QVERIFY(m_app.ui->click(QStringLiteral("addNetworkButton")));
        QTRY_VERIFY_WITH_TIMEOUT(chain->profileName() == QLatin1String("DataDAO Governor"), 20000);
        QVERIFY(chain->profilePath().contains(QStringLiteral("/profiles/31337-")));
        QCOMPARE(chain->tokenAddress(), QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3"));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("settings-add-dao-done"));
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));

        QProcess down;
        down.start(QStringLiteral(DD_CLI),
            {QStringLiteral("devnet"), QStringLiteral("down"), QStringLiteral("--dir"),
                m_files.filePath(QStringLiteral("devnet"))});
        QVERIFY(down.waitForFinished(30000));
        // With the node gone, the window says so instead of showing stale numbers as live.
        QTRY_VERIFY_WITH_TIMEOUT(!chain->connected(), 30000);
        QVERIFY(chain->statusText().contains(QStringLiteral("does not answer")));
    }

    // The "done when": a folder (a CSV and an image) dropped on the window is inspected,
    // described, content-addressed, uploaded and registered by one account; another account
    // finds it by search, buys access and downloads it with every block verified; the CIDs are
    // the reference importer's.
    void contributeFindBuyDownload()
    {
        const QString net = m_files.filePath(QStringLiteral("devnet-datasets"));
        auto cleanup = qScopeGuard([&] { stopDevnet(net); });
        openNewDevnet(net);
        if (QTest::currentTestFailed())
            return;
        auto *contribute = app::AppContext::instance()->contributeController();
        auto *catalog = app::AppContext::instance()->catalogController();
        auto *tx = app::AppContext::instance()->transactionController();

        QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("contributeDropZone"))->isVisible());
        QTest::qWait(200);
        m_app.ui->screenshot(QStringLiteral("contribute-01-drop-zone"));

        // The folder: a table with an empty value and a real 1x1 PNG.
        const QString folder = m_files.filePath(QStringLiteral("weather-stations"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/images")));
        {
            QFile csv(folder + QStringLiteral("/stations.csv"));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("station,temp,day\nAlpine,1.5,2024-01-01\nBay,12.25,2024-01-02\nCoast,,2024-01-03\n");
            QFile png(folder + QStringLiteral("/images/pixel.png"));
            QVERIFY(png.open(QIODevice::WriteOnly));
            png.write(QByteArray::fromBase64(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"));
        }
        m_app.ui->dropFile(QUrl::fromLocalFile(folder));
        QTRY_COMPARE_WITH_TIMEOUT(contribute->stage(), app::ContributeController::Stage::Review, 20000);
        const QVariantList files = contribute->report().value(QStringLiteral("files")).toList();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0).toMap().value(QStringLiteral("format")).toString(), QStringLiteral("png"));
        QCOMPARE(files.at(1).toMap().value(QStringLiteral("table")).toMap().value(QStringLiteral("rows")).toInt(), 3);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("contribute-02-inspection-report"));

        // The form: prefilled title, then what the contributor adds; member 1 (the "Hot key") stakes.
        QCOMPARE(m_app.ui->find(QStringLiteral("contributeTitle"))->property("text").toString(),
            QStringLiteral("Weather stations"));
        QVERIFY(m_app.ui->setText(QStringLiteral("contributeKeywords"), QStringLiteral("weather, climate")));
        QVERIFY(m_app.ui->setText(QStringLiteral("contributePrice"), QStringLiteral("40")));
        const QString member1 = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        const QString member2 = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        m_app.chooseAccount(QStringLiteral("contributeAccount"), member1);

        // A remote pinning service too: the Pinning Service API's recorded answers served
        // locally (tests/support/pinning_service.py). Its token is sealed with member 1's key.
        const QByteArray token = "e2e-secret-token-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString pinLog = m_files.filePath(QStringLiteral("pinning-requests.log"));
        QProcess pinningService;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PINNING_SERVICE_TOKEN"), QString::fromLatin1(token));
        pinningService.setProcessEnvironment(env);
        pinningService.start(QStringLiteral("python3"),
            {QStringLiteral(DD_SOURCE_DIR "/tests/support/pinning_service.py"), QStringLiteral("--fixtures"),
                QStringLiteral(DD_SOURCE_DIR "/tests/fixtures/pinning"), QStringLiteral("--log"), pinLog});
        QVERIFY(pinningService.waitForReadyRead(10000));
        const QString pinUrl = QString::fromUtf8(pinningService.readLine()).trimmed();
        QVERIFY2(pinUrl.startsWith(QStringLiteral("http://")), qPrintable(pinUrl));
        auto stopPinning = qScopeGuard([&] {
            pinningService.kill();
            pinningService.waitForFinished(5000);
            app::AppContext::instance()->pinningController()->remove();
        });
        QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("pinningSave"))->isVisible());
        QVERIFY(m_app.ui->scrollTo(QStringLiteral("pinningSave")));
        QVERIFY(m_app.ui->setText(QStringLiteral("pinningEndpoint"), pinUrl));
        QVERIFY(m_app.ui->setText(QStringLiteral("pinningToken"), QString::fromLatin1(token)));
        m_app.chooseAccount(QStringLiteral("pinningAccount"), member1);
        QVERIFY(m_app.ui->click(QStringLiteral("pinningSave")));
        QTRY_VERIFY(app::AppContext::instance()->pinningController()->configured());
        QCOMPARE(m_app.noticeText(QStringLiteral("pinningError")), QString());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("settings-pinning-service"));
        QFile pinningFile(m_dir.filePath(QStringLiteral("pinning.json")));
        QVERIFY(pinningFile.open(QIODevice::ReadOnly));
        const QByteArray stored = pinningFile.readAll();
        QVERIFY(stored.contains("sealedToken"));
        QVERIFY(!stored.contains(token)); // sealed, never in the clear
        QCOMPARE(pinningFile.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        {
            // The next start reads pinning.json back, off the GUI thread, and finds the service.
            app::PinningController reread(
                app::AppContext::instance()->executor(), app::AppContext::instance()->wallet(), pinningFile.fileName());
            QVERIFY(!reread.configured());
            QTRY_VERIFY(reread.configured());
            QCOMPARE(reread.endpoint(), app::AppContext::instance()->pinningController()->endpoint());
            QCOMPARE(reread.account(), member1);
            QVERIFY(reread.client().ok()); // the token unseals with member 1's key
        }
        QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("publishDataset"))->isVisible());

        QVERIFY(m_app.ui->setText(QStringLiteral("contributeStake"), QStringLiteral("lots")));
        QVERIFY(m_app.ui->click(QStringLiteral("publishDataset")));
        QTRY_VERIFY(m_app.noticeText(QStringLiteral("contributeError")).contains(QStringLiteral("Stake")));
        QVERIFY(m_app.ui->setText(QStringLiteral("contributeStake"), QStringLiteral("100")));
        QVERIFY(m_app.ui->click(QStringLiteral("publishDataset")));
        // Hashing and upload run by themselves; registration asks the sheet twice (approve, submit).
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 60000);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("contribute-03-progress-and-approve-sheet"));
        QVERIFY2(tx->summary().contains(QStringLiteral("Allow the dataset registry")), qPrintable(tx->summary()));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_VERIFY_WITH_TIMEOUT(
            tx->stage() == Stage::Review && tx->summary().contains(QStringLiteral("Register")), 60000);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("contribute-04-register-sheet"));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_COMPARE_WITH_TIMEOUT(contribute->stage(), app::ContributeController::Stage::Done, 60000);
        QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
        const QVariantMap result = contribute->result();
        QCOMPARE(result.value(QStringLiteral("id")).toInt(), 1);
        // Both CIDs pinned by the remote service (queued, pinning, pinned), beside registration.
        auto pinStep = [&] {
            for (const QVariant &step : contribute->steps())
                if (step.toMap().value(QStringLiteral("key")) == QLatin1String("pin"))
                    return step.toMap();
            return QVariantMap();
        };
        QTRY_COMPARE_WITH_TIMEOUT(pinStep().value(QStringLiteral("state")).toString(), QStringLiteral("done"), 30000);
        QFile requests(pinLog);
        QVERIFY(requests.open(QIODevice::ReadOnly));
        const QByteArray sent = requests.readAll();
        for (const char *key : {"contentCid", "metadataCid"})
            QVERIFY2(sent.contains(result.value(QLatin1String(key)).toString().toUtf8()), key);
        QVERIFY(!sent.contains("\"bearer\": false"));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("contribute-05-result"));
        // The CID is the reference importer's (ipfs-unixfs-importer, unixfs-v1-2025).
        QProcess reference;
        reference.setWorkingDirectory(QStringLiteral(DD_SOURCE_DIR "/scripts"));
        reference.start(QStringLiteral("node"), {QStringLiteral("ipfs_import.mjs"), folder});
        QVERIFY(reference.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(reference.readAllStandardOutput()).trimmed(),
            result.value(QStringLiteral("contentCid")).toString());

        // Its page, once the catalog has read the registry event and the verified metadata file.
        QVERIFY(m_app.ui->click(QStringLiteral("openPublished")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("datasetView"))
            && m_app.ui->item(QStringLiteral("datasetView"))->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(
            catalog->selected().value(QStringLiteral("title")).toString(), QStringLiteral("Weather stations"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            catalog->preview().value(QStringLiteral("state")).toString(), QStringLiteral("ready"), 30000);
        QCOMPARE(catalog->preview().value(QStringLiteral("rows")).toList().size(), 3);
        QVERIFY(catalog->hasAccess(member1)); // the contributor
        // The page opens as the wallet's account that holds access: the contributor downloads,
        // and is not offered to pay for their own data.
        QTRY_COMPARE(m_app.ui->find(QStringLiteral("datasetAccount"))->property("currentValue").toString(), member1);
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("downloadDataset"))->isVisible());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("datasets-02-dataset-page"));

        // A second app instance, another member's machine, runs beside this one: a process of
        // its own (this test program, as tst_secondinstance.cpp) with a data folder of its own
        // (keys, cache, block store) holding member 2's key alone, on the same DAO. It knows
        // the dataset only from the chain and the storage node; it finds it, buys access and
        // downloads it. This app stays open on the dataset's page all the while.
        QProcess second;
        QProcessEnvironment secondEnv = QProcessEnvironment::systemEnvironment();
        secondEnv.insert(QStringLiteral("DD_E2E_INSTANCE"), QStringLiteral("second"));
        secondEnv.insert(QStringLiteral("DD_E2E_DATA_DIR"), m_files.filePath(QStringLiteral("second-instance")));
        secondEnv.insert(QStringLiteral("DD_E2E_PROFILE"), QDir(net).filePath(QStringLiteral("devnet.json")));
        secondEnv.insert(
            QStringLiteral("DD_E2E_KEYSTORE"), m_files.filePath(QStringLiteral("UTC--2026-11-25--keystore.json")));
        secondEnv.insert(QStringLiteral("DD_E2E_PUBLISHED"), folder);
        secondEnv.insert(QStringLiteral("DD_E2E_DOWNLOADS"), m_files.filePath(QStringLiteral("downloads")));
        secondEnv.remove(QStringLiteral("DD_NOTIFY_COMMAND")); // this app's notifications alone are counted
        second.setProcessEnvironment(secondEnv);
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(second.waitForStarted(10000));
        auto stopSecond = qScopeGuard([&] {
            second.kill();
            second.waitForFinished(5000);
        });
        // Waiting keeps this window's event loop running: it stays live and syncs meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(second.state() == QProcess::NotRunning, 300000);
        const QByteArray secondLog = second.readAll();
        QVERIFY2(second.exitStatus() == QProcess::NormalExit && second.exitCode() == 0, secondLog.constData());
        QVERIFY2(secondLog.contains("PASS   : TestSecondInstance::findBuyDownload()"), secondLog.constData());
        QVERIFY(m_app.ui->item(QStringLiteral("datasetView"))->isVisible());

        // The contributor's app, open all along, sees the sale on its own: member 2 now holds
        // access, and the page counts one purchase.
        QTRY_VERIFY_WITH_TIMEOUT(catalog->hasAccess(member2), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(catalog->selected().value(QStringLiteral("purchases")).toLongLong(), 1, 30000);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("datasets-06-contributor-sees-the-sale"));

        // More from this contributor: the list narrows to their datasets, with a way back to all;
        // filters that exclude everything say so, and differently from an empty catalog.
        QVERIFY(m_app.ui->click(QStringLiteral("moreFromContributor")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("datasetList"))
            && m_app.ui->item(QStringLiteral("datasetList"))->isVisible());
        QCOMPARE(catalog->contributor(), member1);
        QTRY_COMPARE(catalog->entries().size(), 1);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("datasets-07-by-contributor"));
        QVERIFY(m_app.ui->choose(QStringLiteral("datasetSize"), 4)); // over 1 GB
        QTRY_COMPARE(catalog->entries().size(), 0);
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("datasetsEmpty"))->isVisible());
        QCOMPARE(m_app.ui->find(QStringLiteral("datasetsEmpty"))->property("title").toString(),
            QStringLiteral("No dataset matches"));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("datasets-08-filters-match-nothing"));
        QVERIFY(m_app.ui->choose(QStringLiteral("datasetSize"), 1)); // under 1 MB: its 147 bytes
        QTRY_COMPARE(catalog->entries().size(), 1);
        QVERIFY(m_app.ui->click(QStringLiteral("clearContributorFilter")));
        QTRY_VERIFY(catalog->contributor().isEmpty());
        QVERIFY(m_app.ui->choose(QStringLiteral("datasetSize"), 0));
        QVERIFY(!catalog->filtered());
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
    }

    void renameChangePasswordRemove()
    {
        const QString address = m_app.account(1).value(QStringLiteral("address")).toString();
        QObject *card = accountCard(address);
        QVERIFY(m_app.ui->click(QStringLiteral("accountMenuButton"), card));
        QTRY_VERIFY(
            m_app.ui->item(QStringLiteral("menuRename")) && m_app.ui->item(QStringLiteral("menuRename"))->isVisible());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-12-account-menu"));
        QVERIFY(m_app.ui->click(QStringLiteral("menuRename")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("renameDialog")));
        QVERIFY(m_app.ui->setText(QStringLiteral("renameField"), QStringLiteral("Trading")));
        m_app.ui->screenshot(QStringLiteral("wallet-13-rename"));
        QVERIFY(m_app.ui->click(QStringLiteral("renameDialogAccept")));
        QTRY_COMPARE(m_app.account(1).value(QStringLiteral("name")).toString(), QStringLiteral("Trading"));

        // The rename rebuilds the list's cards (and the chain refresh that follows may too): click
        // until the menu of the current card opens.
        auto menuOpens = [&] {
            if (!m_app.ui->click(QStringLiteral("accountMenuButton"), accountCard(address)))
                return false;
            QTest::qWait(150);
            return m_app.ui->item(QStringLiteral("menuPassword"))
                && m_app.ui->item(QStringLiteral("menuPassword"))->isVisible();
        };
        QTRY_VERIFY(menuOpens());
        QVERIFY(m_app.ui->click(QStringLiteral("menuPassword")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("passwordDialog")));
        QVERIFY(m_app.ui->setText(QStringLiteral("oldPassword"), QStringLiteral("another password")));
        QVERIFY(m_app.ui->setText(QStringLiteral("newPassword"), QStringLiteral("short")));
        QVERIFY(m_app.ui->setText(QStringLiteral("repeatPassword"), QStringLiteral("short")));
        QVERIFY(m_app.ui->click(QStringLiteral("passwordDialogAccept")));
        QTRY_VERIFY(m_app.noticeText(QStringLiteral("passwordDialogError")).contains(QStringLiteral("at least 8")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-14-change-password-error"));
        QVERIFY(m_app.ui->setText(QStringLiteral("newPassword"), QStringLiteral("a better password")));
        QVERIFY(m_app.ui->setText(QStringLiteral("repeatPassword"), QStringLiteral("a better password")));
        QVERIFY(m_app.ui->click(QStringLiteral("passwordDialogAccept")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_app.dialogOpen(QStringLiteral("passwordDialog")), 30000);

        card = accountCard(address);
        QVERIFY(m_app.ui->click(QStringLiteral("accountMenuButton"), card));
        QTRY_VERIFY(
            m_app.ui->item(QStringLiteral("menuRemove")) && m_app.ui->item(QStringLiteral("menuRemove"))->isVisible());
        QVERIFY(m_app.ui->click(QStringLiteral("menuRemove")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("removeDialog")));
        QVERIFY(!m_app.ui->item(QStringLiteral("removeDialogAccept"))->isEnabled());
        QVERIFY(m_app.ui->click(QStringLiteral("removeConfirm")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-15-remove-confirm"));
        QVERIFY(m_app.ui->click(QStringLiteral("removeDialogAccept")));
        QTRY_VERIFY(m_app.accountCount() == 2);
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-16-after-remove"));
    }

    void darkThemeAndGerman()
    {
        QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
        QVERIFY(m_app.ui->scrollTo(QStringLiteral("themeDark"))); // Settings scrolls
        QVERIFY(m_app.ui->click(QStringLiteral("themeDark")));
        QTRY_VERIFY(app::AppContext::instance()->settings()->darkTheme());
        app::AppContext::instance()->settings()->setLanguage(QStringLiteral("de"));
        QTest::qWait(200);
        m_app.ui->screenshot(QStringLiteral("settings-dark-de"));
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
        QTRY_COMPARE(m_app.ui->find(QStringLiteral("lockAllButton"))->property("text").toString(),
            QStringLiteral("Alle sperren"));
        QTest::qWait(200);
        m_app.ui->screenshot(QStringLiteral("wallet-17-dark-german"));
        QVERIFY(m_app.ui->click(QStringLiteral("importButton")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("wallet-18-import-dark-german"));
        QVERIFY(m_app.ui->click(QStringLiteral("importCancel")));
        app::AppContext::instance()->settings()->setLanguage(QStringLiteral("en"));
        app::AppContext::instance()->settings()->setDarkTheme(false);
    }

    // Last, since it restarts the app: a publication the app's end interrupted (closed while the register step waited
    // for its sheet) is offered again after the restart; continued, it registers once, without hashing or uploading
    // again. Restarted once more with the record of a registration that had landed (a crash after sending), it sends
    // nothing and finds the dataset.
    void publicationSurvivesARestart()
    {
        const QString net = m_files.filePath(QStringLiteral("devnet-restart"));
        auto cleanup = qScopeGuard([&] { stopDevnet(net); });
        openNewDevnet(net);
        if (QTest::currentTestFailed())
            return;
        auto *chain = app::AppContext::instance()->chainController();
        // Member 2 (the imported keystore, funded on the devnet; member 1 was removed above).
        const QString member2 = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

        const QString folder = m_files.filePath(QStringLiteral("river-levels"));
        QVERIFY(QDir().mkpath(folder));
        {
            QFile csv(folder + QStringLiteral("/levels.csv"));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("gauge,level_cm\nUpper,112\nLower,87\n");
        }
        QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
        auto *contribute = app::AppContext::instance()->contributeController();
        contribute->reset();
        m_app.ui->dropFile(QUrl::fromLocalFile(folder));
        QTRY_COMPARE_WITH_TIMEOUT(contribute->stage(), app::ContributeController::Stage::Review, 20000);
        for (int i = 0; i < m_app.accountCount(); ++i)
            if (m_app.account(i).value(QStringLiteral("address")).toString() == member2)
                m_app.ui->find(QStringLiteral("contributeAccount"))->setProperty("currentIndex", i);
        QVERIFY(m_app.ui->click(QStringLiteral("publishDataset")));
        auto *tx = app::AppContext::instance()->transactionController();
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 60000); // the approve sheet
        const QString record = m_dir.filePath(QStringLiteral("contributions/pending.json"));
        QFile recorded(record);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        const QByteArray registering = recorded.readAll();
        recorded.close();
        QVERIFY(registering.contains("\"stage\": \"registering\""));

        // The app ends with the sheet open; it starts again on the same data folder.
        m_app.stop();
        startApp(true);
        contribute = app::AppContext::instance()->contributeController();
        tx = app::AppContext::instance()->transactionController();
        QTRY_COMPARE(contribute->stage(), app::ContributeController::Stage::Interrupted); // read off the GUI thread
        QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("contributeInterrupted"))->isVisible());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("contribute-06-interrupted"));
        chain = app::AppContext::instance()->chainController();
        QTRY_VERIFY_WITH_TIMEOUT(chain->connected(), 20000);
        app::AppContext::instance()->walletController()->unlock(member2, QStringLiteral("file-pass"));
        for (int i = 0; i < m_app.accountCount(); ++i)
            if (m_app.account(i).value(QStringLiteral("address")).toString() == member2)
                QTRY_VERIFY_WITH_TIMEOUT(m_app.account(i).value(QStringLiteral("unlocked")).toBool(), 30000);
        QVERIFY(m_app.ui->click(QStringLiteral("resumePublish")));
        QTRY_VERIFY_WITH_TIMEOUT(
            tx->stage() == Stage::Review && tx->summary().contains(QStringLiteral("Allow the dataset registry")),
            60000);
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_VERIFY2_WITH_TIMEOUT(tx->stage() == Stage::Review && tx->summary().contains(QStringLiteral("Register")),
            qPrintable(QString::fromLatin1(QMetaEnum::fromType<Stage>().valueToKey(int(tx->stage()))) + QLatin1Char(' ')
                + tx->message() + QLatin1Char(' ') + tx->warning()),
            60000);
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_COMPARE_WITH_TIMEOUT(contribute->stage(), app::ContributeController::Stage::Done, 60000);
        QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
        QCOMPARE(contribute->result().value(QStringLiteral("id")).toInt(), 1);
        QVERIFY(!QFile::exists(record)); // registered: nothing is left to continue

        // A crash right after the submit was sent leaves this record behind: continuing it finds
        // the dataset registered and sends nothing.
        QVERIFY(recorded.open(QIODevice::WriteOnly));
        recorded.write(registering);
        recorded.close();
        m_app.stop();
        startApp(true);
        contribute = app::AppContext::instance()->contributeController();
        QTRY_COMPARE(contribute->stage(), app::ContributeController::Stage::Interrupted);
        chain = app::AppContext::instance()->chainController();
        QTRY_VERIFY_WITH_TIMEOUT(chain->connected(), 20000);
        QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
        QTRY_VERIFY(m_app.ui->item(QStringLiteral("resumePublish"))->isVisible());
        QVERIFY(m_app.ui->click(QStringLiteral("resumePublish")));
        QTRY_COMPARE_WITH_TIMEOUT(contribute->stage(), app::ContributeController::Stage::Done, 30000);
        QCOMPARE(contribute->result().value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(app::AppContext::instance()->transactionController()->stage(), Stage::Idle);
        QVERIFY(!QFile::exists(record));
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("contribute-07-registered-already"));
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
    }

    // The demo catalog the first command opens (devnet up --demo-datasets): every dataset with its
    // verified metadata, each status, and a rejection's reason in words.
    void demoCatalog()
    {
        const QString net = m_files.filePath(QStringLiteral("devnet-demo"));
        auto cleanup = qScopeGuard([&] { stopDevnet(net); });
        openNewDevnet(net, {QStringLiteral("--demo-datasets")});
        if (QTest::currentTestFailed())
            return;
        auto *catalog = app::AppContext::instance()->catalogController();
        QVERIFY(m_app.ui->click(QStringLiteral("nav_datasets")));
        QTRY_COMPARE_WITH_TIMEOUT(catalog->entries().size(), 4, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const QVariant &e : catalog->entries())
                    if (!e.toMap().value(QStringLiteral("metadataNote")).toString().isEmpty())
                        return false;
                return true;
            }(),
            30000);
        // The DAO's name in the subtitle changed while the page was hidden: the search field
        // sits below the header, not over it.
        QQuickItem *search = m_app.ui->item(QStringLiteral("datasetSearch"));
        QVERIFY(search);
        QQuickItem *header = search->parentItem()->childItems().first();
        QTRY_VERIFY(header->height() > 40); // the title and the subtitle, once the layout has run
        QTRY_VERIFY(search->mapToScene({0, 0}).y() >= header->mapToScene({0, header->height()}).y());
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("datasets-09-demo-catalog"));
        QVERIFY(m_app.ui->choose(QStringLiteral("datasetStatus"), 3)); // rejected
        QTRY_COMPARE(catalog->entries().size(), 1);
        QVERIFY(m_app.ui->click(QStringLiteral("dataset_4")));
        QTRY_COMPARE(catalog->selected().value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QVERIFY(catalog->selected()
                    .value(QStringLiteral("reviewReason"))
                    .toString()
                    .contains(QStringLiteral("anonymised")));
        QTRY_VERIFY(!m_app.ui->item(QStringLiteral("buyAccess"))->isVisible()); // the registry sells it no access
        QTest::qWait(300);
        m_app.ui->screenshot(QStringLiteral("datasets-10-demo-rejected-with-reason"));
        QVERIFY(m_app.ui->click(QStringLiteral("datasetBack")));
        QVERIFY(m_app.ui->choose(QStringLiteral("datasetStatus"), 0));
        QTRY_COMPARE(catalog->entries().size(), 4);
        QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
    }

    void cleanupTestCase()
    {
        // Stop the devnet even when a test above failed before its own `devnet down`.
        QProcess::execute(QStringLiteral(DD_CLI),
            {QStringLiteral("devnet"), QStringLiteral("down"), QStringLiteral("--dir"),
                m_files.filePath(QStringLiteral("devnet"))});
        m_app.stop();
    }
};

std::unique_ptr<QObject> makeWalletUiTest()
{
    return std::make_unique<TestWalletUi>();
}

#include "tst_walletui.moc"
