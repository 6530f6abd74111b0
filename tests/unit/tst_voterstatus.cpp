// Why an account can or cannot vote: each cause of "0 votes" told apart.

#include "testaddress.h"
#include "testregistry.h"

#include "dao/voterstatus.h"

#include <QTest>

using namespace dd;
using namespace dd::dao;

class TestVoterStatus : public QObject {
    Q_OBJECT

    static crypto::Address address(char last) { return test::testAddress(last); }
    static VoterFacts facts()
    {
        VoterFacts f;
        f.account = address(1);
        f.delegateNow = address(0); // the zero address: never delegated
        f.snapshot = 100;
        return f;
    }

private slots:
    void powerAtSnapshotVotes()
    {
        VoterFacts f = facts();
        f.votesAtSnapshot = 5;
        QCOMPARE(assessVoter(f), VoterStatus::CanVote);
        f.hasVoted = true;
        QCOMPARE(assessVoter(f), VoterStatus::AlreadyVoted);
    }

    void zeroPowerHasThreeCauses()
    {
        VoterFacts f = facts();
        QCOMPARE(assessVoter(f), VoterStatus::NoTokens);
        QVERIFY(!selfDelegationHelps(f)); // nothing to delegate

        f.balanceNow = 10;
        QCOMPARE(assessVoter(f), VoterStatus::NotDelegated);
        QVERIFY(selfDelegationHelps(f));

        f.delegateNow = address(9);
        QCOMPARE(assessVoter(f), VoterStatus::DelegatedToOther);
        QVERIFY(selfDelegationHelps(f));

        f.delegateNow = f.account;
        f.delegatedAtBlock = 101; // a checkpoint counts at blocks from its own on: 101 misses snapshot 100
        QCOMPARE(assessVoter(f), VoterStatus::DelegatedAfterSnapshot);
        QVERIFY(!selfDelegationHelps(f)); // already done; it counts for the next proposal

        f.delegatedAtBlock = 40;
        f.balanceNow = 0;
        QCOMPARE(assessVoter(f), VoterStatus::NoTokens);
    }

    void zeroAddressIsZero()
    {
        QVERIFY(address(0).isZero());
        QVERIFY(crypto::Address().isZero());
        QVERIFY(!address(1).isZero());
    }
};

DD_REGISTER_TEST(TestVoterStatus);
#include "tst_voterstatus.moc"
