#include "testregistry.h"

#include "common/hex.h"
#include "crypto/bip32.h"

#include <QTest>

using namespace dd::crypto;

// BIP-32's own test vectors 1 and 2 (bitcoin/bips, bip-0032.mediawiki).
class TestBip32 : public QObject {
    Q_OBJECT
private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("xpub");
        QTest::addColumn<QString>("xprv");
        const QString s1 = QStringLiteral("000102030405060708090a0b0c0d0e0f");
        QTest::newRow("1 m") << s1 << "m"
                             << "xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsef"
                                "D265TMg7usUDFdp6W1EGMcet8"
                             << "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMR"
                                "NNU3TGtRBeJgk33yuGBxrMPHi";
        QTest::newRow("1 m/0H") << s1 << "m/0'"
                                << "xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp"
                                   "1bgwQ9xv5ski8PX9rL2dZXvgGDnw"
                                << "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWg"
                                   "T11eZG7XnxHrnYeSvkzY7d2bhkJ7";
        QTest::newRow("1 m/0H/1") << s1 << "m/0'/1"
                                  << "xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7S"
                                     "yYq527Hqck2AxYysAA7xmALppuCkwQ"
                                  << "xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXw"
                                     "TCg8MSY3H2EU4pWcQDnRnrVA1xe8fs";
        QTest::newRow("1 m/0H/1/2H/2/1000000000") << s1 << "m/0h/1/2h/2/1000000000"
                                                  << "xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJ"
                                                     "S2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy"
                                                  << "xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScG"
                                                     "pWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76";
        const QString s2
            = QStringLiteral("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8"
                             "784817e7b7875726f6c696663605d5a5754514e4b484542");
        QTest::newRow("2 m/0") << s2 << "m/0"
                               << "xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDzn"
                                  "ezpbZb7ap6r1D3tgFxHmwMkQTPH"
                               << "xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1e"
                                  "x8G81dwSM1fwqWpWkeS3v86pgKt";
        QTest::newRow("2 m/0/2147483647H/1/2147483646H/2") << s2 << "m/0/2147483647'/1/2147483646'/2"
                                                           << "xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdS"
                                                              "nLFbdpq8p9HmGsApME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtqt"
                                                           << "xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKC"
                                                              "EXw7nadnHM8Dq38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j";
    }
    void vectors()
    {
        QFETCH(QString, seed);
        QFETCH(QString, path);
        QFETCH(QString, xpub);
        QFETCH(QString, xprv);
        auto master = bip32::masterKeyFromSeed(dd::SecureBytes(dd::fromHex(seed).value()));
        QVERIFY(master.ok());
        auto key = bip32::derivePath(master.value(), path);
        QVERIFY2(key.ok(), qPrintable(key.message()));
        QCOMPARE(key.value().toXprv(), xprv);
        QCOMPARE(key.value().toXpub(), xpub);
    }
    void badPaths()
    {
        auto master = bip32::masterKeyFromSeed(dd::SecureBytes(QByteArray(16, '\1'))).value();
        QVERIFY(!bip32::derivePath(master, QStringLiteral("44'/60'")).ok());
        auto bad = bip32::derivePath(master, QStringLiteral("m/44'/x"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.message().contains(QStringLiteral("\"x\"")));
        QVERIFY(!bip32::derivePath(master, QStringLiteral("m/2147483648")).ok());
    }
};
DD_REGISTER_TEST(TestBip32);
#include "tst_bip32.moc"
