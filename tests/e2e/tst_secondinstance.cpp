// The second app instance of the datasets end-to-end test (MemberJourney::datasetPageAndASaleFromAnotherApp
// starts this program again with DD_E2E_INSTANCE=second): another member's machine, in a process
// of its own beside the contributor's app. A data folder of its own (keys, SQLite cache, block
// store), one key imported by dropping its keystore file on the window, the same DAO. It finds
// the dataset the other app published by search, buys access through the sheet and downloads it,
// every block verified; the files must equal the ones published.

#include "runningapp.h"

#include "datasets/catalogcontroller.h"
#include "network/chaincontroller.h"
#include "transactions/transactioncontroller.h"
#include "transfers/transferqueue.h"
#include "wallet/walletcontroller.h"

#include <QDir>
#include <QTest>

using Stage = dd::app::TransactionController::Stage;
using namespace dd;

class TestSecondInstance : public QObject {
    Q_OBJECT

    test::RunningApp m_app;

    static QString setting(const char *name)
    {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            qFatal("%s is not set: this test runs as the second instance of the datasets end-to-end test", name);
        return value;
    }

private slots:
    void findBuyDownload()
    {
        const QString member2 = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
        const QString published = setting("DD_E2E_PUBLISHED");
        m_app.start(setting("DD_E2E_DATA_DIR"), false);
        if (QTest::currentTestFailed())
            return;
        auto *catalog = m_app.context->catalogController();
        auto *tx = m_app.context->transactionController();
        QCOMPARE(m_app.accountCount(), 0);
        m_app.ui->dropFile(QUrl::fromLocalFile(setting("DD_E2E_KEYSTORE")));
        QTRY_VERIFY(m_app.dialogOpen(QStringLiteral("importDialog")));
        QVERIFY(m_app.ui->setText(QStringLiteral("importFilePassword"), QStringLiteral("file-pass")));
        QVERIFY(m_app.ui->click(QStringLiteral("importSubmit")));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.accountCount() == 1, 30000);
        QCOMPARE(m_app.account(0).value(QStringLiteral("address")).toString(), member2);
        QTRY_VERIFY(!m_app.dialogOpen(QStringLiteral("importDialog")));
        auto *chain = m_app.context->chainController();
        const QString profile = setting("DD_E2E_PROFILE");
        chain->openProfile(profile);
        QTRY_COMPARE(chain->profilePath(), profile);
        QTRY_VERIFY_WITH_TIMEOUT(chain->connected(), 20000);
        m_app.context->walletController()->unlock(member2, QStringLiteral("file-pass"));
        QTRY_VERIFY_WITH_TIMEOUT(m_app.account(0).value(QStringLiteral("unlocked")).toBool(), 30000);
        QVERIFY(m_app.ui->click(QStringLiteral("nav_datasets")));
        QTRY_VERIFY(m_app.ui->element(QStringLiteral("page_datasets"))->isVisible());

        // It finds it by a word prefix, once its own sync has read the registry and the metadata.
        QVERIFY(m_app.ui->setText(QStringLiteral("datasetSearch"), QStringLiteral("weath")));
        QTRY_COMPARE_WITH_TIMEOUT(catalog->entries().size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(catalog->entries().value(0).toMap().value(QStringLiteral("title")).toString(),
            QStringLiteral("Weather stations"), 30000);
        m_app.ui->screenshot(QStringLiteral("datasets-01-catalog-search"));
        QVERIFY(m_app.ui->setText(QStringLiteral("datasetSearch"), QStringLiteral("zebra")));
        QTRY_COMPARE(catalog->entries().size(), 0);
        m_app.ui->screenshot(QStringLiteral("datasets-03-no-match"));
        QVERIFY(m_app.ui->setText(QStringLiteral("datasetSearch"), QStringLiteral("climate")));
        QTRY_COMPARE(catalog->entries().size(), 1);
        QVERIFY(m_app.ui->click(QStringLiteral("dataset_1")));
        QTRY_VERIFY(m_app.ui->element(QStringLiteral("datasetView"))->isVisible());
        m_app.chooseAccount(QStringLiteral("datasetAccount"), member2);
        QTRY_VERIFY(m_app.ui->element(QStringLiteral("buyAccess"))->isVisible());
        QVERIFY(m_app.ui->click(QStringLiteral("buyAccess")));
        QTRY_COMPARE_WITH_TIMEOUT(tx->stage(), Stage::Review, 30000);
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_VERIFY_WITH_TIMEOUT(
            tx->stage() == Stage::Review && tx->summary().contains(QStringLiteral("Buy access")), 60000);
        m_app.ui->screenshot(QStringLiteral("datasets-04-buy-sheet"));
        QVERIFY(m_app.ui->click(QStringLiteral("sheetConfirm")));
        QTRY_COMPARE_WITH_TIMEOUT(catalog->purchaseState(), app::CatalogController::Purchase::Bought, 60000);
        QVERIFY(m_app.ui->click(QStringLiteral("sheetCancel")));
        QTRY_VERIFY(m_app.ui->element(QStringLiteral("downloadDataset"))->isVisible());

        // The download: every block from the storage node's gateway, verified, then the files.
        const QString target = setting("DD_E2E_DOWNLOADS");
        QVERIFY(QDir().mkpath(target));
        catalog->download(QUrl::fromLocalFile(target));
        QTRY_VERIFY(!catalog->downloadId().isEmpty());
        QCOMPARE(catalog->downloadError(), QString());
        auto *queue = m_app.context->transferQueue();
        QTRY_COMPARE_WITH_TIMEOUT(queue->item(catalog->downloadId()).value(QStringLiteral("state")).toInt(),
            int(app::TransferQueue::State::Done), 60000);
        const QString written = queue->item(catalog->downloadId()).value(QStringLiteral("target")).toString();
        for (const char *name : {"stations.csv", "images/pixel.png"}) {
            QFile a(published + QLatin1Char('/') + QLatin1String(name));
            QFile b(written + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(b.readAll(), a.readAll());
        }
        m_app.ui->screenshot(QStringLiteral("datasets-05-downloaded"));
    }

    void cleanupTestCase() { m_app.stop(); }
};

std::unique_ptr<QObject> makeSecondInstanceTest()
{
    return std::make_unique<TestSecondInstance>();
}

#include "tst_secondinstance.moc"
