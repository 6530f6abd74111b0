#include "testregistry.h"

#include "crypto/address.h"
#include "eth/blockies.h"

#include <QTest>

#include <limits>

// The vectors are the output of the reference blockies.js of https://github.com/ethereum/blockies
// at commit f056afe0594d148ee357261f8932dd37d700abd7 (seedrand, rand, createColor and
// createImageData, called in buildOpts' order), printed by tests/fixtures/blockies/make_vectors.js
// with plain node. The "#rrggbb" columns come from the same script's copy of the CSS Color 4
// hsl-to-sRGB sample code, each channel rounded to the nearest integer.
namespace {

struct Vector {
    const char *name;
    const char16_t *seed;
    int size;
    const char *cells; // row by row
    const char *colorHsl;
    const char *backgroundHsl;
    const char *spotHsl;
    const char *color;
    const char *background;
    const char *spot;
};

const Vector vectors[] = {
    {"zero address", u"0x0000000000000000000000000000000000000000", 8,
        "00100100"
        "10000001"
        "01100110"
        "21111112"
        "10122101"
        "10011001"
        "20000002"
        "00211200",
        "hsl(354,66.81960879825056%,56.21398128569126%)", "hsl(213,65.0781786441803%,49.646922980900854%)",
        "hsl(327,41.4509454369545%,63.29597851727158%)", "#da4554", "#2c76d1", "#c87ba5"},
    {"anvil account 0", u"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", 8,
        "01100110"
        "11111111"
        "01122110"
        "11100111"
        "12111121"
        "01111110"
        "10100101"
        "10111101",
        "hsl(51,81.86085094697773%,38.919122074730694%)", "hsl(145,94.71599504351616%,57.65902147395536%)",
        "hsl(24,90.92883471399546%,69.55499825999141%)", "#b49c12", "#2df982", "#f8a36b"},
    {"anvil account 1", u"0x70997970c51812dc3a010c7d01b50e0d17dc79c8", 8,
        "20011002"
        "10111101"
        "20100102"
        "01211210"
        "20200202"
        "01100110"
        "01122110"
        "10100101",
        "hsl(34,84.29647560231388%,63.908557523973286%)", "hsl(37,94.32553358376026%,44.13388586835936%)",
        "hsl(174,89.55553366802633%,35.55789673700929%)", "#f1ad55", "#db8906", "#09ac9c"},
    {"anvil account 2", u"0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc", 8,
        "20111102"
        "11011011"
        "10111101"
        "22100122"
        "11111111"
        "01111110"
        "01000010"
        "11111111",
        "hsl(48,45.82543985918164%,63.40588349848986%)", "hsl(245,47.27403056807816%,55.56834663730115%)",
        "hsl(266,78.37125413119793%,48.63330029183999%)", "#ccbb77", "#6158c3", "#6f1bdd"},
    {"vitalik.eth", u"0xd8da6bf26964af9d7eed9e03e53415d37aa96045", 8,
        "01111110"
        "12022021"
        "11122111"
        "01000010"
        "01000010"
        "01100110"
        "00000000"
        "02111120",
        "hsl(240,99.40706428140402%,49.26687970291823%)", "hsl(325,48.64401903003454%,22.80696037923917%)",
        "hsl(155,95.38082413375378%,59.93704709690064%)", "#0101fb", "#561e3f", "#37faa9"},
    // The reference itself swaps an empty seed for a random one; its generator on "" is all zeros.
    {"empty seed", u"", 8,
        "00000000"
        "00000000"
        "00000000"
        "00000000"
        "00000000"
        "00000000"
        "00000000"
        "00000000",
        "hsl(0,40%,0%)", "hsl(0,40%,0%)", "hsl(0,40%,0%)", "#000000", "#000000", "#000000"},
    {"mixed case is another seed", u"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045", 8,
        "02122120"
        "22122122"
        "02000020"
        "11011011"
        "11000011"
        "10200201"
        "10211201"
        "01100110",
        "hsl(119,92.62722566723824%,56.66809537215158%)", "hsl(244,70.86029688827693%,37.27077189832926%)",
        "hsl(55,58.00290348008275%,52.39582168869674%)", "#2ef72a", "#251ca2", "#ccc03f"},
    {"size 5", u"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266", 5,
        "01110"
        "01110"
        "11011"
        "11211"
        "11111",
        "hsl(51,81.86085094697773%,38.919122074730694%)", "hsl(145,94.71599504351616%,57.65902147395536%)",
        "hsl(24,90.92883471399546%,69.55499825999141%)", "#b49c12", "#2df982", "#f8a36b"},
    {"size 16", u"0xd8da6bf26964af9d7eed9e03e53415d37aa96045", 16,
        "0111120220211110"
        "1112010000102111"
        "0100011001100010"
        "0000021111200000"
        "2011020000201102"
        "0121020220201210"
        "0021101001011200"
        "0101012002101010"
        "0011101111011100"
        "1121020110201211"
        "0111020000201110"
        "1012100110012101"
        "0012101001012100"
        "0101011001101010"
        "1020220110220201"
        "1111001001001111",
        "hsl(240,99.40706428140402%,49.26687970291823%)", "hsl(325,48.64401903003454%,22.80696037923917%)",
        "hsl(155,95.38082413375378%,59.93704709690064%)", "#0101fb", "#561e3f", "#37faa9"},
    {"short text", u"hello", 8,
        "01000010"
        "00022000"
        "11000011"
        "00200200"
        "11022011"
        "10200201"
        "11000011"
        "10011001",
        "hsl(1,40.19676769152284%,18.09840586502105%)", "hsl(252,41.01706747896969%,41.360662248916924%)",
        "hsl(263,52.32519335113466%,56.804935878608376%)", "#411c1c", "#503e95", "#8357ca"},
    // Seeded by UTF-16 code units, as charCodeAt reads them: the emoji is two.
    {"non-ascii", u"gr\u00fc\u00dfe \u20ac \U0001f600", 7,
        "0011100"
        "0101010"
        "1211121"
        "1110111"
        "2210122"
        "0010100"
        "1011101",
        "hsl(53,43.431032011285424%,28.966155915986747%)", "hsl(284,54.536697175353765%,46.49275097763166%)",
        "hsl(276,85.14595866203308%,67.51592580694705%)", "#6a622a", "#9536b7", "#ba66f3"},
};

} // namespace

class TestBlockies : public QObject {
    Q_OBJECT
private slots:
    void referenceVectors_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("cells");
        QTest::addColumn<QString>("colorHsl");
        QTest::addColumn<QString>("backgroundHsl");
        QTest::addColumn<QString>("spotHsl");
        QTest::addColumn<QString>("color");
        QTest::addColumn<QString>("background");
        QTest::addColumn<QString>("spot");
        for (const Vector &v : vectors)
            QTest::newRow(v.name) << QString::fromUtf16(v.seed) << v.size << QString::fromLatin1(v.cells)
                                  << QString::fromLatin1(v.colorHsl) << QString::fromLatin1(v.backgroundHsl)
                                  << QString::fromLatin1(v.spotHsl) << QString::fromLatin1(v.color)
                                  << QString::fromLatin1(v.background) << QString::fromLatin1(v.spot);
    }
    void referenceVectors()
    {
        QFETCH(QString, seed);
        QFETCH(int, size);
        QFETCH(QString, cells);
        QFETCH(QString, colorHsl);
        QFETCH(QString, backgroundHsl);
        QFETCH(QString, spotHsl);
        QFETCH(QString, color);
        QFETCH(QString, background);
        QFETCH(QString, spot);

        const dd::eth::Blockies icon = dd::eth::blockies(seed, size);
        QCOMPARE(icon.size, size);
        QString digits;
        for (int cell : icon.cells)
            digits += QString::number(cell);
        QCOMPARE(digits, cells);
        QCOMPARE(icon.colorHsl, colorHsl);
        QCOMPARE(icon.backgroundHsl, backgroundHsl);
        QCOMPARE(icon.spotHsl, spotHsl);
        QCOMPARE(icon.color, color);
        QCOMPARE(icon.background, background);
        QCOMPARE(icon.spot, spot);

        // Each row reads the same from the right, the middle column of an odd size included.
        for (int y = 0; y < size; ++y) {
            for (int x = 0; x < size; ++x)
                QCOMPARE(icon.cells[y * size + x], icon.cells[y * size + size - 1 - x]);
        }
    }
    void addressIsSeededInLowerCase()
    {
        // MetaMask and Etherscan seed with the lower-case address, whatever case it was typed in.
        const auto address = dd::crypto::Address::parse(u"0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045");
        QVERIFY2(address.ok(), qPrintable(address.message()));
        const dd::eth::Blockies icon = dd::eth::blockiesForAddress(address.value());
        QCOMPARE(icon.colorHsl, QStringLiteral("hsl(240,99.40706428140402%,49.26687970291823%)"));
        QCOMPARE(icon.cells, dd::eth::blockies(QStringLiteral("0xd8da6bf26964af9d7eed9e03e53415d37aa96045")).cells);
    }
    void sizeBelowOneHasNoCells()
    {
        QVERIFY(dd::eth::blockies(QStringLiteral("0x00"), 0).cells.isEmpty());
        QVERIFY(dd::eth::blockies(QStringLiteral("0x00"), -3).cells.isEmpty());
        QCOMPARE(dd::eth::blockies(QStringLiteral("0x00"), 1).cells.size(), 1);
    }
    void hslToHex_data()
    {
        QTest::addColumn<double>("hue");
        QTest::addColumn<double>("saturation");
        QTest::addColumn<double>("lightness");
        QTest::addColumn<QString>("hex");
        // Expected values from make_vectors.js's hslStringToHex.
        QTest::newRow("red") << 0.0 << 100.0 << 50.0 << "#ff0000";
        QTest::newRow("green 25%") << 120.0 << 100.0 << 25.0 << "#008000";
        QTest::newRow("blue") << 240.0 << 100.0 << 50.0 << "#0000ff";
        // 127.5 rounds up.
        QTest::newRow("grey") << 0.0 << 0.0 << 50.0 << "#808080";
        QTest::newRow("hue wraps") << 480.0 << 100.0 << 50.0 << "#00ff00";
        QTest::newRow("saturation clamped") << 30.0 << 160.0 << 50.0 << "#ff8000";
        QTest::newRow("lightness clamped high") << 200.0 << 50.0 << 150.0 << "#ffffff";
        QTest::newRow("lightness clamped low") << 200.0 << 50.0 << -5.0 << "#000000";
    }
    void hslToHex()
    {
        QFETCH(double, hue);
        QFETCH(double, saturation);
        QFETCH(double, lightness);
        QFETCH(QString, hex);
        QCOMPARE(dd::eth::hslToHex(hue, saturation, lightness), hex);
    }
    void jsNumberToString_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        // Expected values are node's String(value).
        QTest::newRow("integer") << 354.0 << "354";
        QTest::newRow("shortest digits") << 66.81960879825056 << "66.81960879825056";
        QTest::newRow("tenth") << 0.1 << "0.1";
        QTest::newRow("negative zero") << -0.0 << "0";
        QTest::newRow("negative") << -2.5 << "-2.5";
        QTest::newRow("2^53") << 9007199254740992.0 << "9007199254740992";
        QTest::newRow("1e20 in full") << 1e20 << "100000000000000000000";
        QTest::newRow("1e21 as exponent") << 1e21 << "1e+21";
        QTest::newRow("1e-6 in full") << 0.000001 << "0.000001";
        QTest::newRow("small as exponent") << 1.5e-7 << "1.5e-7";
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "NaN";
        QTest::newRow("Infinity") << std::numeric_limits<double>::infinity() << "Infinity";
    }
    void jsNumberToString()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(dd::eth::jsNumberToString(value), text);
    }
};
DD_REGISTER_TEST(TestBlockies);
#include "tst_blockies.moc"
