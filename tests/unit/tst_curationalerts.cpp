// Curation notifications: what curation did to the member's dataset, or to one they reviewed, in
// words; nothing on the first look; nothing at or before the block already looked at.

#include "testregistry.h"

#include "dao/curationalerts.h"

#include <QTest>

using namespace dd;
using dd::dao::AlertMemory;

class TestCurationAlerts : public QObject {
    Q_OBJECT

    static cache::MemberCurationEvent event(const char *kind, qint64 block, QJsonObject data = {})
    {
        cache::MemberCurationEvent e;
        e.datasetId = 3;
        e.title = QStringLiteral("Street trees inventory");
        e.kind = QString::fromLatin1(kind);
        e.actor = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        e.data = std::move(data);
        e.block = block;
        e.contributedByMe = true;
        return e;
    }
    static AlertMemory lookedAt(quint64 block)
    {
        AlertMemory memory;
        memory.initialized = true;
        memory.seenBlock = block;
        return memory;
    }

private slots:
    void theContributorReadsEachStepInWords()
    {
        const QList<cache::MemberCurationEvent> events {
            event("review", 11, {{QStringLiteral("approve"), false}, {QStringLiteral("reason"), 2}}),
            event("review", 12, {{QStringLiteral("approve"), true}}),
            event("decided", 13, {{QStringLiteral("approved"), false}}),
            event("awaiting", 14),
            event("appealResolved", 15, {{QStringLiteral("overturned"), true}}),
            event("challenged", 16),
        };
        const auto alerts = dao::curationAlerts(events, lookedAt(10));
        QCOMPARE(alerts.size(), 6);
        QCOMPARE(alerts[0].summary,
            QStringLiteral(
                "\u201cStreet trees inventory\u201d (#3) was rejected by curator 0x7099\u202679C8: Personal data"));
        QCOMPARE(alerts[1].summary,
            QStringLiteral("\u201cStreet trees inventory\u201d (#3) was approved by curator 0x7099\u202679C8"));
        QCOMPARE(alerts[2].summary,
            QStringLiteral("\u201cStreet trees inventory\u201d (#3) is rejected: the curators' quorum decided"));
        QVERIFY(alerts[2].body.contains(u"appeal"));
        QVERIFY(alerts[3].summary.contains(u"waits for governance"));
        QCOMPARE(alerts[4].summary,
            QStringLiteral("The token holders overturned the rejection of \u201cStreet trees inventory\u201d (#3): it "
                           "is approved"));
        QCOMPARE(alerts[5].summary,
            QStringLiteral(
                "\u201cStreet trees inventory\u201d (#3) is challenged by 0x7099\u202679C8 and back in review"));
        QCOMPARE(alerts[0].datasetId, quint64(3));
        QCOMPARE(alerts[0].key, QStringLiteral("review:3:11:0"));
    }

    void aCuratorHearsOfAnAppealOrAChallenge()
    {
        cache::MemberCurationEvent appealed = event("appealed", 20);
        appealed.contributedByMe = false;
        appealed.reviewedByMe = true;
        appealed.title.clear(); // its metadata not read yet
        cache::MemberCurationEvent challenged = event("challenged", 21);
        challenged.contributedByMe = false;
        challenged.reviewedByMe = true;
        const auto alerts = dao::curationAlerts({appealed, challenged}, lookedAt(0));
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts[0].summary, QStringLiteral("Dataset #3, which you reviewed, is appealed to the token holders"));
        QCOMPARE(alerts[1].summary,
            QStringLiteral(
                "\u201cStreet trees inventory\u201d (#3), which you reviewed, is challenged and back in review"));
    }

    void theFirstLookAndWhatWasSeenRaiseNothing()
    {
        const QList<cache::MemberCurationEvent> events {event("decided", 5, {{QStringLiteral("approved"), true}}),
            event("decided", 9, {{QStringLiteral("approved"), true}})};
        QVERIFY(dao::curationAlerts(events, AlertMemory {}).isEmpty()); // not initialized: history
        const auto later = dao::curationAlerts(events, lookedAt(5));
        QCOMPARE(later.size(), 1);
        QCOMPARE(later[0].key, QStringLiteral("decided:3:9:0"));
        QVERIFY(later[0].body.contains(u"stake is returned"));
        // An event kind curation adds later is not announced in words it does not have.
        QVERIFY(dao::curationAlerts({event("fee", 12)}, lookedAt(5)).isEmpty());
    }
};

DD_REGISTER_TEST(TestCurationAlerts);
#include "tst_curationalerts.moc"
