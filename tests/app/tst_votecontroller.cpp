// VoteController with fake services: a vote reaches the sheet as the Governor's castVote (or
// castVoteWithReason) call in the member's words; a wrong proposal, choice or account, no open
// DAO, no node for a signed vote, and an unknown kept vote are refused in words, and nothing is
// asked.

#include "../unit/testregistry.h"
#include "fakes.h"

#include "governance/signedvotes.h"
#include "governance/votecontroller.h"

#include "common/executor.h"
#include "crypto/keccak.h"
#include "dao/transactionjournal.h"
#include "dao/walletservice.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestVoteController : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;
    std::unique_ptr<app::SignedVotes> m_signedVotes;
    std::unique_ptr<app::VoteController> m_votes;
    test::FakeDao m_dao;
    test::FakeSheet m_sheet;

    static QString member() { return QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"); }
    static QByteArray selector(const char *signature) { return crypto::keccak256(QByteArray(signature)).left(4); }

private slots:
    void init()
    {
        m_local = std::make_unique<test::LocalServices>();
        QVERIFY(m_local->journal.open());
        m_signedVotes = std::make_unique<app::SignedVotes>(m_local->executor, m_local->journal, m_dao);
        m_dao.openDao = test::testProfile();
        m_votes = std::make_unique<app::VoteController>(
            m_local->executor, m_dao, m_local->wallet, m_local->journal, *m_signedVotes, m_sheet);
        m_sheet.asked.clear();
        m_sheet.refusals.clear();
    }

    void cleanup()
    {
        m_votes.reset();
        m_signedVotes.reset();
        m_local.reset();
    }

    void aVoteIsTheGovernorsCallInWords()
    {
        m_votes->requestVote(member(), QStringLiteral("42"), 1, QString(), QStringLiteral("Fund the archive"));
        QCOMPARE(m_sheet.refusals, QStringList());
        QCOMPARE(m_sheet.asked.size(), 1);
        const dao::TransactionAsk &ask = m_sheet.asked.first();
        QCOMPARE(ask.summary, QStringLiteral("Vote for \"Fund the archive\""));
        QCOMPARE(ask.from.toChecksumString(), member());
        QCOMPARE(ask.request.to, std::optional<crypto::Address>(test::testProfile().governor));
        QCOMPARE(ask.request.data.left(4), selector("castVote(uint256,uint8)"));
        // The sheet names the proposal beside its id.
        eth::AbiType proposalId = eth::AbiType::parse(u"uint256").value();
        proposalId.name = QStringLiteral("proposalId");
        QCOMPARE(ask.names.nameOf(proposalId, eth::AbiValue::number(eth::UInt256(42))),
            QStringLiteral("\u201cFund the archive\u201d"));
    }

    void aReasonMakesItCastVoteWithReason()
    {
        m_votes->requestVote(member(), QStringLiteral("42"), 0, QStringLiteral("  Too costly. "), QStringLiteral("T"));
        QCOMPARE(m_sheet.asked.size(), 1);
        QCOMPARE(m_sheet.asked.first().summary, QStringLiteral("Vote against \"T\""));
        QCOMPARE(m_sheet.asked.first().request.data.left(4), selector("castVoteWithReason(uint256,uint8,string)"));
        QVERIFY(m_sheet.asked.first().request.data.contains(QByteArrayLiteral("Too costly.")));
    }

    void wrongInputIsRefusedInWords()
    {
        m_votes->requestVote(QStringLiteral("0x12"), QStringLiteral("42"), 1, QString(), QStringLiteral("T"));
        m_votes->requestVote(member(), QStringLiteral("forty-two"), 1, QString(), QStringLiteral("T"));
        m_votes->requestVote(member(), QStringLiteral("42"), 3, QString(), QStringLiteral("T"));
        QCOMPARE(m_sheet.refusals,
            (QStringList {QStringLiteral("That is not a proposal and a choice this app can vote with."),
                QStringLiteral("That is not a proposal and a choice this app can vote with."),
                QStringLiteral("That is not a choice this app can vote with.")}));
        QVERIFY(m_sheet.asked.isEmpty());
    }

    void withoutANodeNothingIsSigned()
    {
        m_votes->requestSignedVote(member(), QStringLiteral("42"), 2, QString(), QStringLiteral("T"));
        QCOMPARE(m_sheet.refusals, QStringList {QStringLiteral("No node is connected.")});
        QVERIFY(m_sheet.signatures.isEmpty());
    }

    void anUnknownKeptVoteIsNotSent()
    {
        m_votes->requestRelay(7, member());
        QCOMPARE(m_sheet.refusals,
            QStringList {QStringLiteral("That signed vote was already sent or is not kept any more.")});
        m_dao.open(std::nullopt);
        m_votes->requestRelay(7, member());
        QCOMPARE(m_sheet.refusals.last(), QStringLiteral("Open a DAO profile first (Settings)."));
        QVERIFY(m_sheet.asked.isEmpty());
    }
};

DD_REGISTER_TEST(TestVoteController);
#include "tst_votecontroller.moc"
