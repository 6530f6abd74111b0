#include "testregistry.h"

#include "crypto/address.h"

#include <QTest>

class TestAddress : public QObject {
    Q_OBJECT
private slots:
    // The examples of EIP-55 itself.
    void eip55Examples_data()
    {
        QTest::addColumn<QString>("address");
        for (const char *a :
            {"0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
                "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
                "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
                "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
            QTest::newRow(a) << QString::fromLatin1(a);
    }
    void eip55Examples()
    {
        QFETCH(QString, address);
        auto parsed = dd::crypto::Address::parse(address);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        // All-caps and all-lower examples are the checksummed form of themselves only when
        // the checksum says so; for the mixed-case ones the round trip is exact.
        const bool mixed = address.mid(2) != address.mid(2).toLower() && address.mid(2) != address.mid(2).toUpper();
        if (mixed)
            QCOMPARE(parsed.value().toChecksumString(), address);
        QCOMPARE(parsed.value().toChecksumString().toLower(), address.toLower());
        QCOMPARE(dd::crypto::Address::parse(address.toLower()).value().toChecksumString(),
            parsed.value().toChecksumString());
    }
    void wrongChecksumIsRefusedInWords()
    {
        // One letter's case flipped in an EIP-55 example.
        auto parsed = dd::crypto::Address::parse(u"0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.message().contains(QStringLiteral("wrong EIP-55 checksum")), qPrintable(parsed.message()));
    }
    void malformed()
    {
        QVERIFY(!dd::crypto::Address::parse(u"0x1234").ok());
        QVERIFY(!dd::crypto::Address::parse(u"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").ok());
        QVERIFY(!dd::crypto::Address::parse(u"0xzaAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").ok());
    }
};
DD_REGISTER_TEST(TestAddress);
#include "tst_address.moc"
