// CatalogController with fake services and a real cache file: the catalog fills when the chain
// sync says the cache changed; words, status and license narrow it; a dataset's page shows its
// price in tokens and its typed status; opening another DAO clears the page; buying without a
// node and downloading without a gateway or into something that is not a folder say why in words.

#include "../unit/testregistry.h"
#include "cachefiles.h"
#include "fakes.h"

#include "datasets/catalogcontroller.h"
#include "transfers/transferqueue.h"

#include "common/executor.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace dd;
using DatasetStatus = app::CatalogController::DatasetStatus;
using Purchase = app::CatalogController::Purchase;

class TestCatalogController : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;
    std::unique_ptr<app::TransferQueue> m_transfers;
    test::FakeDao m_dao;
    test::FakeCache m_cache;
    test::FakeRequester m_requester;

    QString cacheFile() const { return m_local->dir.filePath(QStringLiteral("cache.sqlite")); }

    bool writeThreeDatasets()
    {
        test::DatasetFixture weather {1, test::testAddress(7), QStringLiteral("Weather stations 2025")};
        weather.reviewedStatus = 2; // approved
        test::DatasetFixture traffic {2, test::testAddress(8), QStringLiteral("City traffic counts")};
        traffic.license = QStringLiteral("ODbL-1.0");
        test::DatasetFixture faces {3, test::testAddress(7), QStringLiteral("Unconsented faces")};
        faces.reviewedStatus = 3; // rejected
        faces.format = QStringLiteral("png");
        return test::writeDatasets(cacheFile(), {weather, traffic, faces});
    }

    std::unique_ptr<app::CatalogController> openCatalog()
    {
        auto catalog
            = std::make_unique<app::CatalogController>(m_local->executor, m_dao, m_cache, m_requester, *m_transfers);
        return catalog;
    }

    static QStringList titles(const app::CatalogController &catalog)
    {
        QStringList out;
        for (const QVariant &entry : catalog.entries())
            out.append(entry.toMap().value(QStringLiteral("title")).toString());
        out.sort();
        return out;
    }

private slots:
    void init()
    {
        m_local = std::make_unique<test::LocalServices>();
        m_transfers = std::make_unique<app::TransferQueue>(m_local->executor,
            m_local->dir.filePath(QStringLiteral("transfers.json")), m_local->dir.filePath(QStringLiteral("blocks")));
        dao::DaoProfile profile = test::testProfile();
        profile.datasetRegistry = test::testAddress(4);
        m_dao.openDao = profile;
        m_cache.path.clear();
    }

    void cleanup()
    {
        m_local->executor.shutdown(std::chrono::seconds(5));
        m_transfers.reset();
        m_local.reset();
    }

    void beforeTheFirstSyncItSaysSo()
    {
        auto catalog = openCatalog();
        QTRY_COMPARE(catalog->readError(), QStringLiteral("The catalog has not been read from the chain yet."));
        QCOMPARE(catalog->totalCount(), 0);
        QVERIFY(catalog->hasRegistry());
    }

    void theCatalogFillsWhenTheCacheChanges()
    {
        auto catalog = openCatalog();
        QVERIFY(writeThreeDatasets());
        m_cache.changed(cacheFile());
        QTRY_COMPARE(catalog->totalCount(), 3);
        QCOMPARE(catalog->readError(), QString());
        QCOMPARE(titles(*catalog),
            (QStringList {QStringLiteral("City traffic counts"), QStringLiteral("Unconsented faces"),
                QStringLiteral("Weather stations 2025")}));
        QVERIFY(catalog->licenses().contains(QStringLiteral("ODbL-1.0")));
        QVERIFY(catalog->formats().contains(QStringLiteral("png")));
        QVERIFY(!catalog->filtered());
    }

    void wordsStatusAndLicenseNarrowIt()
    {
        QVERIFY(writeThreeDatasets());
        m_cache.path = cacheFile();
        auto catalog = openCatalog();
        QTRY_COMPARE(catalog->totalCount(), 3);

        catalog->setStatus(DatasetStatus::Rejected);
        QVERIFY(catalog->filtered());
        QTRY_COMPARE(titles(*catalog), QStringList {QStringLiteral("Unconsented faces")});
        QCOMPARE(
            catalog->entries().first().toMap().value(QStringLiteral("status")).toInt(), int(DatasetStatus::Rejected));
        catalog->setStatus(DatasetStatus::InReview);
        QTRY_COMPARE(titles(*catalog), QStringList {QStringLiteral("City traffic counts")});
        catalog->setStatus(DatasetStatus::AnyStatus);
        catalog->setSearch(QStringLiteral("weather"));
        QTRY_COMPARE(titles(*catalog), QStringList {QStringLiteral("Weather stations 2025")});
        catalog->setSearch(QString());
        catalog->setLicense(QStringLiteral("ODbL-1.0"));
        QTRY_COMPARE(titles(*catalog), QStringList {QStringLiteral("City traffic counts")});
        catalog->setLicense(QString());
        catalog->setContributor(test::testAddress(7).toChecksumString());
        QTRY_COMPARE(titles(*catalog),
            (QStringList {QStringLiteral("Unconsented faces"), QStringLiteral("Weather stations 2025")}));
    }

    void aDatasetsPageShowsPriceAndStatus()
    {
        QVERIFY(writeThreeDatasets());
        m_cache.path = cacheFile();
        auto catalog = openCatalog();
        catalog->select(1);
        QTRY_COMPARE(
            catalog->selected().value(QStringLiteral("title")).toString(), QStringLiteral("Weather stations 2025"));
        const QVariantMap d = catalog->selected();
        QCOMPARE(d.value(QStringLiteral("status")).toInt(), int(DatasetStatus::Approved));
        QCOMPARE(d.value(QStringLiteral("priceText")).toString(), QStringLiteral("25 DATA"));
        QCOMPARE(d.value(QStringLiteral("stakeText")).toString(), QStringLiteral("100 DATA"));
        QCOMPARE(d.value(QStringLiteral("reviewReason")).toString(), QStringLiteral("Checked by a curator."));
        QVERIFY(catalog->hasAccess(test::testAddress(7).toChecksumString())); // its contributor

        // Another DAO: nothing of this one's dataset stays on the page.
        QSignalSpy cleared(catalog.get(), &app::CatalogController::selectionChanged);
        m_dao.open(test::testProfile());
        QVERIFY(cleared.count() >= 1);
        QVERIFY(catalog->selected().isEmpty());
        QVERIFY(!catalog->hasRegistry());
    }

    void buyingWithoutANodeSaysSo()
    {
        QVERIFY(writeThreeDatasets());
        m_cache.path = cacheFile();
        auto catalog = openCatalog();
        catalog->select(2);
        QTRY_VERIFY(!catalog->selected().isEmpty());
        catalog->buyAccess(QStringLiteral("not an address"));
        QCOMPARE(catalog->purchaseState(), Purchase::PurchaseFailed);
        QCOMPARE(catalog->purchaseMessage(), QStringLiteral("Choose the account that pays."));
        catalog->buyAccess(test::testAddress(9).toChecksumString());
        QCOMPARE(catalog->purchaseState(), Purchase::PurchaseFailed);
        QCOMPARE(catalog->purchaseMessage(), QStringLiteral("No node is connected."));
        QVERIFY(m_requester.asked().isEmpty()); // nothing reached the sheet
    }

    void aDownloadNeedsAGatewayAndAFolder()
    {
        QVERIFY(writeThreeDatasets());
        m_cache.path = cacheFile();
        auto catalog = openCatalog();
        catalog->select(1);
        QTRY_VERIFY(!catalog->selected().isEmpty());
        catalog->download(QUrl::fromLocalFile(m_local->dir.path()));
        QCOMPARE(catalog->downloadError(), QStringLiteral("The open DAO names no gateway to download from."));

        m_dao.openDao->gateways = {QUrl(QStringLiteral("http://127.0.0.1:9/"))};
        const QString notAFolder = m_local->dir.filePath(QStringLiteral("cache.sqlite"));
        catalog->download(QUrl::fromLocalFile(notAFolder));
        QTRY_COMPARE(catalog->downloadError(), QStringLiteral("%1 is not a folder.").arg(notAFolder));
        QCOMPARE(catalog->downloadId(), QString());
        QVERIFY(m_transfers->items().isEmpty()); // nothing was queued
    }
};

DD_REGISTER_TEST(TestCatalogController);
#include "tst_catalogcontroller.moc"
