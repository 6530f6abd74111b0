#include "testregistry.h"

#include "common/hex.h"
#include "eth/abicodec.h"
#include "eth/abifunction.h"
#include "eth/abitext.h"

#include <QTest>

using namespace dd::eth;

namespace {
QByteArray hex(const char *h)
{
    return dd::fromHex(QString::fromLatin1(h)).value();
}
} // namespace

class TestAbi : public QObject {
    Q_OBJECT
private slots:
    // The examples of the Solidity ABI specification ("Examples" section).
    void specExampleBaz()
    {
        auto f = AbiFunction::parse(u"baz(uint32,bool)").value();
        QCOMPARE(dd::toHex(f.selector()), QStringLiteral("0xcdcd77c0"));
        auto encoded = abi::encode(f.inputs, {AbiValue::number(69), AbiValue::boolean(true)});
        QCOMPARE(dd::toHex(encoded.value(), false),
            QStringLiteral("0000000000000000000000000000000000000000000000000000000000000045"
                           "0000000000000000000000000000000000000000000000000000000000000001"));
    }
    void specExampleSam()
    {
        auto f = AbiFunction::parse(u"sam(bytes,bool,uint256[])").value();
        QCOMPARE(dd::toHex(f.selector()), QStringLiteral("0xa5643bf2"));
        auto encoded = abi::encode(f.inputs,
            {AbiValue::bytes("dave"), AbiValue::boolean(true),
                AbiValue::list({AbiValue::number(1), AbiValue::number(2), AbiValue::number(3)})});
        QCOMPARE(encoded.value(),
            hex("0000000000000000000000000000000000000000000000000000000000000060"
                "0000000000000000000000000000000000000000000000000000000000000001"
                "00000000000000000000000000000000000000000000000000000000000000a0"
                "0000000000000000000000000000000000000000000000000000000000000004"
                "6461766500000000000000000000000000000000000000000000000000000000"
                "0000000000000000000000000000000000000000000000000000000000000003"
                "0000000000000000000000000000000000000000000000000000000000000001"
                "0000000000000000000000000000000000000000000000000000000000000002"
                "0000000000000000000000000000000000000000000000000000000000000003"));
        auto decoded = abi::decode(f.inputs, encoded.value());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value()[0].asBytes(), QByteArray("dave"));
        QCOMPARE(decoded.value()[2].asList().size(), std::size_t(3));
    }
    void specExampleDynamicTuple()
    {
        // f(uint256,uint32[],bytes10,bytes) with (0x123, [0x456, 0x789], "1234567890", "Hello, world!")
        auto f = AbiFunction::parse(u"f(uint256,uint32[],bytes10,bytes)").value();
        QCOMPARE(dd::toHex(f.selector()), QStringLiteral("0x8be65246"));
        auto encoded = abi::encode(f.inputs,
            {AbiValue::number(0x123), AbiValue::list({AbiValue::number(0x456), AbiValue::number(0x789)}),
                AbiValue::bytes("1234567890"), AbiValue::bytes("Hello, world!")});
        QCOMPARE(encoded.value(),
            hex("0000000000000000000000000000000000000000000000000000000000000123"
                "0000000000000000000000000000000000000000000000000000000000000080"
                "3132333435363738393000000000000000000000000000000000000000000000"
                "00000000000000000000000000000000000000000000000000000000000000e0"
                "0000000000000000000000000000000000000000000000000000000000000002"
                "0000000000000000000000000000000000000000000000000000000000000456"
                "0000000000000000000000000000000000000000000000000000000000000789"
                "000000000000000000000000000000000000000000000000000000000000000d"
                "48656c6c6f2c20776f726c642100000000000000000000000000000000000000"));
    }
    void declarationsAndEvents()
    {
        auto transfer = AbiFunction::parse(u"function transfer(address to, uint256 amount) external returns (bool)");
        QVERIFY(transfer.ok());
        QCOMPARE(transfer.value().signature(), QStringLiteral("transfer(address,uint256)"));
        QCOMPARE(transfer.value().outputs.size(), std::size_t(1));
        auto event = AbiFunction::parse(u"event Transfer(address indexed from, address indexed to, uint256 value)");
        QVERIFY(event.ok());
        QCOMPARE(event.value().kind, AbiFunction::Kind::Event);
        QVERIFY(event.value().inputs[0].indexed);
        QCOMPARE(dd::toHex(event.value().topic()),
            QStringLiteral("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
        auto tuple = AbiType::parse(u"tuple(address,(uint8,bytes)[])[2] memory items");
        QVERIFY(tuple.ok());
        QCOMPARE(tuple.value().canonical(), QStringLiteral("(address,(uint8,bytes)[])[2]"));
        QCOMPARE(tuple.value().name, QStringLiteral("items"));
        QVERIFY(!AbiType::parse(u"uint7").ok());
        QVERIFY(!AbiType::parse(u"bytes33").ok());
        QVERIFY(!AbiType::parse(u"(uint256").ok());
        QVERIFY(!AbiFunction::parse(u"no parentheses").ok());
    }
    void hostileDataIsRefused_data()
    {
        QTest::addColumn<QString>("types");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("words");
        const QByteArray word1 = UInt256(1).toBigEndian();
        QTest::newRow("short") << "uint256" << QByteArray(31, '\0') << "ends at byte 31";
        QTest::newRow("offset past end") << "bytes" << UInt256(4096).toBigEndian() << "points past";
        QTest::newRow("length past end") << "bytes" << (UInt256(32).toBigEndian() + UInt256(1000).toBigEndian())
                                         << "runs past";
        QTest::newRow("huge array") << "uint256[]" << (UInt256(32).toBigEndian() + UInt256::max().toBigEndian())
                                    << "runs past";
        QTest::newRow("dirty address") << "address" << UInt256::max().toBigEndian() << "upper 12 bytes";
        QTest::newRow("bool 2") << "bool" << UInt256(2).toBigEndian() << "neither 0 nor 1";
        QTest::newRow("uint8 300") << "uint8" << UInt256(300).toBigEndian() << "bits above 8";
        QTest::newRow("int8 not extended") << "int8" << UInt256(200).toBigEndian() << "sign-extended";
        Q_UNUSED(word1);
    }
    void hostileDataIsRefused()
    {
        QFETCH(QString, types);
        QFETCH(QByteArray, data);
        QFETCH(QString, words);
        auto decoded = abi::decode(AbiType::parseList(types).value(), data);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.message().contains(words), qPrintable(decoded.message()));
    }
    void textRoundTrip()
    {
        const auto types = AbiType::parseList(u"uint256,int8,address,bool[],(string,bytes2)").value();
        auto values = abitext::parseValues(types,
            {QStringLiteral("123456"), QStringLiteral("-5"),
                QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), QStringLiteral("[true, false]"),
                QStringLiteral("(\"a, b\", 0xbeef)")});
        QVERIFY2(values.ok(), qPrintable(values.message()));
        QCOMPARE(abitext::format(types[0], values.value()[0]), QStringLiteral("123456 [1.234e5]"));
        QCOMPARE(abitext::format(types[1], values.value()[1]), QStringLiteral("-5"));
        QCOMPARE(abitext::format(types[3], values.value()[3]), QStringLiteral("[true, false]"));
        QCOMPARE(abitext::format(types[4], values.value()[4]), QStringLiteral("(\"a, b\", 0xbeef)"));
        QVERIFY(!abitext::parseValue(types[1], u"-129").ok());
        QVERIFY(!abitext::parseValue(types[2], u"0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").ok());
    }
};
DD_REGISTER_TEST(TestAbi);
#include "tst_abi.moc"
