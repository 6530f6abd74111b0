// The wallet: created with a backup check, imported from a phrase, a private key and a keystore
// file, locked and unlocked, renamed, re-encrypted and removed; the keystore files on disk.

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

void MemberJourney::createWalletWithBackupCheck()
{
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("walletEmpty"))->isVisible());
    m_app.ui->screenshot(QStringLiteral("wallet-01-empty"));

    QVERIFY(m_app.ui->click(QStringLiteral("emptyCreateButton")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("createDialog")));
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
    QTRY_VERIFY(m_app.noticeText(QStringLiteral("createError")).contains(QString::number(challenge[1].toInt() + 1)));
    QCOMPARE(dialog->property("step").toInt(), 2);
    m_app.ui->screenshot(QStringLiteral("wallet-04-create-verify-error"));
    QVERIFY(m_app.ui->setText(QStringLiteral("challenge1"), QStringLiteral(" %1 ").arg(words[challenge[1].toInt()])));
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
    m_app.ui->screenshot(QStringLiteral("wallet-06-one-account"));
}

void MemberJourney::keystoreOnDiskIsValid()
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
    QFile keystore(m_dir.filePath(QStringLiteral("keystore/") + entry.value(QLatin1String("keystoreFile")).toString()));
    QVERIFY(keystore.open(QIODevice::ReadOnly));
    QCOMPARE(keystore.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
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

void MemberJourney::lockAndUnlockWithWrongPassword()
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

void MemberJourney::importPhraseWithBadWordThenPrivateKey()
{
    QVERIFY(m_app.ui->click(QStringLiteral("importButton")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
    QVERIFY(m_app.ui->setText(
        QStringLiteral("importPhrase"), QStringLiteral("test test test test test test test test test test tset junk")));
    QVERIFY(m_app.ui->setText(QStringLiteral("importPassword"), QStringLiteral("another password")));
    QVERIFY(m_app.ui->setText(QStringLiteral("importRepeat"), QStringLiteral("another password")));
    QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
    QTRY_VERIFY(m_app.noticeText(QStringLiteral("importError")).contains(QStringLiteral("Word 11, \"tset\"")));
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

void MemberJourney::dropKeystoreFile()
{
    // A keystore written by another tool (geth's format, scrypt n=2^13 like cast's).
    const auto key
        = crypto::PrivateKey::fromHex(u"0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a").value();
    const QByteArray json
        = crypto::keystore::encrypt(key.bytes(), QStringLiteral("file-pass"), key.address(), {8192, 8, 1}).value();
    const QString path = m_files.filePath(QStringLiteral("UTC--2026-11-25--keystore.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    m_app.ui->dropFile(QUrl::fromLocalFile(path));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
    QCOMPARE(m_app.ui->object(QStringLiteral("importTabs"))->property("currentIndex").toInt(), 2);
    QVERIFY(m_app.ui->setText(QStringLiteral("importFilePassword"), QStringLiteral("wrong")));
    QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app.noticeText(QStringLiteral("importError")).contains(QStringLiteral("Wrong password")), 30000);
    QCOMPARE(m_app.accountCount(), 2);
    m_app.ui->screenshot(QStringLiteral("wallet-10-import-keystore-wrong-password"));
    QVERIFY(m_app.ui->setText(QStringLiteral("importFilePassword"), QStringLiteral("file-pass")));
    QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
    QTRY_VERIFY_WITH_TIMEOUT(m_app.accountCount() == 3, 30000);
    QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("importDialog")));
    QCOMPARE(m_app.account(2).value(QStringLiteral("address")).toString(), key.address().toChecksumString());
}

void MemberJourney::dropUnreadableFile()
{
    // Dropped, a file that vanished is not a keystore: Contribute says what happened.
    const QString missing = m_files.filePath(QStringLiteral("vanished.json"));
    m_app.ui->dropFile(QUrl::fromLocalFile(missing));
    auto *contribute = m_app.context->contributeController();
    QTRY_COMPARE(contribute->stage(), app::ContributeController::Stage::Failed);
    QVERIFY(contribute->error().contains(QStringLiteral("does not exist")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("contributeFailure"))->isVisible());
    m_app.ui->screenshot(QStringLiteral("contribute-00-vanished-file"));
    contribute->reset();
    // Chosen in the import dialog, it is named as unreadable there.
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
    QVERIFY(m_app.ui->click(QStringLiteral("importButton")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
    QVERIFY(m_app.ui->click(QStringLiteral("tabKeystore")));
    m_app.ui->object(QStringLiteral("importDialog"))->setProperty("keystoreUrl", QUrl::fromLocalFile(missing));
    QVERIFY(m_app.ui->setText(QStringLiteral("importFilePassword"), QStringLiteral("whatever")));
    QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
    QTRY_VERIFY(m_app.noticeText(QStringLiteral("importError")).contains(QStringLiteral("Cannot read vanished.json")));
    m_app.ui->screenshot(QStringLiteral("wallet-11-import-unreadable-file"));

    const QString notKeystore = m_files.filePath(QStringLiteral("notes.txt"));
    QFile file(notKeystore);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("shopping list");
    file.close();
    m_app.ui->object(QStringLiteral("importDialog"))->setProperty("keystoreUrl", QUrl::fromLocalFile(notKeystore));
    QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_app.noticeText(QStringLiteral("importError")).contains(QStringLiteral("not a keystore")), 10000);
    QVERIFY(m_app.ui->click(QStringLiteral("importCancel")));
    QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("importDialog")));
    QCOMPARE(m_app.accountCount(), 3);
}

void MemberJourney::renameChangePasswordRemove()
{
    const QString address = m_app.account(1).value(QStringLiteral("address")).toString();
    QObject *card = accountCard(address);
    QVERIFY(m_app.ui->click(QStringLiteral("accountMenuButton"), card));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("menuRename"))->isVisible());
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
        return QTest::qWaitFor([&] { return m_app.ui->element(QStringLiteral("menuPassword"))->isVisible(); }, 500);
    };
    QVERIFY(QTest::qWaitFor(menuOpens)); // once: QTRY_VERIFY evaluates again after success
    QVERIFY(m_app.ui->click(QStringLiteral("menuPassword")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("passwordDialog")));
    QVERIFY(m_app.ui->setText(QStringLiteral("oldPassword"), QStringLiteral("another password")));
    QVERIFY(m_app.ui->setText(QStringLiteral("newPassword"), QStringLiteral("short")));
    QVERIFY(m_app.ui->setText(QStringLiteral("repeatPassword"), QStringLiteral("short")));
    QVERIFY(m_app.ui->click(QStringLiteral("passwordDialogAccept")));
    QTRY_VERIFY(m_app.noticeText(QStringLiteral("passwordDialogError")).contains(QStringLiteral("at least 8")));
    m_app.ui->screenshot(QStringLiteral("wallet-14-change-password-error"));
    QVERIFY(m_app.ui->setText(QStringLiteral("newPassword"), QStringLiteral("a better password")));
    QVERIFY(m_app.ui->setText(QStringLiteral("repeatPassword"), QStringLiteral("a better password")));
    QVERIFY(m_app.ui->click(QStringLiteral("passwordDialogAccept")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_app.dialogOpen(QStringLiteral("passwordDialog")), 30000);

    card = accountCard(address);
    QVERIFY(m_app.ui->click(QStringLiteral("accountMenuButton"), card));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("menuRemove"))->isVisible());
    QVERIFY(m_app.ui->click(QStringLiteral("menuRemove")));
    QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("removeDialog")));
    QVERIFY(!m_app.ui->element(QStringLiteral("removeDialogAccept"))->isEnabled());
    QVERIFY(m_app.ui->click(QStringLiteral("removeConfirm")));
    m_app.ui->screenshot(QStringLiteral("wallet-15-remove-confirm"));
    QVERIFY(m_app.ui->click(QStringLiteral("removeDialogAccept")));
    QTRY_VERIFY(m_app.accountCount() == 2);
    m_app.ui->screenshot(QStringLiteral("wallet-16-after-remove"));
}

} // namespace dd::test
