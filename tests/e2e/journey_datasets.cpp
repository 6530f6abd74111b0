// Datasets: a folder contributed and pinned by a remote service, bought and downloaded by a
// second app, a publication that survives a restart, and the demo catalog.

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

// The "done when": a folder (a CSV and an image) dropped on the window is inspected,
// described, content-addressed, uploaded and registered by one account; another account
// finds it by search, buys access and downloads it with every block verified; the CIDs are
// the reference importer's.
void MemberJourney::inspectADroppedFolder()
{
    const QString member1 = kMember1;
    openNewDevnet(datasetNet());
    if (QTest::currentTestFailed())
        return;
    auto *contribute = m_app.context->contributeController();

    QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("contributeDropZone"))->isVisible());
    m_app.ui->screenshot(QStringLiteral("contribute-01-drop-zone"));

    // The folder: a table with an empty value and a real 1x1 PNG.
    const QString folder = publishedFolder();
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
    m_app.ui->screenshot(QStringLiteral("contribute-02-inspection-report"));

    // The form: prefilled title, then what the contributor adds; member 1 (the "Hot key") stakes.
    QCOMPARE(m_app.ui->object(QStringLiteral("contributeTitle"))->property("text").toString(),
        QStringLiteral("Weather stations"));
    QVERIFY(m_app.ui->setText(QStringLiteral("contributeKeywords"), QStringLiteral("weather, climate")));
    QVERIFY(m_app.ui->setText(QStringLiteral("contributePrice"), QStringLiteral("40")));
    m_app.chooseAccount(QStringLiteral("contributeAccount"), member1);
}

void MemberJourney::publishWithARemotePinningService()
{
    auto *tx = m_app.context->transactionController();
    auto *contribute = m_app.context->contributeController();
    const QString member1 = kMember1;
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
        m_app.context->pinningController()->remove();
    });
    QVERIFY(m_app.ui->click(QStringLiteral("nav_settings")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("pinningSave"))->isVisible());
    QVERIFY(m_app.ui->scrollTo(QStringLiteral("pinningSave")));
    QVERIFY(m_app.ui->setText(QStringLiteral("pinningEndpoint"), pinUrl));
    QVERIFY(m_app.ui->setText(QStringLiteral("pinningToken"), QString::fromLatin1(token)));
    m_app.chooseAccount(QStringLiteral("pinningAccount"), member1);
    QVERIFY(m_app.ui->click(QStringLiteral("pinningSave")));
    QTRY_VERIFY(m_app.context->pinningController()->configured());
    QCOMPARE(m_app.noticeText(QStringLiteral("pinningError")), QString());
    m_app.ui->screenshot(QStringLiteral("settings-pinning-service"));
    QFile pinningFile(m_dir.filePath(QStringLiteral("pinning.json")));
    QVERIFY(pinningFile.open(QIODevice::ReadOnly));
    const QByteArray stored = pinningFile.readAll();
    QVERIFY(stored.contains("sealedToken"));
    QVERIFY(!stored.contains(token)); // sealed, never in the clear
    QCOMPARE(pinningFile.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    {
        // The next start reads pinning.json back, off the GUI thread, and finds the service.
        app::PinningController reread(m_app.context->executor(), m_app.context->wallet(), pinningFile.fileName());
        QVERIFY(!reread.configured());
        QTRY_VERIFY(reread.configured());
        QCOMPARE(reread.endpoint(), m_app.context->pinningController()->endpoint());
        QCOMPARE(reread.account(), member1);
        QVERIFY(reread.client().ok()); // the token unseals with member 1's key
    }
    QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("publishDataset"))->isVisible());

    QVERIFY(m_app.ui->setText(QStringLiteral("contributeStake"), QStringLiteral("lots")));
    QVERIFY(m_app.ui->click(QStringLiteral("publishDataset")));
    QTRY_VERIFY(m_app.noticeText(QStringLiteral("contributeError")).contains(QStringLiteral("Stake")));
    QVERIFY(m_app.ui->setText(QStringLiteral("contributeStake"), QStringLiteral("100")));
    QVERIFY(m_app.ui->click(QStringLiteral("publishDataset")));
    // Hashing and upload run by themselves; registration asks the sheet twice (approve, submit).
    QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 60000);
    m_app.ui->screenshot(QStringLiteral("contribute-03-progress-and-approve-sheet"));
    QVERIFY2(tx->summary().contains(QStringLiteral("Allow the dataset registry")), qPrintable(tx->summary()));
    QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
    QTRY_VERIFY_WITH_TIMEOUT(tx->stage() == Stage::Review && tx->summary().contains(QStringLiteral("Register")), 60000);
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
    QTRY_COMPARE_WITH_TIMEOUT(
        pinStep().value(QStringLiteral("state")).toInt(), int(app::PublicationStep::State::Done), 30000);
    QFile requests(pinLog);
    QVERIFY(requests.open(QIODevice::ReadOnly));
    const QByteArray sent = requests.readAll();
    for (const char *key : {"contentCid", "metadataCid"})
        QVERIFY2(sent.contains(result.value(QLatin1String(key)).toString().toUtf8()), key);
    QVERIFY(!sent.contains("\"bearer\": false"));
    m_app.ui->screenshot(QStringLiteral("contribute-05-result"));
    // The CID is the reference importer's (ipfs-unixfs-importer, unixfs-v1-2025).
    QProcess reference;
    reference.setWorkingDirectory(QStringLiteral(DD_SOURCE_DIR "/scripts"));
    reference.start(QStringLiteral("node"), {QStringLiteral("ipfs_import.mjs"), publishedFolder()});
    QVERIFY(reference.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(reference.readAllStandardOutput()).trimmed(),
        result.value(QStringLiteral("contentCid")).toString());
}

void MemberJourney::datasetPageAndASaleFromAnotherApp()
{
    auto *catalog = m_app.context->catalogController();
    const QString member1 = kMember1;
    const QString member2 = kMember2;
    // Its page, once the catalog has read the registry event and the verified metadata file.
    QVERIFY(m_app.ui->click(QStringLiteral("openPublished")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("datasetView"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(
        catalog->selected().value(QStringLiteral("title")).toString(), QStringLiteral("Weather stations"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(catalog->preview().value(QStringLiteral("state")).toInt(),
        int(app::CatalogController::Preview::PreviewReady), 30000);
    QCOMPARE(catalog->preview().value(QStringLiteral("rows")).toList().size(), 3);
    QVERIFY(catalog->hasAccess(member1)); // the contributor
    // The page opens as the wallet's account that holds access: the contributor downloads,
    // and is not offered to pay for their own data.
    QTRY_COMPARE(m_app.ui->object(QStringLiteral("datasetAccount"))->property("currentValue").toString(), member1);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("downloadDataset"))->isVisible());
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
    secondEnv.insert(QStringLiteral("DD_E2E_PROFILE"), QDir(datasetNet()).filePath(QStringLiteral("devnet.json")));
    secondEnv.insert(
        QStringLiteral("DD_E2E_KEYSTORE"), m_files.filePath(QStringLiteral("UTC--2026-11-25--keystore.json")));
    secondEnv.insert(QStringLiteral("DD_E2E_PUBLISHED"), publishedFolder());
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
    QVERIFY(m_app.ui->element(QStringLiteral("datasetView"))->isVisible());

    // The contributor's app, open all along, sees the sale on its own: member 2 now holds
    // access, and the page counts one purchase.
    QTRY_VERIFY_WITH_TIMEOUT(catalog->hasAccess(member2), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(catalog->selected().value(QStringLiteral("purchases")).toLongLong(), 1, 30000);
    m_app.ui->screenshot(QStringLiteral("datasets-06-contributor-sees-the-sale"));

    // More from this contributor: the list narrows to their datasets, with a way back to all;
    // filters that exclude everything say so, and differently from an empty catalog.
    QVERIFY(m_app.ui->click(QStringLiteral("moreFromContributor")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("datasetList"))->isVisible());
    QCOMPARE(catalog->contributor(), member1);
    QTRY_COMPARE(catalog->entries().size(), 1);
    m_app.ui->screenshot(QStringLiteral("datasets-07-by-contributor"));
    QVERIFY(m_app.ui->choose(QStringLiteral("datasetSize"), 4)); // over 1 GB
    QTRY_COMPARE(catalog->entries().size(), 0);
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("datasetsEmpty"))->isVisible());
    QCOMPARE(m_app.ui->object(QStringLiteral("datasetsEmpty"))->property("title").toString(),
        QStringLiteral("No dataset matches"));
    m_app.ui->screenshot(QStringLiteral("datasets-08-filters-match-nothing"));
    QVERIFY(m_app.ui->choose(QStringLiteral("datasetSize"), 1)); // under 1 MB: its 147 bytes
    QTRY_COMPARE(catalog->entries().size(), 1);
    QVERIFY(m_app.ui->click(QStringLiteral("clearContributorFilter")));
    QTRY_VERIFY(catalog->contributor().isEmpty());
    QVERIFY(m_app.ui->choose(QStringLiteral("datasetSize"), 0));
    QVERIFY(!catalog->filtered());
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
    stopDevnet(datasetNet());
}

// Last, since it restarts the app: a publication the app's end interrupted (closed while the register step waited
// for its sheet) is offered again after the restart; continued, it registers once, without hashing or uploading
// again. Restarted once more with the record of a registration that had landed (a crash after sending), it sends
// nothing and finds the dataset.
void MemberJourney::publicationSurvivesARestart()
{
    const QString net = m_files.filePath(QStringLiteral("devnet-restart"));
    auto cleanup = qScopeGuard([&] { stopDevnet(net); });
    openNewDevnet(net);
    if (QTest::currentTestFailed())
        return;
    auto *chain = m_app.context->chainController();
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
    auto *contribute = m_app.context->contributeController();
    contribute->reset();
    m_app.ui->dropFile(QUrl::fromLocalFile(folder));
    QTRY_COMPARE_WITH_TIMEOUT(contribute->stage(), app::ContributeController::Stage::Review, 20000);
    for (int i = 0; i < m_app.accountCount(); ++i)
        if (m_app.account(i).value(QStringLiteral("address")).toString() == member2)
            m_app.ui->object(QStringLiteral("contributeAccount"))->setProperty("currentIndex", i);
    QVERIFY(m_app.ui->click(QStringLiteral("publishDataset")));
    auto *tx = m_app.context->transactionController();
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
    contribute = m_app.context->contributeController();
    tx = m_app.context->transactionController();
    QTRY_COMPARE(contribute->stage(), app::ContributeController::Stage::Interrupted); // read off the GUI thread
    QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("contributeInterrupted"))->isVisible());
    m_app.ui->screenshot(QStringLiteral("contribute-06-interrupted"));
    chain = m_app.context->chainController();
    QTRY_VERIFY_WITH_TIMEOUT(chain->connected(), 20000);
    m_app.context->walletController()->unlock(member2, QStringLiteral("file-pass"));
    for (int i = 0; i < m_app.accountCount(); ++i)
        if (m_app.account(i).value(QStringLiteral("address")).toString() == member2)
            QTRY_VERIFY_WITH_TIMEOUT(m_app.account(i).value(QStringLiteral("unlocked")).toBool(), 30000);
    QVERIFY(m_app.ui->click(QStringLiteral("resumePublish")));
    QTRY_VERIFY_WITH_TIMEOUT(
        tx->stage() == Stage::Review && tx->summary().contains(QStringLiteral("Allow the dataset registry")), 60000);
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
    contribute = m_app.context->contributeController();
    QTRY_COMPARE(contribute->stage(), app::ContributeController::Stage::Interrupted);
    chain = m_app.context->chainController();
    QTRY_VERIFY_WITH_TIMEOUT(chain->connected(), 20000);
    QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
    QTRY_VERIFY(m_app.ui->element(QStringLiteral("resumePublish"))->isVisible());
    QVERIFY(m_app.ui->click(QStringLiteral("resumePublish")));
    QTRY_COMPARE_WITH_TIMEOUT(contribute->stage(), app::ContributeController::Stage::Done, 30000);
    QCOMPARE(contribute->result().value(QStringLiteral("id")).toInt(), 1);
    QCOMPARE(m_app.context->transactionController()->stage(), Stage::Idle);
    QVERIFY(!QFile::exists(record));
    m_app.ui->screenshot(QStringLiteral("contribute-07-registered-already"));
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
}

// The demo catalog the first command opens (devnet up --demo-datasets): every dataset with its
// verified metadata, each status, and a rejection's reason in words.
void MemberJourney::demoCatalog()
{
    const QString net = m_files.filePath(QStringLiteral("devnet-demo"));
    auto cleanup = qScopeGuard([&] { stopDevnet(net); });
    openNewDevnet(net, {QStringLiteral("--demo-datasets")});
    if (QTest::currentTestFailed())
        return;
    auto *catalog = m_app.context->catalogController();
    QVERIFY(m_app.ui->click(QStringLiteral("nav_datasets")));
    QTRY_COMPARE_WITH_TIMEOUT(catalog->entries().size(), 9, 30000);
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
    m_app.ui->screenshot(QStringLiteral("datasets-09-demo-catalog"));
    QVERIFY(m_app.ui->choose(QStringLiteral("datasetStatus"), 3)); // rejected
    QTRY_COMPARE(catalog->entries().size(), 2); // the meter readings, and the tram counts under appeal
    QVERIFY(m_app.ui->click(QStringLiteral("dataset_4")));
    QTRY_COMPARE(catalog->selected().value(QStringLiteral("status")).toInt(),
        int(app::CatalogController::DatasetStatus::Rejected));
    QVERIFY(
        catalog->selected().value(QStringLiteral("reviewReason")).toString().contains(QStringLiteral("anonymised")));
    QTRY_VERIFY(!m_app.ui->element(QStringLiteral("buyAccess"))->isVisible()); // the registry sells it no access
    // Its first rows still show (a rejection takes no file away), fetched and verified.
    QTRY_COMPARE_WITH_TIMEOUT(catalog->preview().value(QStringLiteral("state")).toInt(),
        int(app::CatalogController::Preview::PreviewReady), 30000);
    QVERIFY(!catalog->preview().value(QStringLiteral("rows")).toList().isEmpty());
    m_app.ui->screenshot(QStringLiteral("datasets-10-demo-rejected-with-reason"));
    QVERIFY(m_app.ui->click(QStringLiteral("datasetBack")));
    QVERIFY(m_app.ui->choose(QStringLiteral("datasetStatus"), 0));
    QTRY_COMPARE(catalog->entries().size(), 9);
    QVERIFY(m_app.ui->click(QStringLiteral("nav_wallet")));
}

} // namespace dd::test
