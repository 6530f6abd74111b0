#include "testregistry.h"

#include "common/hex.h"
#include "crypto/personalmessage.h"
#include "crypto/privatekey.h"

#include <QCryptographicHash>
#include <QTest>

using namespace dd::crypto;

namespace {
const char *anvilKey0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
QByteArray hex(const char *h)
{
    return dd::fromHex(QString::fromLatin1(h)).value();
}
} // namespace

class TestSecp256k1 : public QObject {
    Q_OBJECT
private slots:
    void addressOfWellKnownKey()
    {
        auto key = PrivateKey::fromHex(QString::fromLatin1(anvilKey0));
        QVERIFY(key.ok());
        QCOMPARE(
            key.value().address().toChecksumString(), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }
    void personalSignMatchesCast()
    {
        // `cast wallet sign --private-key <anvil key 0> hello` printed this signature.
        auto key = PrivateKey::fromHex(QString::fromLatin1(anvilKey0)).value();
        const Signature sig = key.sign(personalMessageHash("hello"));
        QCOMPARE(dd::toHex(sig.toRsv()),
            QStringLiteral("0xf16ea9a3478698f695fd1401bfe27e9e4a7e8e3da94aa72b021125e31fa899cc573c48ea3fe1d4ab61a9"
                           "db10c19032026e3ed2dbccba5a178235ac27f94504311c"));
    }
    void signRecoverVerify()
    {
        const PrivateKey key = PrivateKey::generate();
        const QByteArray hash = QCryptographicHash::hash("message", QCryptographicHash::Sha256);
        const Signature sig = key.sign(hash);
        // low-s: s <= n/2
        QVERIFY(static_cast<unsigned char>(sig.s[0]) <= 0x7f);
        QCOMPARE(recoverPublicKey(hash, sig).value(), key.publicKey());
        QVERIFY(verifySignature(hash, sig, key.publicKey()));
        QByteArray otherHash = hash;
        otherHash[0] = char(otherHash[0] ^ 1);
        QVERIFY(!verifySignature(otherHash, sig, key.publicKey()));
    }
    void refusesInvalidKeys()
    {
        QVERIFY(!PrivateKey::fromBytes(QByteArray(32, '\0')).ok());
        // The curve order n itself is not a valid key.
        QVERIFY(!PrivateKey::fromHex(u"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141").ok());
        QVERIFY(PrivateKey::fromHex(u"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140").ok());
        auto shortKey = PrivateKey::fromHex(u"0x1234");
        QVERIFY(!shortKey.ok());
        QVERIFY(shortKey.message().contains(QStringLiteral("32 bytes")));
    }
    void wipeClearsKeyBytes()
    {
        PrivateKey key = PrivateKey::generate();
        QCOMPARE(key.bytes().size(), std::size_t(32));
        key.wipe();
        QVERIFY(key.bytes().isEmpty());
    }
    void rsvParsing()
    {
        QVERIFY(!Signature::fromRsv(QByteArray(64, '\1')).ok());
        QByteArray rsv(65, '\1');
        rsv[64] = char(29);
        QVERIFY(!Signature::fromRsv(rsv).ok());
        // r = 0 cannot be recovered.
        QByteArray zeroR(65, '\0');
        zeroR.replace(32, 32, QByteArray(32, '\1'));
        zeroR[64] = char(27);
        QVERIFY(!recoverPublicKey(QByteArray(32, '\2'), Signature::fromRsv(zeroR).value()).ok());
    }

    // Wycheproof ecdsa_secp256k1_sha256_test.json (C2SP/wycheproof, testvectors_v1), cases typed in.
    // Ethereum additionally requires low-s (EIP-2): Wycheproof's "valid" high-s signatures must be
    // refused by our verifier and accepted once normalized.
    void wycheproof_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<QString>("expect"); // valid, high-s, bad-der, invalid
        const QByteArray pk1
            = hex("782c8ed17e3b2a783b5464f33b09652a71c678e05ec51e84e2bcfc663a3de963af9acb4280b8c7f7c42f"
                  "4ef9aba6245ec1ec1712fd38a0fa96418d8cd6aa6152");
        const QByteArray pk2
            = hex("b838ff44e5bc177bf21189d0766082fc9d843226887fc9760371100b7ee20a6ff0c9d75bfba7b31a6bca"
                  "1974496eeb56de357071955d83c4b1badaa0b21832e9");
        QTest::newRow("tc1 pseudorandom, high s")
            << pk1 << QByteArray()
            << hex("3046022100f80ae4f96cdbc9d853f83d47aae225bf407d51c56b7776cd67d0dc195d99a9dc022100b303e26be1f73465315"
                   "221f0b331528807a1a9b6eb068ede6eebeaaa49af8a36")
            << "high-s";
        QTest::newRow("tc2 pseudorandom, high s")
            << pk1 << hex("4d7367")
            << hex("30450220109cd8ae0374358984a8249c0a843628f2835ffad1df1a9a69aa2fe72355545c022100ac6f00daf53bd8b1e34da"
                   "329359b6e08019c5b037fed79ee383ae39f85a159c6")
            << "high-s";
        QTest::newRow("tc3 pseudorandom")
            << pk1 << hex("313233343030")
            << hex("3045022100d035ee1f17fdb0b2681b163e33c359932659990af77dca632012b30b27a057b302201939d9f3b2858bc13e347"
                   "4cb50e6a82be44faa71940f876c1cba4c3e989202b6")
            << "valid";
        QTest::newRow("tc4 pseudorandom")
            << pk1 << hex("0000000000000000000000000000000000000000")
            << hex("304402204f053f563ad34b74fd8c9934ce59e79c2eb8e6eca0fef5b323ca67d5ac7ed23802204d4b05daa0719e773d8617d"
                   "ce5631c5fd6f59c9bdc748e4b55c970040af01be5")
            << "valid";
        QTest::newRow("tc5 malleability")
            << pk2 << hex("313233343030")
            << hex("3046022100813ef79ccefa9a56f7ba805f0e478584fe5f0dd5f567bc09b5123ccbc9832365022100900e75ad233fcc90850"
                   "9dbff5922647db37c21f4afd3203ae8dc4ae7794b0f87")
            << "high-s";
        QTest::newRow("tc6 r misses leading 0")
            << pk2 << hex("313233343030")
            << hex("30440220813ef79ccefa9a56f7ba805f0e478584fe5f0dd5f567bc09b5123ccbc983236502206ff18a52dcc0336f7af6240"
                   "0a6dd9b810732baf1ff758000d6f613a556eb31ba")
            << "invalid";
        QTest::newRow("tc7 valid")
            << pk2 << hex("313233343030")
            << hex("3045022100813ef79ccefa9a56f7ba805f0e478584fe5f0dd5f567bc09b5123ccbc983236502206ff18a52dcc0336f7af62"
                   "400a6dd9b810732baf1ff758000d6f613a556eb31ba")
            << "valid";
        QTest::newRow("tc10 sequence length 70 instead of 69")
            << pk2 << hex("313233343030")
            << hex("3046022100813ef79ccefa9a56f7ba805f0e478584fe5f0dd5f567bc09b5123ccbc983236502206ff18a52dcc0336f7af62"
                   "400a6dd9b810732baf1ff758000d6f613a556eb31ba")
            << "bad-der";
        QTest::newRow("tc12 uint32 overflow in length")
            << pk2 << hex("313233343030")
            << hex("30850100000045022100813ef79ccefa9a56f7ba805f0e478584fe5f0dd5f567bc09b5123ccbc983236502206ff18a52dcc"
                   "0336f7af62400a6dd9b810732baf1ff758000d6f613a556eb31ba")
            << "bad-der";
    }
    void wycheproof()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, der);
        QFETCH(QString, expect);
        const QByteArray hash = QCryptographicHash::hash(message, QCryptographicHash::Sha256);
        auto sig = Signature::fromDer(der);
        if (expect == QLatin1String("bad-der")) {
            QVERIFY(!sig.ok());
            return;
        }
        if (!sig.ok()) {
            QCOMPARE(expect, QStringLiteral("invalid"));
            return;
        }
        const bool verified = verifySignature(hash, sig.value(), publicKey);
        if (expect == QLatin1String("valid")) {
            QVERIFY(verified);
        } else if (expect == QLatin1String("invalid")) {
            QVERIFY(!verified);
        } else { // high-s: refused as is, accepted as n - s
            QVERIFY(!verified);
            Signature low = sig.value();
            low.s = dd::fromHex(u"fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141").value();
            // n - s, big-endian subtraction
            int borrow = 0;
            for (int i = 31; i >= 0; --i) {
                int d = static_cast<unsigned char>(low.s[i]) - static_cast<unsigned char>(sig.value().s[i]) - borrow;
                borrow = d < 0 ? 1 : 0;
                low.s[i] = char(d + (borrow ? 256 : 0));
            }
            QVERIFY(verifySignature(hash, low, publicKey));
        }
    }
};
DD_REGISTER_TEST(TestSecp256k1);
#include "tst_secp256k1.moc"
