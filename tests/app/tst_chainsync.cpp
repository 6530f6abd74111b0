// ChainSync without a node: no DAO, no cache; opening one names its cache file by chain and
// governor (so two DAOs never share one) and tells its readers; a node that cannot be reached
// fails the pass in words, naming it, and nothing claims to be up to date; a rebuild lets go of
// the file first. Passes against a real node: tests/integration and tests/e2e.

#include "../unit/testregistry.h"
#include "fakes.h"

#include "network/chaincontroller.h"
#include "network/chainsync.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace dd;

class TestChainSync : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;
    std::unique_ptr<app::ChainController> m_chain;
    std::unique_ptr<app::ChainSync> m_sync;

    QString cacheDirectory() const { return m_local->dir.filePath(QStringLiteral("cache")); }

    // Opens the test DAO, whose node is on a port where nothing listens.
    void openDeadNodeDao()
    {
        m_chain->openProfile(test::writeDeadNodeProfile(m_local->dir, QStringLiteral("dao.json")));
        QTRY_VERIFY(m_chain->hasProfile());
    }

private slots:
    // The dead node's refusals are logged on every try; they are expected here.
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("dd.chain.warning=false")); }
    void cleanupTestCase() { QLoggingCategory::setFilterRules(QString()); }

    void init()
    {
        m_local = std::make_unique<test::LocalServices>();
        m_chain = std::make_unique<app::ChainController>(
            m_local->executor, m_local->wallet, m_local->dir.filePath(QStringLiteral("profiles")));
        m_sync = std::make_unique<app::ChainSync>(*m_chain, cacheDirectory());
    }

    void cleanup()
    {
        m_sync.reset();
        m_chain.reset();
        m_local.reset();
    }

    void withoutADaoThereIsNoCache()
    {
        QCOMPARE(m_sync->cachePath(), QString());
        QVERIFY(!m_sync->syncing());
        m_sync->syncNow(); // nothing to read: nothing happens
        QVERIFY(!m_sync->syncing());
    }

    void aDaosCacheIsNamedByChainAndGovernor()
    {
        int changes = 0;
        m_sync->whenCacheChanges(this, [&changes] { ++changes; });
        openDeadNodeDao();
        const QString expected
            = QDir(cacheDirectory())
                  .filePath(QStringLiteral("31337-%1.sqlite").arg(test::testProfile().governor.toLowerHex()));
        QCOMPARE(m_sync->cachePath(), expected);
        QVERIFY(changes >= 1);
    }

    void anUnreachableNodeFailsThePassInWords()
    {
        openDeadNodeDao();
        QTRY_VERIFY_WITH_TIMEOUT(!m_sync->error().isEmpty(), 60000);
        QVERIFY2(m_sync->error().startsWith(QStringLiteral("Governance sync failed: ")), qPrintable(m_sync->error()));
        QVERIFY2(m_sync->error().contains(QStringLiteral("127.0.0.1:9")), qPrintable(m_sync->error()));
        // Each new try of the node runs another pass; none claims the cache is up to date.
        QVERIFY(!m_sync->statusText().startsWith(QStringLiteral("Up to date")));
    }

    void aRebuildLetsGoOfTheFileFirst()
    {
        openDeadNodeDao();
        const QString path = m_sync->cachePath();
        QStringList seen;
        m_sync->whenCacheChanges(this, [&seen, this] { seen.append(m_sync->cachePath()); });
        m_sync->rebuild();
        QVERIFY(seen.size() >= 2);
        QCOMPARE(seen.first(), QString()); // readers close the file before it is deleted
        QCOMPARE(m_sync->cachePath(), path);
    }
};

DD_REGISTER_TEST(TestChainSync);

#include "tst_chainsync.moc"
