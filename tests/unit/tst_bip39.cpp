#include "testregistry.h"

#include "common/hex.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"

#include <QTest>

using namespace dd::crypto;

class TestBip39 : public QObject {
    Q_OBJECT
private slots:
    void wordList()
    {
        QCOMPARE(bip39::englishWordList().size(), 2048);
        QCOMPARE(bip39::englishWordList().first(), QStringLiteral("abandon"));
        QCOMPARE(bip39::englishWordList().last(), QStringLiteral("zoo"));
    }

    // BIP-39's reference vectors (trezor/python-mnemonic vectors.json), passphrase "TREZOR".
    void vectors_data()
    {
        QTest::addColumn<QString>("entropy");
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("seed");
        QTest::newRow("12 zero")
            << "00000000000000000000000000000000"
            << "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon "
               "abandon about"
            << "c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e"
               "1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04";
        QTest::newRow("12 7f")
            << "7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f"
            << "legal winner thank year wave sausage worth useful legal winner thank yellow"
            << "2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c8093"
               "7a1c1069be3a3a5bd381ee6260e8d9739fce1f607";
        QTest::newRow("24 ff")
            << "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff"
            << "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo "
               "zoo zoo vote"
            << "dd48c104698c30cfe2b6142103248622fb7bb0ff692eebb00089b32d22484e1613912f0a5b694407be899ff"
               "d31ed3992c456cdf60f5d4564b8ba3f05a69890ad";
        QTest::newRow("24 random")
            << "9f6a2878b2520799a44ef18bc7df394e7061a224d2c33cd015b157d746869863"
            << "panda eyebrow bullet gorilla call smoke muffin taste mesh discover soft ostrich "
               "alcohol speed nation flash devote level hobby quick inner drive ghost inside"
            << "72be8e052fc4919d2adf28d5306b5474b0069df35b02303de8c1729c9538dbb6fc2d731d5f832193cd9"
               "fb6aeecbc469594a70e3dd50811b5067f3b88b28c3e8d";
        QTest::newRow("18 random") << "0ce452419635c1a5faf44d60f2029f73fdc43419b4de1f03"
                                   << "artefact card motor cluster foster spray type meadow genius mosquito pond tree "
                                      "sword borrow grocery orange business burger"
                                   << "";
    }
    void vectors()
    {
        QFETCH(QString, entropy);
        QFETCH(QString, mnemonic);
        QFETCH(QString, seed);
        const dd::SecureBytes bytes(dd::fromHex(entropy).value());
        QCOMPARE(bip39::mnemonicFromEntropy(bytes), mnemonic);
        auto back = bip39::mnemonicToEntropy(mnemonic);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QVERIFY(back.value() == bytes);
        if (!seed.isEmpty())
            QCOMPARE(dd::toHex(bip39::mnemonicToSeed(mnemonic, QStringLiteral("TREZOR")).view(), false), seed);
    }
    void generatedPhrasesValidate()
    {
        for (int words : {12, 24}) {
            auto phrase = bip39::generateMnemonic(words);
            QVERIFY(phrase.ok());
            QCOMPARE(phrase.value().split(u' ').size(), words);
            QVERIFY(bip39::mnemonicToEntropy(phrase.value()).ok());
        }
        QVERIFY(!bip39::generateMnemonic(13).ok());
    }
    void badWordIsNamed()
    {
        auto result = bip39::mnemonicToEntropy(QStringLiteral(
            "abandon abandon abandon abandon abandon abandonn abandon abandon abandon abandon abandon about"));
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("Word 6, \"abandonn\"")), qPrintable(result.message()));
    }
    void badChecksum()
    {
        auto result = bip39::mnemonicToEntropy(QStringLiteral(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon"));
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("checksum")), qPrintable(result.message()));
    }
    void badWordCount()
    {
        auto result = bip39::mnemonicToEntropy(QStringLiteral("abandon about"));
        QVERIFY(!result.ok());
        QVERIFY(result.message().contains(QStringLiteral("this one has 2")));
    }
    void whitespaceAndCaseAreForgiven()
    {
        auto normalized = bip39::normalizeMnemonic(
            QStringLiteral("  Test test TEST test\ttest test test test\n test test test junk "));
        QVERIFY(normalized.ok());
        QCOMPARE(normalized.value(), QStringLiteral("test test test test test test test test test test test junk"));
    }
    void developmentMnemonic()
    {
        const auto seed
            = bip39::mnemonicToSeed(QStringLiteral("test test test test test test test test test test test junk"));
        QCOMPARE(bip32::ethereumKeyFromSeed(seed, 0).value().address().toChecksumString(),
            QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(bip32::ethereumKeyFromSeed(seed, 1).value().address().toChecksumString(),
            QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"));
        QCOMPARE(bip32::ethereumKeyFromSeed(seed, 3).value().address().toChecksumString(),
            QStringLiteral("0x90F79bf6EB2c4f870365E785982E1f101E93b906"));
    }
};
DD_REGISTER_TEST(TestBip39);
#include "tst_bip39.moc"
