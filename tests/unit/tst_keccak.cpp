#include "testregistry.h"

#include "common/hex.h"
#include "crypto/keccak.h"

#include <QTest>

class TestKeccak : public QObject {
    Q_OBJECT
private slots:
    void ethereumVectors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("digest");
        QTest::newRow("empty") << QByteArray() << "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470";
        QTest::newRow("hello") << QByteArray("hello")
                               << "1c8aff950685c2ed4bc3174f3472287b56d9517b9c948127319a09a7a36deac8";
        // The ERC-20 Transfer event topic.
        QTest::newRow("Transfer") << QByteArray("Transfer(address,address,uint256)")
                                  << "ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef";
    }
    void ethereumVectors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, digest);
        QCOMPARE(dd::toHex(dd::crypto::keccak256(input), false), digest);
    }
};
DD_REGISTER_TEST(TestKeccak);
#include "tst_keccak.moc"
