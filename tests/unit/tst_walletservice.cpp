#include "testregistry.h"

#include "common/hex.h"
#include "crypto/keystore.h"
#include "dao/walletservice.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::dao;

namespace {

const QString devMnemonic = QStringLiteral("test test test test test test test test test test test junk");
const QString password = QStringLiteral("password123");

template <typename T> T await(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

} // namespace

class TestWalletService : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    dd::Executor m_executor;
    std::unique_ptr<WalletService> m_wallet;

    QString keystoreDir() const { return m_dir->filePath(QStringLiteral("keystore")); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_wallet = std::make_unique<WalletService>(m_executor, keystoreDir());
        m_wallet->setScryptParams({1024, 8, 1}); // fast for tests; the app uses n=2^18
    }
    void cleanup()
    {
        m_executor.waitForIdle(); // its tasks use the service
        m_wallet.reset();
        m_dir.reset();
    }

    void createFromMnemonicDerivesWellKnownAccounts()
    {
        auto created = await(m_wallet->createFromMnemonic(devMnemonic, QString(), password, QStringLiteral("Main")));
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QCOMPARE(
            created.value().address.toChecksumString(), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(created.value().derivationPath(), QStringLiteral("m/44'/60'/0'/0/0"));
        QVERIFY(m_wallet->isUnlocked(created.value().address));

        auto second = await(m_wallet->deriveNextAccount(created.value().vaultId, password, QString()));
        QVERIFY2(second.ok(), qPrintable(second.message()));
        QCOMPARE(
            second.value().address.toChecksumString(), QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        QCOMPARE(second.value().name, QStringLiteral("Account 2"));
        QCOMPARE(m_wallet->accounts().size(), 2);

        // The keystore files are readable by the owner only and open with the password.
        const QFileInfo file(keystoreDir() + u'/' + created.value().keystoreFile);
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile f(file.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(!json.contains("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
        QCOMPARE(toHex(crypto::keystore::decrypt(json, password).value().view(), false),
            QStringLiteral("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));

        // A second service on the same folder sees the same accounts (nothing kept in memory only).
        WalletService reopened(m_executor, keystoreDir());
        QCOMPARE(reopened.accounts().size(), 2);
        QCOMPARE(reopened.accounts().first().name, QStringLiteral("Main"));
        QVERIFY(!reopened.isUnlocked(created.value().address));
    }
    void vaultWithWrongPassword()
    {
        auto created = await(m_wallet->createFromMnemonic(devMnemonic, QString(), password, QString()));
        QVERIFY(created.ok());
        auto second
            = await(m_wallet->deriveNextAccount(created.value().vaultId, QStringLiteral("nope-nope"), QString()));
        QCOMPARE(second.code(), ErrorCode::WrongPassword);
        QCOMPARE(m_wallet->accounts().size(), 1);
    }
    void sameMnemonicTwiceIsRefused()
    {
        QVERIFY(await(m_wallet->createFromMnemonic(devMnemonic, QString(), password, QString())).ok());
        auto again = await(m_wallet->createFromMnemonic(devMnemonic, QString(), password, QString()));
        QVERIFY(!again.ok());
        QVERIFY(again.message().contains(QStringLiteral("already in the wallet")));
    }
    void invalidMnemonicAndShortPassword()
    {
        auto badWord = await(
            m_wallet->createFromMnemonic(QStringLiteral("test test test test test test test test test test test junkk"),
                QString(), password, QString()));
        QVERIFY(badWord.message().contains(QStringLiteral("\"junkk\"")));
        auto shortPassword
            = await(m_wallet->createFromMnemonic(devMnemonic, QString(), QStringLiteral("short"), QString()));
        QVERIFY(shortPassword.message().contains(QStringLiteral("at least 8")));
        QVERIFY(m_wallet->accounts().isEmpty());
        QVERIFY(!QFile::exists(keystoreDir() + QStringLiteral("/accounts.json")));
    }
    void importPrivateKeyThenDuplicate()
    {
        const QString key = QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
        auto imported = await(m_wallet->importPrivateKey(key, password, QStringLiteral("Hot")));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(
            imported.value().address.toChecksumString(), QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        auto duplicate = await(m_wallet->importPrivateKey(key, password, QStringLiteral("Again")));
        QVERIFY(!duplicate.ok());
        QVERIFY(duplicate.message().contains(QStringLiteral("already in this wallet")));
        auto invalid = await(m_wallet->importPrivateKey(QStringLiteral("0x1234"), password, QString()));
        QVERIFY(invalid.message().contains(QStringLiteral("32 bytes")));
    }
    void importKeystoreKeepsTheFileAsItIs()
    {
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        const QByteArray json
            = crypto::keystore::encrypt(key.bytes(), QStringLiteral("their-pass"), std::nullopt, {2048, 8, 1}).value();
        auto wrong = await(m_wallet->importKeystore(json, QStringLiteral("not-theirs"), QString()));
        QCOMPARE(wrong.code(), ErrorCode::WrongPassword);
        QVERIFY(m_wallet->accounts().isEmpty());
        auto imported = await(m_wallet->importKeystore(json, QStringLiteral("their-pass"), QStringLiteral("Cold")));
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(imported.value().address.toChecksumString(), key.address().toChecksumString());
        QFile stored(keystoreDir() + u'/' + imported.value().keystoreFile);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), json);
    }
    void lockUnlockSignAndAutoLock()
    {
        auto created = await(m_wallet->createFromMnemonic(devMnemonic, QString(), password, QString()));
        const crypto::Address a = created.value().address;
        QSignalSpy lockSpy(m_wallet.get(), &WalletService::lockStateChanged);
        m_wallet->lock(a);
        QVERIFY(!m_wallet->isUnlocked(a));
        QCOMPARE(lockSpy.count(), 1);
        auto unsigned_ = await(m_wallet->signPersonalMessage(a, "hello"));
        QVERIFY(unsigned_.message().contains(QStringLiteral("Unlock")));
        QVERIFY(m_wallet->sealingKey(a, "purpose").message().contains(QStringLiteral("Unlock")));

        auto wrong = await(m_wallet->unlock(a, QStringLiteral("wrong-password")));
        QCOMPARE(wrong.code(), ErrorCode::WrongPassword);
        QVERIFY(!m_wallet->isUnlocked(a));
        QVERIFY(await(m_wallet->unlock(a, password)).ok());
        QVERIFY(m_wallet->isUnlocked(a));
        // A sealing key: 32 bytes, its own per purpose, the same after every unlock.
        const auto sealing = m_wallet->sealingKey(a, "purpose");
        QVERIFY(sealing && sealing.value().size() == 32);
        QVERIFY(!(m_wallet->sealingKey(a, "another purpose").value() == sealing.value()));
        m_wallet->lock(a);
        QVERIFY(await(m_wallet->unlock(a, password)).ok());
        QVERIFY(m_wallet->sealingKey(a, "purpose").value() == sealing.value());
        auto signature = await(m_wallet->signPersonalMessage(a, "hello"));
        QVERIFY(signature.ok());
        QCOMPARE(toHex(signature.value()),
            QStringLiteral("0xf16ea9a3478698f695fd1401bfe27e9e4a7e8e3da94aa72b021125e31fa899cc573c48ea3fe1d4ab61a9"
                           "db10c19032026e3ed2dbccba5a178235ac27f94504311c"));

        QSignalSpy autoSpy(m_wallet.get(), &WalletService::autoLocked);
        m_wallet->setAutoLockInterval(std::chrono::milliseconds(200));
        QVERIFY(autoSpy.wait(5000));
        QVERIFY(!m_wallet->isUnlocked(a));
    }
    void changePasswordRenameExportRemove()
    {
        auto created = await(m_wallet->createFromMnemonic(devMnemonic, QString(), password, QString()));
        const crypto::Address a = created.value().address;
        QCOMPARE(
            await(m_wallet->changePassword(a, QStringLiteral("not-it-at-all"), QStringLiteral("new-password"))).code(),
            ErrorCode::WrongPassword);
        QVERIFY(await(m_wallet->changePassword(a, password, QStringLiteral("new-password"))).ok());
        QCOMPARE(await(m_wallet->unlock(a, password)).code(), ErrorCode::WrongPassword);
        QVERIFY(await(m_wallet->unlock(a, QStringLiteral("new-password"))).ok());

        QVERIFY(await(m_wallet->rename(a, QStringLiteral("Savings"))).ok());
        QCOMPARE(m_wallet->accounts().first().name, QStringLiteral("Savings"));
        QVERIFY(!await(m_wallet->rename(a, QStringLiteral("  "))).ok());

        const QString exported = m_dir->filePath(QStringLiteral("export.json"));
        QVERIFY(await(m_wallet->exportKeystore(a, exported)).ok());
        QVERIFY(crypto::keystore::decrypt(
            [&] {
                QFile f(exported);
                f.open(QIODevice::ReadOnly);
                return f.readAll();
            }(),
            QStringLiteral("new-password"))
                    .ok());
        auto again = await(m_wallet->exportKeystore(a, exported));
        QVERIFY(again.message().contains(QStringLiteral("already exists")));
        auto noFolder = await(m_wallet->exportKeystore(a, m_dir->filePath(QStringLiteral("missing/dir/x.json"))));
        QCOMPARE(noFolder.code(), ErrorCode::Io);

        QVERIFY(await(m_wallet->remove(a)).ok());
        QVERIFY(m_wallet->accounts().isEmpty());
        QVERIFY(!m_wallet->isUnlocked(a));
        QVERIFY(!QFile::exists(keystoreDir() + u'/' + created.value().keystoreFile));
    }
    void diskThatRefusesTheWrite()
    {
        // A regular file where the keystore folder should be: every write must fail cleanly.
        QFile blocker(keystoreDir());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
        blocker.close();
        WalletService wallet(m_executor, keystoreDir());
        wallet.setScryptParams({1024, 8, 1});
        auto created = await(wallet.createFromMnemonic(devMnemonic, QString(), password, QString()));
        QVERIFY(!created.ok());
        QCOMPARE(created.code(), ErrorCode::Io);
        QVERIFY2(created.message().contains(QStringLiteral("Cannot")), qPrintable(created.message()));
        QVERIFY(wallet.accounts().isEmpty());
        QFile still(keystoreDir());
        QVERIFY(still.open(QIODevice::ReadOnly));
        QCOMPARE(still.readAll(), QByteArray("not a folder"));
    }
    void corruptAccountListIsNeverOverwritten()
    {
        QVERIFY(await(m_wallet->createFromMnemonic(devMnemonic, QString(), password, QString())).ok());
        QFile list(keystoreDir() + QStringLiteral("/accounts.json"));
        QVERIFY(list.open(QIODevice::WriteOnly | QIODevice::Truncate));
        list.write("{\"accounts\": [");
        list.close();
        WalletService reopened(m_executor, keystoreDir());
        QVERIFY(reopened.loadError().contains(QStringLiteral("corrupt")));
        auto added = await(reopened.importPrivateKey(
            QStringLiteral("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"), password, QString()));
        QVERIFY(!added.ok());
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(list.readAll(), QByteArray("{\"accounts\": ["));
    }
};
DD_REGISTER_TEST(TestWalletService);
#include "tst_walletservice.moc"
