// ProposalController with fake services: the proposal builder says each action in words and
// refuses a wrong one in words; a proposal, and queuing one read from a real cache file, reach
// the sheet as the Governor calls they are; nothing reaches it when something is missing.

#include "../unit/testregistry.h"
#include "cachefiles.h"
#include "fakes.h"

#include "governance/proposalcontroller.h"

#include "common/executor.h"
#include "crypto/keccak.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestProposalController : public QObject {
    Q_OBJECT

    Executor m_executor;
    test::FakeDao m_dao;
    test::FakeCache m_cache;
    test::FakeSheet m_sheet;
    QTemporaryDir m_dir;

    static QString member() { return QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"); }

    // A cache file as the chain sync writes it, holding one proposal with one payment.
    QString cacheWithProposal(const eth::UInt256 &id, const QString &description)
    {
        const QString path = m_dir.filePath(QStringLiteral("cache.sqlite"));
        const auto proposer = crypto::Address::parse(member()).value();
        return test::writeProposals(path,
                   {test::proposalRecord(
                       id, description, proposer, test::testProfile().token, QByteArray::fromHex("a9059cbb"))})
            ? path
            : QString();
    }

private slots:
    void init()
    {
        m_dao.openDao = test::testProfile();
        m_cache.path.clear();
        m_sheet.asked.clear();
    }

    void aPaymentIsSaidInWords()
    {
        app::ProposalController proposals(m_executor, m_dao, m_cache, m_sheet);
        const QVariantMap checked = proposals.checkAction({{QStringLiteral("kind"), QStringLiteral("payment")},
            {QStringLiteral("recipient"), member()}, {QStringLiteral("amount"), QStringLiteral("12.5")}});
        QCOMPARE(checked.value(QStringLiteral("error")).toString(), QString());
        QCOMPARE(checked.value(QStringLiteral("text")).toString(),
            QStringLiteral("pay 12.5 DATA from the treasury to ") + member());
    }

    void aWrongActionIsRefusedInWords()
    {
        app::ProposalController proposals(m_executor, m_dao, m_cache, m_sheet);
        const QVariantMap badRecipient = proposals.checkAction({{QStringLiteral("kind"), QStringLiteral("payment")},
            {QStringLiteral("recipient"), QStringLiteral("0x1234")}, {QStringLiteral("amount"), QStringLiteral("1")}});
        QVERIFY(!badRecipient.value(QStringLiteral("error")).toString().isEmpty());
        const QVariantMap badCall = proposals.checkAction(
            {{QStringLiteral("kind"), QStringLiteral("call")}, {QStringLiteral("target"), member()},
                {QStringLiteral("signature"), QStringLiteral("approve(address,uint256)")},
                {QStringLiteral("arguments"), member()}});
        QVERIFY2(badCall.value(QStringLiteral("error")).toString().contains(QStringLiteral("takes 2 argument(s)")),
            qPrintable(badCall.value(QStringLiteral("error")).toString()));
        QCOMPARE(proposals.checkAction({}).value(QStringLiteral("error")).toString(),
            QStringLiteral("Choose what the action does."));
    }

    void aProposalReachesTheSheetAsTheGovernorsCall()
    {
        app::ProposalController proposals(m_executor, m_dao, m_cache, m_sheet);
        const QVariantList actions {QVariantMap {{QStringLiteral("kind"), QStringLiteral("payment")},
            {QStringLiteral("recipient"), member()}, {QStringLiteral("amount"), QStringLiteral("3")}}};
        QCOMPARE(proposals.propose(member(), QString(), QStringLiteral("Body"), actions),
            QStringLiteral("Give the proposal a title."));
        QVERIFY(m_sheet.asked.isEmpty());
        QCOMPARE(proposals.propose(member(), QStringLiteral("Pay the operator"), QStringLiteral("Body"), actions),
            QString());
        QCOMPARE(m_sheet.asked.size(), 1);
        const dao::TransactionAsk &ask = m_sheet.asked.first();
        QCOMPARE(ask.from.toChecksumString(), member());
        QCOMPARE(ask.request.to, std::optional<crypto::Address>(test::testProfile().governor));
        QCOMPARE(
            ask.summary, QStringLiteral("Propose \"Pay the operator\": pay 3 DATA from the treasury to ") + member());
    }

    void nothingOpenNothingAsked()
    {
        m_dao.openDao.reset();
        app::ProposalController proposals(m_executor, m_dao, m_cache, m_sheet);
        QCOMPARE(proposals.propose(member(), QStringLiteral("T"), QString(), {}),
            QStringLiteral("Open a DAO profile first (Settings)."));
        proposals.moveOn(app::ProposalController::Step::Queue, member(), QStringLiteral("1"));
        QCOMPARE(proposals.lifecycleError(), QStringLiteral("Open a DAO profile first (Settings)."));
        QVERIFY(m_sheet.asked.isEmpty());
    }

    void queueBeforeTheCacheIsReadSaysSo()
    {
        app::ProposalController proposals(m_executor, m_dao, m_cache, m_sheet);
        proposals.moveOn(app::ProposalController::Step::Queue, member(), QStringLiteral("1"));
        QTRY_COMPARE(proposals.lifecycleError(), QStringLiteral("The proposals are not read from the chain yet."));
        QVERIFY(m_sheet.asked.isEmpty());
    }

    void queueSendsTheCachedActionsAndDescriptionHash()
    {
        const QString description = QStringLiteral("# Pay the operator\n\nThree months.");
        m_cache.path = cacheWithProposal(eth::UInt256(77), description);
        QVERIFY(!m_cache.path.isEmpty());
        app::ProposalController proposals(m_executor, m_dao, m_cache, m_sheet);
        proposals.moveOn(app::ProposalController::Step::Queue, member(), QStringLiteral("78")); // not in the cache
        QTRY_COMPARE(proposals.lifecycleError(), QStringLiteral("Proposal 78 is not in the cache."));
        proposals.moveOn(app::ProposalController::Step::Queue, member(), QStringLiteral("77"));
        QTRY_COMPARE(m_sheet.asked.size(), 1);
        QCOMPARE(proposals.lifecycleError(), QString());
        const dao::TransactionAsk &ask = m_sheet.asked.first();
        QCOMPARE(ask.summary, QStringLiteral("Queue \"Pay the operator\" in the timelock"));
        // queue(targets, values, calldatas, keccak256(description)): the hash ends the calldata,
        // and the sheet names it by the proposal.
        const QByteArray hash = crypto::keccak256(description.toUtf8());
        QVERIFY(ask.request.data.contains(hash));
        eth::AbiType bytes32 = eth::AbiType::parse(u"bytes32").value();
        QCOMPARE(ask.names.nameOf(bytes32, eth::AbiValue::bytes(hash)),
            QStringLiteral("the description of \u201cPay the operator\u201d"));
    }
};

DD_REGISTER_TEST(TestProposalController);
#include "tst_proposalcontroller.moc"
