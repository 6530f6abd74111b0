// ContributeController with fake services: a dropped keystore goes to the wallet and anything
// else is inspected off the GUI thread into a report; a missing path fails in words; publishing
// refuses in words what cannot start (nothing inspected, no registry, no storage node, no
// account); and a publication a restart interrupted is offered to continue, in the right DAO only.

#include "../unit/testregistry.h"
#include "fakes.h"

#include "contribute/contributecontroller.h"
#include "transfers/transferqueue.h"

#include "common/executor.h"
#include "dao/pendingpublication.h"
#include "dao/walletservice.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using Stage = app::ContributeController::Stage;

class TestContributeController : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;
    std::unique_ptr<app::TransferQueue> m_transfers;
    test::FakeDao m_dao;
    test::FakeCache m_cache;
    test::FakeRequester m_requester;
    test::FakePinning m_pinning;

    QString work() const { return m_local->dir.filePath(QStringLiteral("contributions")); }
    static QString member() { return QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"); }

    std::unique_ptr<app::ContributeController> openContribute()
    {
        return std::make_unique<app::ContributeController>(
            m_local->executor, m_dao, m_requester, *m_transfers, m_cache, m_pinning, work());
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_local->dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // A registry DAO with a storage node: what publishing needs of the profile.
    static dao::DaoProfile registryProfile()
    {
        dao::DaoProfile profile = test::testProfile();
        profile.datasetRegistry = test::testAddress(4);
        profile.storageApi = QUrl(QStringLiteral("http://127.0.0.1:9/"));
        return profile;
    }

    // Inspects a small, clean CSV file and waits for the report.
    bool reviewCsv(app::ContributeController &contribute)
    {
        const QString csv = writeFile(QStringLiteral("station_readings.csv"),
            QByteArrayLiteral("station,day,temperature\nA,2025-01-01,3.5\nB,2025-01-01,4.0\n"));
        contribute.inspect(QUrl::fromLocalFile(csv));
        return QTest::qWaitFor([&] { return contribute.stage() == Stage::Review; }, 10000);
    }

private slots:
    void init()
    {
        m_local = std::make_unique<test::LocalServices>();
        m_pinning = test::FakePinning {};
        m_transfers = std::make_unique<app::TransferQueue>(m_local->executor,
            m_local->dir.filePath(QStringLiteral("transfers.json")), m_local->dir.filePath(QStringLiteral("blocks")));
        m_dao.openDao = registryProfile();
    }

    void cleanup()
    {
        m_local->executor.shutdown(std::chrono::seconds(5));
        m_transfers.reset();
        m_local.reset();
    }

    void aDroppedKeystoreGoesToTheWallet()
    {
        auto contribute = openContribute();
        const QString keystore = writeFile(QStringLiteral("UTC--2025--key.json"),
            QByteArrayLiteral(R"({"version":3,"id":"x","address":"f39fd6e51aad88f6f4ce6ab8827279cfffb92266",)"
                              R"("crypto":{"cipher":"aes-128-ctr","kdf":"scrypt"}})"));
        QSignalSpy toWallet(contribute.get(), &app::ContributeController::keystoreDropped);
        QSignalSpy toContribute(contribute.get(), &app::ContributeController::contributionDropped);
        contribute->acceptDrop(QUrl::fromLocalFile(keystore));
        QVERIFY(toWallet.wait());
        QCOMPARE(toContribute.count(), 0);
        QCOMPARE(contribute->stage(), Stage::Idle);
    }

    void aDroppedTableIsInspectedIntoAReport()
    {
        auto contribute = openContribute();
        QSignalSpy toContribute(contribute.get(), &app::ContributeController::contributionDropped);
        const QString csv = writeFile(
            QStringLiteral("station_readings.csv"), QByteArrayLiteral("station,day,temperature\nA,2025-01-01,3.5\n"));
        contribute->acceptDrop(QUrl::fromLocalFile(csv));
        QVERIFY(toContribute.wait());
        QTRY_COMPARE(contribute->stage(), Stage::Review);
        QCOMPARE(contribute->path(), csv);
        QCOMPARE(contribute->suggestedTitle(), QStringLiteral("Station readings"));
        QCOMPARE(contribute->report().value(QStringLiteral("hasErrors")).toBool(), false);
        QVERIFY(!contribute->report().value(QStringLiteral("files")).toList().isEmpty());
        QCOMPARE(contribute->error(), QString());
    }

    void eachFindingCarriesItsLevelForTheView()
    {
        using Severity = app::ContributeController::Severity;
        auto contribute = openContribute();
        // A header and no rows is an error; a column named twice is a warning.
        contribute->inspect(
            QUrl::fromLocalFile(writeFile(QStringLiteral("header_only.csv"), QByteArrayLiteral("station,station\n"))));
        QTRY_COMPARE(contribute->stage(), Stage::Review);
        QVERIFY(contribute->report().value(QStringLiteral("hasErrors")).toBool());
        const QVariantList findings = contribute->report()
                                          .value(QStringLiteral("files"))
                                          .toList()
                                          .value(0)
                                          .toMap()
                                          .value(QStringLiteral("findings"))
                                          .toList();
        QVERIFY(findings.size() >= 2);
        QSet<int> levels;
        for (const QVariant &finding : findings) {
            const QVariantMap f = finding.toMap();
            const int level = f.value(QStringLiteral("level")).toInt();
            levels.insert(level);
            // The JSON's name (what the CLI prints) and the view's level say the same.
            QCOMPARE(f.value(QStringLiteral("severity")).toString(),
                level == int(Severity::Error)         ? QStringLiteral("error")
                    : level == int(Severity::Warning) ? QStringLiteral("warning")
                                                      : QStringLiteral("info"));
        }
        QVERIFY(levels.contains(int(Severity::Error)));
        QVERIFY(levels.contains(int(Severity::Warning)));
        QCOMPARE(contribute->publish(member(), QStringLiteral("T"), QStringLiteral("D"), QStringLiteral("CC0-1.0"),
                     QString(), QStringLiteral("0"), QStringLiteral("1")),
            QStringLiteral("The inspection found errors: fix the files and drop them again."));
    }

    void aMissingPathFailsInWords()
    {
        auto contribute = openContribute();
        const QString gone = m_local->dir.filePath(QStringLiteral("moved-away.csv"));
        contribute->inspect(QUrl::fromLocalFile(gone));
        QTRY_COMPARE(contribute->stage(), Stage::Failed);
        QCOMPARE(contribute->error(), QStringLiteral("%1 does not exist (was it moved or deleted?).").arg(gone));
    }

    void publishingRefusesWhatCannotStart()
    {
        auto contribute = openContribute();
        auto publish = [&](const QString &account) {
            return contribute->publish(account, QStringLiteral("Station readings"), QStringLiteral("Daily"),
                QStringLiteral("CC-BY-4.0"), QStringLiteral("weather"), QStringLiteral("1"), QStringLiteral("100"));
        };
        QCOMPARE(publish(member()), QStringLiteral("Drop a file or folder first."));
        QVERIFY(reviewCsv(*contribute));
        QCOMPARE(publish(QStringLiteral("nobody")), QStringLiteral("Choose the account that contributes and stakes."));
        m_dao.openDao->storageApi = QUrl();
        QCOMPARE(publish(member()),
            QStringLiteral("The open DAO names no storage node to upload to (its profile's storage.api)."));
        m_dao.openDao = test::testProfile(); // no registry
        QCOMPARE(publish(member()), QStringLiteral("The open DAO has no dataset registry."));
        QCOMPARE(contribute->stage(), Stage::Review); // nothing started
        QVERIFY(m_requester.asked().isEmpty());
        QVERIFY(m_transfers->items().isEmpty());
    }

    void aPinningTokenThatStaysSealedFailsItsStepInWords()
    {
        m_pinning.service = QStringLiteral("https://pins.example.org/api");
        auto contribute = openContribute();
        QVERIFY(reviewCsv(*contribute));
        QCOMPARE(contribute->publish(member(), QStringLiteral("Station readings"), QStringLiteral("Readings."),
                     QStringLiteral("CC-BY-4.0"), QString(), QStringLiteral("0"), QStringLiteral("1")),
            QString());
        QVariantMap pin;
        for (const QVariant &step : contribute->steps())
            if (step.toMap().value(QStringLiteral("key")) == QStringLiteral("pin"))
                pin = step.toMap();
        QCOMPARE(pin.value(QStringLiteral("label")).toString(), QStringLiteral("Pin with pins.example.org"));
        QCOMPARE(pin.value(QStringLiteral("detail")).toString(), m_pinning.clientError);
        contribute->cancelJob();
        QTRY_VERIFY(contribute->stage() != app::ContributeController::Stage::Publishing);
    }

    void anInterruptedPublicationIsOfferedAgain()
    {
        dao::PendingPublication pending;
        pending.path = m_local->dir.filePath(QStringLiteral("station_readings.csv"));
        pending.title = QStringLiteral("Station readings");
        pending.content
            = storage::Cid::parse(QStringLiteral("bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"))
                  .value();
        pending.metadata = pending.content;
        pending.account = crypto::Address::parse(member()).value();
        pending.chainId = registryProfile().chainId;
        pending.registry = registryProfile().datasetRegistry;
        QVERIFY(QDir().mkpath(work()));
        QVERIFY(dao::savePendingPublication(QDir(work()).filePath(QStringLiteral("pending.json")), pending));

        auto contribute = openContribute();
        QTRY_COMPARE(contribute->stage(), Stage::Interrupted);
        QCOMPARE(contribute->result().value(QStringLiteral("title")).toString(), QStringLiteral("Station readings"));
        // Without its DAO open it is not continued against another one.
        m_dao.openDao.reset();
        contribute->resumePublishing();
        QCOMPARE(contribute->stage(), Stage::Failed);
        QCOMPARE(contribute->error(), QStringLiteral("Open the DAO this publication belongs to first (Settings)."));
    }
};

DD_REGISTER_TEST(TestContributeController);
#include "tst_contributecontroller.moc"
