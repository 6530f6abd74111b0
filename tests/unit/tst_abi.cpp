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
    // Issue 16, finding 2: every element of a 1 MiB bytes[] points at the same 512 KiB value.
    // Decoded as it claims, that is 16,000 copies (8 GB); refused instead, in words, at once.
    void aliasedOffsetsAreRefused()
    {
        const qsizetype valueBytes = 512 * 1024;
        const qsizetype count = (1024 * 1024 - valueBytes) / 32 - 4;
        QByteArray data = UInt256(32).toBigEndian() + UInt256(std::uint64_t(count)).toBigEndian();
        const qsizetype shared = 32 * count; // from the element heads' start
        for (qsizetype i = 0; i < count; ++i)
            data += UInt256(std::uint64_t(shared)).toBigEndian();
        data += UInt256(std::uint64_t(valueBytes)).toBigEndian() + QByteArray(valueBytes, 'x');
        auto decoded = abi::decode(AbiType::parseList(u"bytes[]").value(), data);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.message().contains(QStringLiteral("more than it holds")), qPrintable(decoded.message()));
        // The same value referred to by two elements, as a compact encoder may write: still fine.
        QByteArray twice = UInt256(32).toBigEndian() + UInt256(2).toBigEndian() + UInt256(64).toBigEndian()
            + UInt256(64).toBigEndian() + UInt256(3).toBigEndian() + QByteArray("abc").leftJustified(32, '\0');
        auto two = abi::decode(AbiType::parseList(u"bytes[]").value(), twice);
        QVERIFY2(two.ok(), qPrintable(two.message()));
        QCOMPARE(two.value()[0].asList().size(), std::size_t(2));
    }

    // Finding 3: a fixed array's length is not an allocation to make before reading any data,
    // and a head size is not an int to overflow.
    void hugeFixedArraysAreRefused()
    {
        for (const char16_t *text : {u"uint[999999999]", u"uint256[67108864]", u"(uint256[65536])[65536]"}) {
            auto type = AbiType::parse(text);
            QVERIFY2(!type.ok(), qPrintable(QString::fromUtf16(text)));
            QVERIFY2(type.message().contains(QStringLiteral("takes more than")), qPrintable(type.message()));
        }
        QVERIFY(!AbiFunction::parse(u"f(uint256[67108864])").ok());
        // Built by hand, past parse(): the decoder checks the data can hold it first.
        AbiType built = AbiType::parse(u"uint256[1]").value();
        built.size = 999999999;
        auto decoded = abi::decode({built}, QByteArray(64, '\0'));
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.message().contains(QStringLiteral("more than it holds")), qPrintable(decoded.message()));
        QVERIFY(built.headSize() <= AbiType::kMaxHeadSize + 1);
    }

    // Deep nesting is refused before it recurses (a 100,000-deep type would end the stack).
    void deepNestingIsRefused()
    {
        const QString tuples = QString(100000, u'(') + QStringLiteral("uint256") + QString(100000, u')');
        auto deep = AbiType::parse(tuples);
        QVERIFY(!deep.ok());
        QVERIFY2(deep.message().contains(QStringLiteral("nested more than")), qPrintable(deep.message().left(200)));
        QString arrays = QStringLiteral("uint256");
        for (int i = 0; i < 100000; ++i)
            arrays += QStringLiteral("[]");
        QVERIFY(!AbiType::parse(arrays).ok());
        QVERIFY(AbiType::parse(QString(30, u'(') + QStringLiteral("uint256") + QString(30, u')')).ok());
    }

    // Finding 11: an array of the empty tuple decodes back to what was encoded.
    void arraysOfTheEmptyTupleRoundTrip()
    {
        const auto types = AbiType::parseList(u"(())[1][]").value();
        const AbiValue holdsTheEmptyTuple = AbiValue::list({AbiValue::list({})}); // (())
        const AbiValue one = AbiValue::list({holdsTheEmptyTuple}); // (())[1]
        const AbiValue::List values {AbiValue::list({one, one, one})};
        auto encoded = abi::encode(types, values);
        QVERIFY2(encoded.ok(), qPrintable(encoded.message()));
        auto decoded = abi::decode(types, encoded.value());
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded.value().size(), std::size_t(1));
        QCOMPARE(decoded.value()[0].asList().size(), std::size_t(3));
        QCOMPARE(decoded.value()[0].asList()[2].asList().size(), std::size_t(1));
        // A count no data backs, of elements that take no bytes, is still a lie.
        auto lie = abi::decode(types, UInt256(32).toBigEndian() + UInt256(std::uint64_t(1) << 40).toBigEndian());
        QVERIFY(!lie.ok());
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
