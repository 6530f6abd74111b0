// VoterCheck with fake services: what it says before it may ask the chain, with a typed status.

#include "../unit/testregistry.h"
#include "fakes.h"

#include "governance/votercheck.h"

#include "common/executor.h"

#include <QSignalSpy>
#include <QTest>

using namespace dd;
using VoterStatus = app::VoterCheck::Status;

class TestVoterCheck : public QObject {
    Q_OBJECT

    Executor m_executor;
    test::FakeDao m_dao;
    test::FakeCache m_cache;

private slots:
    void startsIdle()
    {
        app::VoterCheck check(m_executor, m_dao, m_cache);
        QCOMPARE(check.status(), VoterStatus::Idle);
        QVERIFY(!check.canVote());
    }

    void aBadAddressIsRefusedInWords()
    {
        app::VoterCheck check(m_executor, m_dao, m_cache);
        QSignalSpy changed(&check, &app::VoterCheck::changed);
        check.check(QStringLiteral("0x12"), QStringLiteral("1"));
        QCOMPARE(check.status(), VoterStatus::Failed);
        QVERIFY(!check.message().isEmpty());
        QCOMPARE(check.account(), QStringLiteral("0x12"));
        QCOMPARE(changed.count(), 1);
    }

    void withoutANodeItSaysToConnect()
    {
        m_dao.openDao = test::testProfile(); // open, but no node answers (client() is null)
        app::VoterCheck check(m_executor, m_dao, m_cache);
        check.check(QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"), QStringLiteral("1"));
        QCOMPARE(check.status(), VoterStatus::Failed);
        QCOMPARE(check.message(), QStringLiteral("Connect to the DAO's node to check voting power."));
        QVERIFY(!check.offerSelfDelegate());
    }
};

DD_REGISTER_TEST(TestVoterCheck);
#include "tst_votercheck.moc"
