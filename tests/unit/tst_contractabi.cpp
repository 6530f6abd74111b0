#include "testregistry.h"

#include "common/hex.h"
#include "eth/abicodec.h"
#include "eth/contractabi.h"

#include <QTest>

using namespace dd;
using namespace dd::eth;

class TestContractAbi : public QObject {
    Q_OBJECT
private slots:
    void embeddedArtifactsLoad()
    {
        for (const char *name : {"DaoToken", "DaoTimelock", "DaoGovernor"}) {
            QByteArray bytecode;
            auto abi = ContractAbi::embedded(QLatin1String(name), &bytecode);
            QVERIFY2(abi.ok(), qPrintable(abi.message()));
            QCOMPARE(abi.value().name(), QLatin1String(name));
            QVERIFY(bytecode.size() > 1000);
            QVERIFY(abi.value().constructor());
        }
        auto governor = ContractAbi::embedded(QStringLiteral("DaoGovernor")).value();
        const AbiFunction *propose = governor.function(QStringLiteral("propose"));
        QVERIFY(propose);
        QCOMPARE(propose->signature(), QStringLiteral("propose(address[],uint256[],bytes[],string)"));
        QCOMPARE(toHex(propose->selector()), QStringLiteral("0x7d5e81e2"));
        QVERIFY(governor.functionBySignature(QStringLiteral("castVoteWithReason(uint256,uint8,string)")));
        QVERIFY(!ContractAbi::embedded(QStringLiteral("Nope")).ok());
    }
    void revertsInWords()
    {
        auto governor = ContractAbi::embedded(QStringLiteral("DaoGovernor")).value();
        QCOMPARE(governor.describeRevert({}), QStringLiteral("The transaction reverted without a reason."));
        AbiType string;
        string.kind = AbiType::Kind::String;
        const QByteArray reason
            = QByteArray::fromHex("08c379a0") + abi::encode({string}, {AbiValue::text("nope")}).value();
        QCOMPARE(governor.describeRevert(reason), QStringLiteral("The transaction reverted: nope"));
        const QByteArray panic = QByteArray::fromHex("4e487b71") + UInt256(0x11).toBigEndian();
        QVERIFY(governor.describeRevert(panic).contains(QStringLiteral("overflowed")));
        // GovernorUnexpectedProposalState(uint256 proposalId, uint8 current, bytes32 expectedStates)
        const QByteArray selector
            = AbiFunction::parse(u"GovernorUnexpectedProposalState(uint256,uint8,bytes32)").value().selector();
        const QByteArray custom
            = selector + UInt256(7).toBigEndian() + UInt256(1).toBigEndian() + UInt256(0x10).toBigEndian();
        QCOMPARE(governor.describeRevert(custom),
            QStringLiteral("The contract refused: GovernorUnexpectedProposalState(proposalId: 7, current: 1, "
                           "expectedStates: 0x0000000000000000000000000000000000000000000000000000000000000010)"));
        QVERIFY(governor.describeRevert(QByteArray::fromHex("deadbeef")).contains(QStringLiteral("unknown error")));
    }
    void decodesTransferLog()
    {
        auto token = ContractAbi::embedded(QStringLiteral("DaoToken")).value();
        const QByteArray topic
            = QByteArray::fromHex("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef");
        const QByteArray from = QByteArray(12, '\0') + QByteArray::fromHex("f39fd6e51aad88f6f4ce6ab8827279cfffb92266");
        const QByteArray to = QByteArray(12, '\0') + QByteArray::fromHex("70997970c51812dc3a010c7d01b50e0d17dc79c8");
        auto decoded = token.decodeLog({topic, from, to}, UInt256(500).toBigEndian());
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(decoded.value().event->name, QStringLiteral("Transfer"));
        QCOMPARE(decoded.value().values[2].asNumber(), UInt256(500));
        QCOMPARE(decoded.value().values[1].asBytes(), QByteArray::fromHex("70997970c51812dc3a010c7d01b50e0d17dc79c8"));
        QVERIFY(!token.decodeLog({topic, from}, UInt256(500).toBigEndian()).ok());
    }
};
DD_REGISTER_TEST(TestContractAbi);
#include "tst_contractabi.moc"
