#include "testregistry.h"

#include "eth/rlp.h"
#include "eth/uint256.h"
#include "eth/units.h"

#include <QTest>

using namespace dd::eth;

class TestUInt256 : public QObject {
    Q_OBJECT
private slots:
    void parseAndPrint()
    {
        const QString max
            = QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");
        QCOMPARE(UInt256::max().toDecimal(), max);
        // Printed 19 digits at a time: the chunks' edges, and zeros inside a chunk.
        for (const char *decimal : {"0", "9", "9999999999999999999", "10000000000000000000", "18446744073709551615",
                 "18446744073709551616", "100000000000000000000000000000000000005",
                 "1000000000000000000000000000000000000000000000000000000000000000000000000000",
                 "340282366920938463463374607431768211456"})
            QCOMPARE(UInt256::parse(QString::fromLatin1(decimal)).value().toDecimal(), QString::fromLatin1(decimal));
        QCOMPARE(UInt256::parse(max).value(), UInt256::max());
        QCOMPARE(UInt256::max().toHex(), QStringLiteral("0x") + QString(64, u'f'));
        QCOMPARE(UInt256(0).toHex(), QStringLiteral("0x0"));
        QCOMPARE(UInt256::parse(u"0x3e8").value(), UInt256(1000));
        QCOMPARE(UInt256(1000).toBigEndian().right(2), QByteArray::fromHex("03e8"));
        QVERIFY(UInt256(0).toMinimalBigEndian().isEmpty());
        // 2^256 does not fit, in either spelling.
        QVERIFY(
            !UInt256::parse(u"115792089237316195423570985008687907853269984665640564039457584007913129639936").ok());
        QVERIFY(!UInt256::parse(QStringLiteral("0x1") + QString(64, u'0')).ok());
        QVERIFY(!UInt256::parse(u"12a").ok());
        QVERIFY(!UInt256::parse(u"").ok());
    }
    void arithmeticWraps()
    {
        QCOMPARE(UInt256::max() + UInt256(1), UInt256(0));
        QCOMPARE(UInt256(0) - UInt256(1), UInt256::max());
        QVERIFY(UInt256::max().addOverflows(1));
        QVERIFY(!UInt256(5).addOverflows(7));
        const UInt256 big = UInt256::parse(u"0x100000000000000000000000000000000").value(); // 2^128
        QVERIFY(big.mulOverflows(big));
        QVERIFY(!big.mulOverflows(big - UInt256(1))); // 2^256 - 2^128 still fits
        QVERIFY(!UInt256(1ULL << 63).mulOverflows(UInt256(1ULL << 63)));
        QCOMPARE((UInt256(123456789) * UInt256(987654321)).toDecimal(), QStringLiteral("121932631112635269"));
    }
    void signedValues()
    {
        QCOMPARE(UInt256::parseSigned(u"-1").value(), UInt256::max());
        QCOMPARE(UInt256::parseSigned(u"-5").value().toSignedDecimal(), QStringLiteral("-5"));
        QVERIFY(UInt256::parseSigned(u"-128").value().fitsSigned(8));
        QVERIFY(!UInt256::parseSigned(u"-129").value().fitsSigned(8));
        QVERIFY(UInt256::parseSigned(u"127").value().fitsSigned(8));
        QVERIFY(!UInt256::parseSigned(u"128").value().fitsSigned(8));
        QVERIFY(!UInt256::parseSigned(u"-57896044618658097711785492504343953926634992332820282019728792003956564819969")
                     .ok());
    }
    void units()
    {
        QCOMPARE(parseUnits(u"1.5", 18).value().toDecimal(), QStringLiteral("1500000000000000000"));
        QCOMPARE(parseUnits(u"0.000000000000000001", 18).value(), UInt256(1));
        QCOMPARE(parseUnits(u".25", 2).value(), UInt256(25));
        QCOMPARE(parseUnits(u"42", 0).value(), UInt256(42));
        QVERIFY(!parseUnits(u"0.0000000000000000001", 18).ok());
        QVERIFY(!parseUnits(u"-1", 18).ok());
        QVERIFY(!parseUnits(u"1e18", 18).ok());
        QVERIFY(!parseUnits(u"", 18).ok());
        QCOMPARE(formatUnits(UInt256::parse(u"1500000000000000000").value(), 18), QStringLiteral("1.5"));
        QCOMPARE(formatUnits(UInt256(1), 18), QStringLiteral("0.000000000000000001"));
        QCOMPARE(formatUnits(UInt256(0), 18), QStringLiteral("0"));
        QCOMPARE(formatUnits(UInt256(1230), 2), QStringLiteral("12.3"));
    }

    // The examples of Ethereum's RLP documentation.
    void rlpExamples()
    {
        using rlp::Item;
        QCOMPARE(rlp::encode(Item::string("dog")), QByteArray::fromHex("83646f67"));
        QCOMPARE(rlp::encode(Item::list({Item::string("cat"), Item::string("dog")})),
            QByteArray::fromHex("c88363617483646f67"));
        QCOMPARE(rlp::encode(Item::string("")), QByteArray::fromHex("80"));
        QCOMPARE(rlp::encode(Item::list({})), QByteArray::fromHex("c0"));
        QCOMPARE(rlp::encode(Item::string(QByteArray::fromHex("0f"))), QByteArray::fromHex("0f"));
        QCOMPARE(rlp::encode(Item::string(QByteArray::fromHex("0400"))), QByteArray::fromHex("820400"));
        // The set-theoretical representation of three.
        QCOMPARE(rlp::encode(Item::list({Item::list({}), Item::list({Item::list({})}),
                     Item::list({Item::list({}), Item::list({Item::list({})})})})),
            QByteArray::fromHex("c7c0c1c0c3c0c1c0"));
        const QByteArray lorem("Lorem ipsum dolor sit amet, consectetur adipisicing elit");
        QCOMPARE(rlp::encode(Item::string(lorem)), QByteArray::fromHex("b838") + lorem);
        auto decoded = rlp::decode(QByteArray::fromHex("c88363617483646f67"));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().items.size(), std::size_t(2));
        QCOMPARE(decoded.value().items[1].bytes, QByteArray("dog"));
    }
    // Issue 16, finding 6: a wide list decodes in linear time (each item used to copy the rest
    // of the input: a megabyte took minutes). 300,000 items here.
    void rlpWideListsDecode()
    {
        const int count = 300000;
        QByteArray payload(count, '\x01');
        QByteArray list = QByteArray::fromHex("fa") + QByteArray(1, char(count >> 16)) + QByteArray(1, char(count >> 8))
            + QByteArray(1, char(count)) + payload;
        auto decoded = rlp::decode(list);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded.value().items.size(), std::size_t(count));
        QCOMPARE(rlp::encode(decoded.value()), list);
    }

    void rlpRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("words");
        QTest::newRow("truncated string") << QByteArray::fromHex("83646f") << "truncated";
        QTest::newRow("truncated list") << QByteArray::fromHex("c883636174") << "truncated";
        QTest::newRow("non-canonical single byte") << QByteArray::fromHex("810f") << "single byte";
        QTest::newRow("long form for short") << QByteArray::fromHex("b803646f67") << "long form";
        QTest::newRow("leading zero length") << QByteArray::fromHex("b90003") << "leading zero";
        QTest::newRow("trailing bytes") << QByteArray::fromHex("83646f6700") << "trailing";
        QTest::newRow("empty") << QByteArray() << "truncated";
    }
    void rlpRefusesBadInput()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, words);
        auto decoded = rlp::decode(input);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.message().contains(words), qPrintable(decoded.message()));
    }
};
DD_REGISTER_TEST(TestUInt256);
#include "tst_uint256.moc"
