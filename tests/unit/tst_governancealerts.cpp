// Governance alerts: a new proposal once, an unvoted vote ending within a day once, nothing for
// history on the first look.

#include "testregistry.h"

#include "dao/governancealerts.h"

#include <QTest>

using namespace dd;
using dd::dao::GovernanceAlert;

class TestGovernanceAlerts : public QObject {
    Q_OBJECT

    static cache::ProposalSummary proposal(const QString &id, quint64 block, cache::ProposalState state, quint64 end)
    {
        cache::ProposalSummary p;
        p.id = id;
        p.title = QStringLiteral("Proposal ") + id;
        p.block = block;
        p.state = state;
        p.voteEnd = end;
        return p;
    }
    static cache::ChainPosition at(quint64 head)
    {
        cache::ChainPosition position;
        position.headBlock = head;
        position.startBlock = 0;
        position.startTime = 0;
        position.headTime = head * 12; // 12 s a block
        return position;
    }

private slots:
    void firstLookRaisesOnlyWhatEndsSoon()
    {
        const QList<cache::ProposalSummary> all {proposal(QStringLiteral("1"), 10, cache::ProposalState::Executed, 60),
            proposal(QStringLiteral("2"), 900, cache::ProposalState::Active, 1000),
            proposal(QStringLiteral("3"), 950, cache::ProposalState::Active, 50000)};
        const auto alerts = dao::governanceAlerts(all, at(990), {}, dao::AlertMemory {});
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].kind, GovernanceAlert::Kind::EndingSoon);
        QCOMPARE(alerts[0].proposalId, QStringLiteral("2"));
        QCOMPARE(alerts[0].secondsLeft, 120); // 10 blocks of 12 s
    }

    void newProposalsOnceAndNotWhenVoted()
    {
        dao::AlertMemory memory;
        memory.initialized = true;
        memory.seenBlock = 1000;
        QList<cache::ProposalSummary> all {proposal(QStringLiteral("4"), 1001, cache::ProposalState::Pending, 9000),
            proposal(QStringLiteral("5"), 1002, cache::ProposalState::Active, 1010)};
        auto alerts = dao::governanceAlerts(all, at(1005), {QStringLiteral("5")}, memory);
        QCOMPARE(alerts.size(), 2); // both new; 5 ends soon but is voted
        QCOMPARE(alerts[0].key(), QStringLiteral("new:4"));
        QCOMPARE(alerts[1].key(), QStringLiteral("new:5"));
        for (const auto &a : alerts)
            memory.raised.insert(a.key());
        QVERIFY(dao::governanceAlerts(all, at(1005), {QStringLiteral("5")}, memory).isEmpty());
        // Not voted: ending within a day is raised, once.
        alerts = dao::governanceAlerts(all, at(1005), {}, memory);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts[0].key(), QStringLiteral("ending:5"));
        // Ended votes raise nothing.
        QVERIFY(dao::governanceAlerts(all, at(1020), {}, memory).isEmpty());
    }
};

DD_REGISTER_TEST(TestGovernanceAlerts);
#include "tst_governancealerts.moc"
