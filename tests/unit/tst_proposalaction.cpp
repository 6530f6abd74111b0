// Proposal actions from what a member types: calldata identical to Foundry's cast for the same
// signature and arguments, and every mistake named before anything is signed.

#include "testregistry.h"

#include "common/hex.h"
#include "dao/daodeployer.h"
#include "dao/proposalaction.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace dd;

class TestProposalAction : public QObject {
    Q_OBJECT

    static QString castCalldata(const QStringList &sigAndArgs)
    {
        QProcess process;
        process.start(QStringLiteral(DD_CAST), QStringList {QStringLiteral("calldata")} + sigAndArgs);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

private slots:
    void callsEncodeAsCastDoes_data()
    {
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("approve") << QStringLiteral("approve(address,uint256)")
                                 << QStringList {QStringLiteral("0x000000000000000000000000000000000000bEEF"),
                                        QStringLiteral("1")};
        QTest::newRow("grantRole") << QStringLiteral("grantRole(bytes32,address)")
                                   << QStringList {QStringLiteral("0x") + QString(64, u'a'),
                                          QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")};
        QTest::newRow("arrays and text") << QStringLiteral("setup(uint256[],string,bool)")
                                         << QStringList {QStringLiteral("[1,2,3]"), QStringLiteral("hello, DAO"),
                                                QStringLiteral("true")};
    }
    void callsEncodeAsCastDoes()
    {
        QVERIFY2(QFile::exists(QStringLiteral(DD_CAST)), "cast is missing: run npm ci in scripts/");
        QFETCH(QString, signature);
        QFETCH(QStringList, arguments);
        auto action = dao::callAction(
            QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3"), signature, arguments, QStringLiteral("0.5"));
        QVERIFY2(action, qPrintable(action.message()));
        QCOMPARE(toHex(action.value().calldata), castCalldata(QStringList {signature} + arguments));
        QCOMPARE(action.value().value, eth::UInt256(500000000000000000ULL));
    }

    void mistakesAreNamed()
    {
        const QString token = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        QVERIFY(dao::callAction(QStringLiteral("0x12"), QStringLiteral("f()"), {}, {})
                    .message()
                    .startsWith(QStringLiteral("Target: ")));
        QVERIFY(dao::callAction(token, QStringLiteral("approve(address"), {}, {})
                    .message()
                    .startsWith(QStringLiteral("Function: ")));
        QVERIFY(dao::callAction(token, QStringLiteral("event Transfer(address)"), {QStringLiteral("0x1")}, {})
                    .message()
                    .contains(QStringLiteral("give a function signature")));
        QCOMPARE(
            dao::callAction(token, QStringLiteral("approve(address,uint256)"), {QStringLiteral("0x1"), QString()}, {})
                .message(),
            QStringLiteral("approve(address,uint256) takes 2 argument(s), one per line; 1 given."));
        QVERIFY(dao::callAction(token, QStringLiteral("f(uint8)"), {QStringLiteral("300")}, {})
                    .message()
                    .startsWith(QStringLiteral("Arguments: ")));
        QVERIFY(dao::callAction(token, QStringLiteral("f()"), {}, QStringLiteral("-1"))
                    .message()
                    .startsWith(QStringLiteral("ETH value: ")));

        const auto &abis = dao::DaoAbis::load();
        QVERIFY(abis);
        const auto tokenAddress = crypto::Address::parse(token).value();
        auto pay = dao::paymentAction(abis.value().token, tokenAddress,
            QStringLiteral("0x000000000000000000000000000000000000bEEF"), QStringLiteral("123"));
        QVERIFY(pay);
        QCOMPARE(pay.value().target, tokenAddress);
        QCOMPARE(toHex(pay.value().calldata),
            castCalldata({QStringLiteral("transfer(address,uint256)"),
                QStringLiteral("0x000000000000000000000000000000000000bEEF"),
                QStringLiteral("123000000000000000000")}));
        QCOMPARE(dao::paymentAction(abis.value().token, tokenAddress,
                     QStringLiteral("0x000000000000000000000000000000000000bEEF"), QStringLiteral("0"))
                     .message(),
            QStringLiteral("Enter an amount above zero."));
    }
};

DD_REGISTER_TEST(TestProposalAction);
#include "tst_proposalaction.moc"
