#include "testregistry.h"

#include "common/hex.h"

#include <QTest>

class TestHex : public QObject {
    Q_OBJECT
private slots:
    void roundTrip()
    {
        QCOMPARE(dd::toHex(QByteArray::fromHex("00ff10")), QStringLiteral("0x00ff10"));
        QCOMPARE(dd::toHex(QByteArray::fromHex("00ff10"), false), QStringLiteral("00ff10"));
        QCOMPARE(dd::fromHex(u"0x00FF10").value(), QByteArray::fromHex("00ff10"));
        QCOMPARE(dd::fromHex(u"abcd").value(), QByteArray::fromHex("abcd"));
        QCOMPARE(dd::fromHex(u"0x").value(), QByteArray());
        // The same on Latin-1 bytes (what a JSON parser hands over).
        QCOMPARE(dd::fromHex(QLatin1StringView("0x00FF10")).value(), QByteArray::fromHex("00ff10"));
        QCOMPARE(dd::fromHex(QLatin1StringView("abcd")).value(), QByteArray::fromHex("abcd"));
        QVERIFY(!dd::fromHex(QLatin1StringView("0xabc")));
        QCOMPARE(dd::fromHex(QLatin1StringView("0xag")).message(), QStringLiteral("'g' is not a hex digit."));
    }
    void refusesBadInput()
    {
        auto odd = dd::fromHex(u"0xabc");
        QVERIFY(!odd.ok());
        QVERIFY(odd.message().contains(QStringLiteral("odd")));
        auto bad = dd::fromHex(u"0xzz");
        QVERIFY(!bad.ok());
        QVERIFY(bad.message().contains(QStringLiteral("'z' is not a hex digit")));
    }
};
DD_REGISTER_TEST(TestHex);
#include "tst_hex.moc"
