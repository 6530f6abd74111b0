#include "governance/votecontroller.h"

#include "appcontext.h"
#include "dao/votewords.h"
#include "governance/signedvotes.h"
#include "transactions/transactionrequest.h"

#include "common/executor.h"
#include "common/hex.h"
#include "common/logging.h"
#include "dao/daodeployer.h"
#include "dao/governancecalls.h"
#include "dao/transactionjournal.h"
#include "dao/walletservice.h"

#include <QQmlEngine>

namespace dd::app {

namespace {

// What the member signs, in words: the sheet shows these rows.
QList<QPair<QString, QString>> ballotWords(const dao::Ballot &b, const QString &title, const QString &network)
{
    const QString choice = dao::supportLabel(b.support);
    return {
        {VoteController::tr("What you sign"),
            VoteController::tr("A vote, not a transaction: nothing is sent and no fee is paid now.")},
        {VoteController::tr("Proposal"), title},
        {VoteController::tr("Vote"), choice},
        {VoteController::tr("Reason"), b.reason.isEmpty() ? VoteController::tr("(none)") : b.reason},
        {VoteController::tr("Voter"), b.voter.toChecksumString()},
        {VoteController::tr("Counts"),
            b.kind == dao::GovernorKind::Bravo
                ? VoteController::tr(
                    "Once, when anyone sends it to the governor while voting is open; a voter votes once.")
                : VoteController::tr(
                    "Once, when anyone sends it to the governor while voting is open. Another vote you sign on "
                    "this governor before this one is sent shares its nonce (%1): only the first one sent counts.")
                      .arg(b.nonce.toDecimal())},
        {VoteController::tr("Signed for"),
            VoteController::tr("%1 at %2 on %3 (chain %4)")
                .arg(b.domainName, b.governor.toChecksumString(), network)
                .arg(b.chainId)},
        {VoteController::tr("Format"),
            b.kind == dao::GovernorKind::Bravo
                ? VoteController::tr("EIP-712 Ballot of GovernorBravo, sent with castVoteBySig")
                : b.reason.isEmpty()
                ? VoteController::tr("EIP-712 Ballot, sent with castVoteBySig")
                : VoteController::tr("EIP-712 ExtendedBallot, sent with castVoteWithReasonAndParamsBySig")},
    };
}

} // namespace

VoteController::VoteController(Executor &executor, OpenDao &dao, dao::WalletService &wallet,
    dao::TransactionJournal &journal, SignedVotes &signedVotes, Sheet &sheet, QObject *parent)
    : QObject(parent),
      m_executor(executor),
      m_dao(dao),
      m_wallet(wallet),
      m_journal(journal),
      m_signedVotes(signedVotes),
      m_sheet(sheet)
{
    connect(&m_signedVotes, &SignedVotes::changed, this, &VoteController::signedVotesChanged);
}

VoteController *VoteController::create(QQmlEngine *, QJSEngine *)
{
    VoteController *controller = AppContext::instance()->voteController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

QVariantList VoteController::signedVotes() const
{
    return m_signedVotes.rows();
}

void VoteController::requestVote(
    const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title)
{
    auto id = eth::UInt256::fromDecimal(proposalId);
    auto voter = crypto::Address::parse(from);
    if (!id || !voter || !m_dao.profile())
        return m_sheet.refuse(tr("That is not a proposal and a choice this app can vote with."));
    auto vote = dao::voteAsk(*m_dao.profile(), voter.value(), id.value(), support, reason, title);
    if (!vote)
        return m_sheet.refuse(vote.message());
    m_sheet.ask(vote.value());
}

void VoteController::requestSignedVote(
    const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title)
{
    auto id = eth::UInt256::fromDecimal(proposalId);
    auto voter = crypto::Address::parse(from);
    if (!id || !voter || support < 0 || support > 2)
        return m_sheet.refuse(tr("That is not a proposal and a choice this app can vote with."));
    if (!m_dao.profile() || !m_dao.client())
        return m_sheet.refuse(tr("No node is connected."));
    const auto &abis = dao::DaoAbis::load();
    if (!abis)
        return m_sheet.refuse(abis.message());
    eth::JsonRpcClient *client = m_dao.client();
    const dao::DaoProfile profile = *m_dao.profile();
    const eth::ContractAbi governorAbi = abis.value().governorOf(profile.governorKind);
    dao::WalletService *wallet = &m_wallet;
    dao::TransactionJournal *journal = &m_journal;
    // The sheet comes up at once, preparing: the ballot's nonce and domain are read from the
    // governor on the executor, then shown in words.
    SignatureAsk ask {tr("Sign a vote %1 \"%2\"").arg(dao::supportPhrase(support), title),
        [client, profile, governorAbi, id = id.value(), support, voter = voter.value(), reason = reason.trimmed(),
            title, wallet, journal]() -> Result<PreparedSignature> {
            eth::ChainSession chain(*client, std::chrono::seconds(30));
            auto ballot = dao::prepareBallot(
                chain, profile.governorKind, governorAbi, profile.governor, id, support, voter, reason);
            if (!ballot)
                return ballot.error();
            const dao::Ballot b = ballot.value();
            return PreparedSignature {
                ballotWords(b, title, profile.name), [wallet, journal, b, title]() -> Result<QString> {
                    auto signature = wallet->signTypedDataNow(b.voter, dao::ballotTypedData(b));
                    if (!signature)
                        return signature.error();
                    dao::SignedVote vote {0, b, signature.value(), title, QDateTime::currentDateTimeUtc(), {}};
                    if (auto kept = journal->recordSignedVote(vote); !kept)
                        return kept.error();
                    return tr("Vote signed and kept on this computer; nothing was sent. Send it from Home when an "
                              "account has ETH for the fee, before voting ends.");
                }};
        }};
    TransactionRequest *request = m_sheet.askSignature(ask);
    connect(request, &TransactionRequest::signedOnly, &m_signedVotes, &SignedVotes::reload);
}

void VoteController::requestRelay(qint64 signedVoteId, const QString &from)
{
    auto sender = crypto::Address::parse(from);
    if (!m_dao.profile() || !sender)
        return m_sheet.refuse(sender ? tr("Open a DAO profile first (Settings).") : sender.message());
    for (const dao::SignedVote &vote : m_signedVotes.votes()) {
        if (vote.id != signedVoteId)
            continue;
        auto relay = dao::relayAsk(*m_dao.profile(), sender.value(), vote);
        if (!relay)
            return m_sheet.refuse(relay.message());
        TransactionRequest *request = m_sheet.ask(relay.value());
        // Once mined, the kept vote is not offered for sending again.
        connect(request, &TransactionRequest::mined, this, [this, signedVoteId](const eth::Receipt &receipt) {
            dao::TransactionJournal *journal = &m_journal;
            m_executor.submit(
                this,
                [journal, signedVoteId, hash = toHex(receipt.transactionHash)] {
                    return journal->setVoteRelayed(signedVoteId, hash);
                },
                [this](const Status &marked) {
                    if (!marked)
                        qCWarning(lcWallet) << marked.message();
                    m_signedVotes.reload();
                });
        });
        return;
    }
    m_sheet.refuse(tr("That signed vote was already sent or is not kept any more."));
}

} // namespace dd::app
