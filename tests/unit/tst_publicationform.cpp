// A publication as the member describes it: a corrected version's "replaces" read from what they
// typed, refused in words when it is not a dataset number, and kept in the record a restart
// continues from (records written before it read as a new dataset).

#include "testaddress.h"
#include "testregistry.h"

#include "dao/pendingpublication.h"
#include "dao/publicationjob.h"

#include <QTest>

using namespace dd;
using namespace dd::dao;

class TestPublicationForm : public QObject {
    Q_OBJECT

    static PublicationForm form(const QString &replaces)
    {
        return {QStringLiteral("/data/trams.csv"), test::testAddress(1), QStringLiteral("Tram ridership"), QString(),
            QStringLiteral("CC-BY-4.0"), QString(), QString(), QStringLiteral("100"), replaces};
    }

private slots:
    void aCorrectedVersionNamesItsDataset()
    {
        QCOMPARE(publicationRequest(form(QString())).value().description.replaces, quint64(0));
        QCOMPARE(publicationRequest(form(QStringLiteral("9"))).value().description.replaces, quint64(9));
        QCOMPARE(publicationRequest(form(QStringLiteral(" #9 "))).value().description.replaces, quint64(9));
        for (const char *bad : {"0", "nine", "#", "-9", "99999999999"}) {
            auto refused = publicationRequest(form(QString::fromLatin1(bad)));
            QVERIFY2(!refused.ok(), bad);
            QVERIFY2(refused.message().startsWith(u"Replaces: give the number of your dataset"),
                qPrintable(refused.message()));
        }
    }

    void theRecordKeepsIt()
    {
        PendingPublication p;
        p.path = QStringLiteral("/data/trams.csv");
        p.title = QStringLiteral("Tram ridership");
        p.licenseId = QStringLiteral("CC-BY-4.0");
        p.replaces = 9;
        p.size = 10;
        p.content = storage::Cid::parse(QStringLiteral("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"))
                        .value();
        p.metadata = p.content;
        p.account = test::testAddress(1);
        p.registry = test::testAddress(2);
        p.chainId = 31337;
        p.stage = QStringLiteral("uploading");
        auto back = PendingPublication::fromJson(p.toJson());
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back.value().replaces, quint64(9));
        QCOMPARE(back.value().toPrepared().description.replaces, quint64(9));
        QJsonObject older = p.toJson();
        older.remove(QStringLiteral("replaces"));
        QCOMPARE(PendingPublication::fromJson(older).value().replaces, quint64(0));
        older.insert(QStringLiteral("replaces"), QStringLiteral("x"));
        QVERIFY(PendingPublication::fromJson(older).message().contains(u"replaces"));
    }
};

DD_REGISTER_TEST(TestPublicationForm);
#include "tst_publicationform.moc"
