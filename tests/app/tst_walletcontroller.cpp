// WalletController over a real wallet service in a temporary folder (a fast scrypt): each
// operation ends in succeeded() or failed() with its typed Operation, busy while the KDF runs
// off the GUI thread; a wrong password, a bad key and a bad address are said in words; the
// account list shows the key's kind as a typed value.

#include "../unit/testregistry.h"
#include "fakes.h"

#include "wallet/accountlistmodel.h"
#include "wallet/walletcontroller.h"

#include "common/executor.h"
#include "dao/walletservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using Operation = app::WalletController::Operation;

namespace {

// Anvil's second development account.
const char *const kKey = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";
const char *const kAddress = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
const char *const kPassword = "correct horse battery";

} // namespace

class TestWalletController : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;
    std::unique_ptr<app::WalletController> m_controller;

    // Waits for the operation's end: its detail on success, or its message on failure.
    struct Outcome {
        bool ok = false;
        QString text;
    };
    Outcome waitFor(Operation operation)
    {
        QSignalSpy succeeded(m_controller.get(), &app::WalletController::succeeded);
        QSignalSpy failed(m_controller.get(), &app::WalletController::failed);
        auto ended = [&](QSignalSpy &spy) {
            for (const auto &args : spy)
                if (args.at(0).value<Operation>() == operation)
                    return true;
            return false;
        };
        if (!QTest::qWaitFor([&] { return ended(succeeded) || ended(failed); }, 10000))
            return {false, QStringLiteral("(no answer)")};
        QSignalSpy &spy = ended(succeeded) ? succeeded : failed;
        for (const auto &args : spy)
            if (args.at(0).value<Operation>() == operation)
                return {&spy == &succeeded, args.at(1).toString()};
        return {};
    }

    Outcome importKey()
    {
        m_controller->importPrivateKey(QLatin1String(kKey), QLatin1String(kPassword), QStringLiteral("Hot"));
        return waitFor(Operation::Import);
    }

private slots:
    void init()
    {
        m_local = std::make_unique<test::LocalServices>();
        m_controller = std::make_unique<app::WalletController>(m_local->wallet);
    }

    void cleanup()
    {
        m_controller.reset();
        m_local.reset();
    }

    void anImportedKeyIsListedWithItsKind()
    {
        QSignalSpy busy(m_controller.get(), &app::WalletController::busyChanged);
        const Outcome imported = importKey();
        QVERIFY2(imported.ok, qPrintable(imported.text));
        QCOMPARE(imported.text, QLatin1String(kAddress));
        QVERIFY(busy.count() >= 2); // busy while the KDF ran, then not
        QVERIFY(!m_controller->busy());
        app::AccountListModel *accounts = m_controller->accounts();
        QTRY_COMPARE(accounts->rowCount(), 1);
        const QModelIndex row = accounts->index(0);
        QCOMPARE(row.data(app::AccountListModel::AddressRole).toString(), QLatin1String(kAddress));
        QCOMPARE(row.data(app::AccountListModel::NameRole).toString(), QStringLiteral("Hot"));
        QCOMPARE(row.data(app::AccountListModel::KindRole).toInt(), int(app::AccountListModel::Kind::PrivateKey));
    }

    void aBadKeyIsSaidInWords()
    {
        m_controller->importPrivateKey(QStringLiteral("0x1234"), QLatin1String(kPassword), QString());
        const Outcome refused = waitFor(Operation::Import);
        QVERIFY(!refused.ok);
        QVERIFY(!refused.text.isEmpty());
        QCOMPARE(m_controller->accounts()->rowCount(), 0);
    }

    void aWrongPasswordChangesNothing()
    {
        QVERIFY(importKey().ok);
        m_controller->lock(QLatin1String(kAddress));
        m_controller->unlock(QLatin1String(kAddress), QStringLiteral("not the password"));
        const Outcome refused = waitFor(Operation::Unlock);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.text, QStringLiteral("Wrong password. Nothing was changed; try again."));
        m_controller->changePassword(
            QLatin1String(kAddress), QStringLiteral("not the password"), QStringLiteral("a new long password"));
        QCOMPARE(
            waitFor(Operation::ChangePassword).text, QStringLiteral("Wrong password. Nothing was changed; try again."));
        m_controller->unlock(QLatin1String(kAddress), QLatin1String(kPassword));
        QVERIFY(waitFor(Operation::Unlock).ok); // the password is still the old one
    }

    void aBadAddressIsSaidForEveryOperation()
    {
        for (Operation operation :
            {Operation::Unlock, Operation::Rename, Operation::ChangePassword, Operation::Export, Operation::Remove}) {
            QSignalSpy failed(m_controller.get(), &app::WalletController::failed);
            const QString bad = QStringLiteral("0xnot-an-address");
            switch (operation) {
            case Operation::Unlock:
                m_controller->unlock(bad, QLatin1String(kPassword));
                break;
            case Operation::Rename:
                m_controller->rename(bad, QStringLiteral("New"));
                break;
            case Operation::ChangePassword:
                m_controller->changePassword(bad, QLatin1String(kPassword), QLatin1String(kPassword));
                break;
            case Operation::Export:
                m_controller->exportKeystore(bad, QUrl::fromLocalFile(m_local->dir.path()));
                break;
            default:
                m_controller->remove(bad);
                break;
            }
            QCOMPARE(failed.count(), 1); // at once: nothing went to a worker
            QCOMPARE(failed.first().at(0).value<Operation>(), operation);
            QVERIFY(!failed.first().at(1).toString().isEmpty());
        }
    }

    void formChecksNameTheProblem()
    {
        QCOMPARE(m_controller->passwordProblem(QStringLiteral("short"), QStringLiteral("short")),
            QStringLiteral("Choose a password of at least 8 characters."));
        QCOMPARE(m_controller->passwordProblem(QStringLiteral("long enough"), QStringLiteral("long enougH")),
            QStringLiteral("The two passwords differ."));
        QCOMPARE(
            m_controller->passwordProblem(QStringLiteral("long enough"), QStringLiteral("long enough")), QString());
        const QString phrase = m_controller->generateMnemonic(12);
        QCOMPARE(phrase.split(u' ').size(), 12);
        QCOMPARE(m_controller->mnemonicProblem(phrase), QString());
        QString broken = phrase;
        broken.replace(0, phrase.indexOf(u' '), QStringLiteral("notaword"));
        QVERIFY(m_controller->mnemonicProblem(broken).contains(QStringLiteral("notaword")));
        const QVariantList challenge = m_controller->backupChallenge(12);
        QCOMPARE(challenge.size(), 3);
        QVERIFY(challenge[0].toInt() < challenge[1].toInt() && challenge[1].toInt() < challenge[2].toInt());
    }
};

DD_REGISTER_TEST(TestWalletController);
#include "tst_walletcontroller.moc"
