// ChainController without a node: a DAO profile opens from its file off the GUI thread; a
// missing or malformed file says why in words and leaves the profile open before it in place; a
// good one afterwards clears the error. Adding a network by hand refuses a URL that is not a
// node's and an address that is not one, in words, before anything is contacted.

#include "../unit/testregistry.h"
#include "fakes.h"

#include "network/chaincontroller.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace dd;

class TestChainController : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;
    std::unique_ptr<app::ChainController> m_chain;

    QString writeProfile(const QString &name) { return test::writeDeadNodeProfile(m_local->dir, name); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_local->dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning() << "cannot write" << path;
        return path;
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
    }

    void cleanup()
    {
        m_chain.reset();
        m_local.reset();
    }

    void aProfileOpensFromItsFile()
    {
        QCOMPARE(m_chain->statusText(), QStringLiteral("No DAO profile is open."));
        const QString path = writeProfile(QStringLiteral("dao.json"));
        QSignalSpy changed(m_chain.get(), &app::ChainController::profileChanged);
        m_chain->openProfile(path);
        QVERIFY(!m_chain->hasProfile()); // read on the executor, not here
        QTRY_VERIFY(m_chain->hasProfile());
        QCOMPARE(m_chain->profileName(), QStringLiteral("Test DAO"));
        QCOMPARE(m_chain->profilePath(), path);
        QCOMPARE(m_chain->chainId(), QStringLiteral("31337"));
        QCOMPARE(m_chain->governorAddress(), test::testProfile().governor.toChecksumString());
        QCOMPARE(m_chain->rpcUrls(), QStringList {QStringLiteral("http://127.0.0.1:9")});
        QCOMPARE(m_chain->profileError(), QString());
        QVERIFY(m_chain->client());
        QVERIFY(changed.size() >= 1);
    }

    void aMissingFileSaysSoAndKeepsTheOpenProfile()
    {
        const QString good = writeProfile(QStringLiteral("dao.json"));
        m_chain->openProfile(good);
        QTRY_VERIFY(m_chain->hasProfile());
        m_chain->openProfile(m_local->dir.filePath(QStringLiteral("gone.json")));
        QTRY_VERIFY(!m_chain->profileError().isEmpty());
        QVERIFY2(m_chain->profileError().contains(QStringLiteral("gone.json")), qPrintable(m_chain->profileError()));
        QCOMPARE(m_chain->profilePath(), good); // the one open stays open
        QVERIFY(m_chain->hasProfile());
    }

    void aMalformedFileSaysWhyAndAGoodOneClearsIt()
    {
        m_chain->openProfile(writeFile(QStringLiteral("broken.json"), QByteArrayLiteral("{\"name\": \"x\", ")));
        QTRY_VERIFY(!m_chain->profileError().isEmpty());
        QVERIFY(!m_chain->hasProfile());
        m_chain->openProfile(writeFile(QStringLiteral("empty.json"), QByteArrayLiteral("{}")));
        QTRY_VERIFY(m_chain->profileError() != QString());
        QVERIFY(!m_chain->hasProfile());
        m_chain->openProfile(writeProfile(QStringLiteral("dao.json")));
        QTRY_VERIFY(m_chain->hasProfile());
        QCOMPARE(m_chain->profileError(), QString());
    }

    void theLastProfileAskedForIsTheOneOpen()
    {
        const QString first = writeProfile(QStringLiteral("first.json"));
        const QString second = writeProfile(QStringLiteral("second.json"));
        m_chain->openProfile(first);
        m_chain->openProfile(second);
        QTRY_COMPARE(m_chain->profilePath(), second);
        m_local->executor.waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(m_chain->profilePath(), second);
    }

    void aNetworkAddedByHandIsCheckedBeforeAnythingIsContacted()
    {
        QSignalSpy failed(m_chain.get(), &app::ChainController::networkFailed);
        m_chain->addNetwork(QStringLiteral("ftp://node.example"), test::testProfile().governor.toChecksumString());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.takeFirst().first().toString(),
            QStringLiteral("\"ftp://node.example\" is not an http(s) URL of a node."));
        m_chain->addNetwork(QStringLiteral("  \n "), test::testProfile().governor.toChecksumString());
        QCOMPARE(failed.takeFirst().first().toString(), QStringLiteral("Enter the URL of at least one node."));
        m_chain->addNetwork(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("0x12"));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.takeFirst().first().toString().isEmpty());
        QVERIFY(!m_chain->discovering());
    }
};

DD_REGISTER_TEST(TestChainController);

#include "tst_chaincontroller.moc"
