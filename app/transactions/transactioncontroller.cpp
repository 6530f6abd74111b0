#include "transactions/transactioncontroller.h"

#include "transactions/transactionrequest.h"

#include "appcontext.h"
#include "common/futurewatch.h"
#include "network/chaincontroller.h"

#include "common/hex.h"
#include "common/logging.h"
#include "dao/daodeployer.h"
#include "dao/governancecalls.h"
#include "dao/transactionjournal.h"
#include "dao/transactionservice.h"
#include "dao/walletservice.h"
#include "eth/units.h"

#include <QLocale>
#include <QQmlEngine>
#include <QtConcurrent>

namespace dd::app {

TransactionController::TransactionController(
    dao::WalletService &wallet, ChainController &chain, dao::TransactionJournal &journal, QObject *parent)
    : QObject(parent), m_wallet(wallet), m_chain(chain), m_journal(journal)
{
    connect(this, &TransactionController::journalChanged, this, &TransactionController::reloadSignedVotes);
    connect(&m_chain, &ChainController::profileChanged, this, &TransactionController::reloadSignedVotes);
    reloadSignedVotes();
}

namespace {

QString choiceWord(int support)
{
    return support == 1 ? TransactionController::tr("for")
        : support == 0  ? TransactionController::tr("against")
                        : TransactionController::tr("abstain on");
}

} // namespace

TransactionController::~TransactionController()
{
    // A workflow's worker may be waiting for one of these: it hears the answer and ends.
    ++m_generation;
    for (const QPointer<TransactionRequest> &request : std::as_const(m_waiting))
        if (request)
            request->fail(tr("The app is closing."));
    if (m_current)
        m_current->fail(tr("The app is closing."));
}

TransactionController *TransactionController::create(QQmlEngine *, QJSEngine *)
{
    TransactionController *controller = AppContext::instance()->transactionController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

void TransactionController::setStage(const QString &stage, const QString &message)
{
    m_stage = stage;
    m_message = message;
    emit changed();
}

void TransactionController::requestTransfer(const QString &from, const QString &to, const QString &amount)
{
    auto recipient = crypto::Address::parse(to);
    if (!recipient) {
        setStage(QStringLiteral("failed"), recipient.message());
        return;
    }
    auto value = eth::parseUnits(amount, 18);
    if (!value || value.value().isZero()) {
        setStage(QStringLiteral("failed"), value ? tr("Enter an amount above zero.") : value.message());
        return;
    }
    prepareContractCall(Contract::Token, from, QStringLiteral("transfer"),
        {eth::AbiValue::bytes(recipient.value().bytes()), eth::AbiValue::number(value.value())},
        tr("Send %1 %2 to %3")
            .arg(eth::formatUnits(value.value(), 18), m_chain.tokenSymbol(), recipient.value().toChecksumString()));
}

void TransactionController::requestDelegate(const QString &from, const QString &delegatee)
{
    auto to = crypto::Address::parse(delegatee);
    if (!to) {
        setStage(QStringLiteral("failed"), to.message());
        return;
    }
    prepareContractCall(Contract::Token, from, QStringLiteral("delegate"), {eth::AbiValue::bytes(to.value().bytes())},
        to.value().toChecksumString() == from
            ? tr("Delegate your voting power to yourself")
            : tr("Delegate your voting power to %1").arg(to.value().toChecksumString()));
}

void TransactionController::requestVote(
    const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title)
{
    auto id = eth::UInt256::fromDecimal(proposalId);
    auto voter = crypto::Address::parse(from);
    if (!id || !voter || !m_chain.profile()) {
        setStage(QStringLiteral("failed"), tr("That is not a proposal and a choice this app can vote with."));
        return;
    }
    auto vote = dao::voteAsk(*m_chain.profile(), voter.value(), id.value(), support, reason, title);
    if (!vote) {
        setStage(QStringLiteral("failed"), vote.message());
        return;
    }
    ask(vote.value());
}

void TransactionController::requestSignedVote(
    const QString &from, const QString &proposalId, int support, const QString &reason, const QString &title)
{
    auto id = eth::UInt256::fromDecimal(proposalId);
    auto voter = crypto::Address::parse(from);
    if (!id || !voter || support < 0 || support > 2) {
        setStage(QStringLiteral("failed"), tr("That is not a proposal and a choice this app can vote with."));
        return;
    }
    if (!m_chain.profile() || !m_chain.client()) {
        setStage(QStringLiteral("failed"), tr("No node is connected."));
        return;
    }
    const auto &abis = dao::DaoAbis::load();
    if (!abis) {
        setStage(QStringLiteral("failed"), abis.message());
        return;
    }
    resetReview();
    m_hash.clear();
    m_signingVote = true;
    m_summary = tr("Sign a vote %1 \"%2\"").arg(choiceWord(support), title);
    setStage(QStringLiteral("preparing"), tr("Reading how the governor checks signed votes…"));
    const int generation = ++m_generation;
    eth::JsonRpcClient *client = m_chain.client();
    const crypto::Address governor = m_chain.profile()->governor;
    const dao::GovernorKind kind = m_chain.profile()->governorKind;
    const eth::ContractAbi governorAbi = abis.value().governorOf(kind);
    const QString trimmed = reason.trimmed();
    auto future = QtConcurrent::run(
        [client, kind, governor, governorAbi, id = id.value(), support, voter = voter.value(), trimmed] {
            eth::ChainSession chain(*client, std::chrono::seconds(30));
            return dao::prepareBallot(chain, kind, governorAbi, governor, id, support, voter, trimmed);
        });
    const QString network = m_chain.profile()->name;
    onFinished(this, future, [this, generation, title, network](const Result<dao::Ballot> &ballot) {
        if (generation != m_generation)
            return;
        if (!ballot) {
            setStage(QStringLiteral("failed"), ballot.message());
            return;
        }
        const dao::Ballot &b = ballot.value();
        m_ballot = b;
        m_ballotTitle = title;
        const QString choice = b.support == 1 ? tr("For") : b.support == 0 ? tr("Against") : tr("Abstain");
        auto row = [this](const QString &label, const QString &value) {
            m_details.append(QVariantMap {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
        };
        row(tr("What you sign"), tr("A vote, not a transaction: nothing is sent and no fee is paid now."));
        row(tr("Proposal"), title);
        row(tr("Vote"), choice);
        row(tr("Reason"), b.reason.isEmpty() ? tr("(none)") : b.reason);
        row(tr("Voter"), b.voter.toChecksumString());
        row(tr("Counts"),
            b.kind == dao::GovernorKind::Bravo
                ? tr("Once, when anyone sends it to the governor while voting is open; a voter votes once.")
                : tr("Once, when anyone sends it to the governor while voting is open. Another vote you sign on this "
                     "governor before this one is sent shares its nonce (%1): only the first one sent counts.")
                      .arg(b.nonce.toDecimal()));
        row(tr("Signed for"),
            tr("%1 at %2 on %3 (chain %4)").arg(b.domainName, b.governor.toChecksumString(), network).arg(b.chainId));
        row(tr("Format"),
            b.kind == dao::GovernorKind::Bravo ? tr("EIP-712 Ballot of GovernorBravo, sent with castVoteBySig")
                : b.reason.isEmpty()           ? tr("EIP-712 Ballot, sent with castVoteBySig")
                                     : tr("EIP-712 ExtendedBallot, sent with castVoteWithReasonAndParamsBySig"));
        setStage(QStringLiteral("review"));
    });
}

void TransactionController::requestRelay(qint64 signedVoteId, const QString &from)
{
    if (!m_chain.profile()) {
        setStage(QStringLiteral("failed"), tr("Open a DAO profile first (Settings)."));
        return;
    }
    auto votes = m_journal.signedVotes(m_chain.profile()->chainId, true);
    if (!votes) {
        setStage(QStringLiteral("failed"), votes.message());
        return;
    }
    for (const dao::SignedVote &vote : votes.value()) {
        if (vote.id != signedVoteId)
            continue;
        const dao::RelayCall call = dao::ballotRelayCall(vote.ballot, vote.signature);
        requestGovernorCall(from, call.function, call.args,
            tr("Send the signed vote of %1: %2 \"%3\"")
                .arg(vote.ballot.voter.toChecksumString(), choiceWord(vote.ballot.support), vote.title));
        if (!m_waiting.isEmpty() && m_waiting.last())
            m_waiting.last()->relayVoteId = signedVoteId;
        return;
    }
    setStage(QStringLiteral("failed"), tr("That signed vote was already sent or is not kept any more."));
}

void TransactionController::reloadSignedVotes()
{
    QVariantList out;
    const auto votes = m_chain.profile() ? m_journal.signedVotes(m_chain.profile()->chainId, true)
                                         : Result<QList<dao::SignedVote>>(QList<dao::SignedVote>());
    if (!votes)
        qCWarning(lcWallet) << votes.message();
    for (const dao::SignedVote &vote : votes.value_or({})) {
        if (vote.ballot.governor != m_chain.profile()->governor)
            continue;
        const int support = vote.ballot.support;
        out.append(QVariantMap {{QStringLiteral("id"), vote.id}, {QStringLiteral("title"), vote.title},
            {QStringLiteral("proposalId"), vote.ballot.proposalId.toDecimal()},
            {QStringLiteral("choice"),
                support == 1       ? tr("For")
                    : support == 0 ? tr("Against")
                                   : tr("Abstain")},
            {QStringLiteral("voter"), vote.ballot.voter.toChecksumString()},
            {QStringLiteral("reason"), vote.ballot.reason},
            {QStringLiteral("signedAt"), QLocale().toString(vote.signedAt.toLocalTime(), QLocale::ShortFormat)}});
    }
    m_signedVotes = out;
    emit signedVotesChanged();
}

void TransactionController::requestGovernorCall(
    const QString &from, const QString &function, const eth::AbiValue::List &args, const QString &summary)
{
    prepareContractCall(Contract::Governor, from, function, args, summary);
}

void TransactionController::prepareContractCall(Contract contract, const QString &from, const QString &function,
    const eth::AbiValue::List &args, const QString &summary)
{
    if (!m_chain.profile()) {
        setStage(QStringLiteral("failed"), tr("Open a DAO profile first (Settings)."));
        return;
    }
    const auto &abis = dao::DaoAbis::load();
    if (!abis) {
        setStage(QStringLiteral("failed"), abis.message());
        return;
    }
    const eth::ContractAbi &abi
        = contract == Contract::Token ? abis.value().token : abis.value().governorOf(m_chain.profile()->governorKind);
    const crypto::Address target = contract == Contract::Token ? m_chain.profile()->token : m_chain.profile()->governor;
    auto data = abi.encodeCall(function, args);
    if (!data) {
        setStage(QStringLiteral("failed"), data.message());
        return;
    }
    prepare(from, eth::TxRequest {target, {}, data.value(), &abi}, summary);
}

void TransactionController::prepare(const QString &from, const eth::TxRequest &request, const QString &summary)
{
    auto sender = crypto::Address::parse(from);
    if (!sender || !m_chain.profile()) {
        setStage(QStringLiteral("failed"), sender ? tr("Open a DAO profile first (Settings).") : sender.message());
        return;
    }
    // Amounts read in tokens only where the target is the DAO's token.
    const QString symbol = request.to && *request.to == m_chain.profile()->token ? m_chain.tokenSymbol() : QString();
    ask({sender.value(), request, summary, request.abi ? request.abi->name() : QString(), symbol});
}

TransactionRequest *TransactionController::ask(const dao::TransactionAsk &ask)
{
    auto *request = new TransactionRequest(ask, this);
    m_waiting.append(request);
    // Later, so the caller has connected to it before anything about it is said.
    QMetaObject::invokeMethod(this, &TransactionController::startNext, Qt::QueuedConnection);
    return request;
}

void TransactionController::withdraw(TransactionRequest *request)
{
    if (request && request == m_current) {
        dismiss();
        return;
    }
    m_waiting.removeAll(request);
    if (request)
        request->fail(tr("Cancelled."));
}

bool TransactionController::sheetBusy() const
{
    return m_stage == QLatin1String("preparing") || m_stage == QLatin1String("review")
        || m_stage == QLatin1String("sending");
}

void TransactionController::failCurrent(const QString &message)
{
    setStage(QStringLiteral("failed"), message);
    if (m_current)
        m_current->fail(message);
    m_current = nullptr;
    QMetaObject::invokeMethod(this, &TransactionController::startNext, Qt::QueuedConnection);
}

void TransactionController::startNext()
{
    if (sheetBusy())
        return; // it comes up once the sheet is free
    while (!m_waiting.isEmpty() && (!m_waiting.first() || m_waiting.first()->ended()))
        m_waiting.removeFirst();
    if (m_waiting.isEmpty())
        return;
    m_current = m_waiting.takeFirst();
    const dao::TransactionAsk ask = m_current->ask();
    resetReview();
    m_hash.clear();
    m_summary = ask.summary;
    m_relayVoteId = m_current->relayVoteId;
    if (!m_chain.client() || !m_chain.profile()) {
        failCurrent(tr("No node is connected."));
        return;
    }
    setStage(QStringLiteral("preparing"), tr("Simulating the transaction and estimating its fee…"));
    const int generation = ++m_generation;
    eth::JsonRpcClient *client = m_chain.client();
    const dao::DaoProfile profile = *m_chain.profile();
    dao::WalletService *wallet = &m_wallet;
    dao::TransactionJournal *journal = &m_journal;
    auto future = QtConcurrent::run([client, profile, wallet, journal, ask] {
        dao::TransactionService service(*client, *wallet, *journal, profile.name, profile.chainId);
        return service.prepare(ask.from, ask.request, ask.summary, ask.contractName, ask.tokenSymbol);
    });
    onFinished(this, future, [this, generation](const Result<dao::PreparedTransaction> &prepared) {
        if (generation != m_generation)
            return;
        if (!prepared) {
            failCurrent(prepared.message());
            return;
        }
        m_prepared = std::make_unique<dao::PreparedTransaction>(prepared.value());
        m_details.clear();
        for (const auto &[label, value] : prepared.value().details)
            m_details.append(QVariantMap {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
        m_warning = prepared.value().warning;
        setStage(QStringLiteral("review"));
    });
}

// What a dismissed sheet forgets; the last transaction's hash stays readable.
void TransactionController::resetReview()
{
    m_details.clear();
    m_warning.clear();
    m_prepared.reset();
    m_ballot.reset();
    m_relayVoteId.reset();
    m_signingVote = false;
}

void TransactionController::confirmBallot()
{
    setStage(QStringLiteral("sending"), tr("Signing…"));
    const int generation = m_generation;
    const dao::Ballot ballot = *m_ballot;
    const QString title = m_ballotTitle;
    onFinished(this, m_wallet.signTypedData(ballot.voter, dao::ballotTypedData(ballot)),
        [this, generation, ballot, title](const Result<QByteArray> &signature) {
            if (generation != m_generation)
                return;
            if (!signature) {
                setStage(QStringLiteral("failed"), signature.message());
                return;
            }
            dao::SignedVote vote;
            vote.ballot = ballot;
            vote.signature = signature.value();
            vote.title = title;
            vote.signedAt = QDateTime::currentDateTimeUtc();
            if (auto kept = m_journal.recordSignedVote(vote); !kept) {
                setStage(QStringLiteral("failed"), kept.message());
                return;
            }
            emit journalChanged();
            setStage(QStringLiteral("done"),
                tr("Vote signed and kept on this computer; nothing was sent. Send it from Home when an account "
                   "has ETH for the fee, before voting ends."));
        });
}

void TransactionController::confirm()
{
    if (m_stage == QLatin1String("review") && m_ballot) {
        confirmBallot();
        return;
    }
    if (m_stage != QLatin1String("review") || !m_prepared || !m_chain.client() || !m_warning.isEmpty())
        return;
    setStage(QStringLiteral("sending"), tr("Signing and sending…"));
    const int generation = m_generation;
    eth::JsonRpcClient *client = m_chain.client();
    const dao::DaoProfile profile = *m_chain.profile();
    dao::WalletService *wallet = &m_wallet;
    dao::TransactionJournal *journal = &m_journal;
    const dao::PreparedTransaction prepared = *m_prepared;
    const std::optional<qint64> relayVoteId = m_relayVoteId;
    auto submitted = QtConcurrent::run([client, profile, wallet, journal, prepared] {
        dao::TransactionService service(*client, *wallet, *journal, profile.name, profile.chainId);
        return service.signAndSubmit(prepared);
    });
    onFinished(this, submitted,
        [this, generation, client, profile, wallet, journal, relayVoteId](const Result<QByteArray> &hash) {
            // A signed vote, once its relay is in the journal, is not offered for sending again.
            if (hash && relayVoteId) {
                if (auto marked = m_journal.setVoteRelayed(*relayVoteId, toHex(hash.value())); !marked)
                    qCWarning(lcWallet) << marked.message();
            }
            emit journalChanged();
            if (generation != m_generation)
                return;
            if (!hash) {
                failCurrent(hash.message());
                return;
            }
            m_hash = toHex(hash.value());
            setStage(QStringLiteral("sending"), tr("Sent. Waiting for it to be mined…"));
            auto mined = QtConcurrent::run([client, profile, wallet, journal, hash = hash.value()] {
                dao::TransactionService service(*client, *wallet, *journal, profile.name, profile.chainId);
                return service.awaitReceipt(hash);
            });
            onFinished(this, mined, [this, generation](const Result<eth::Receipt> &receipt) {
                emit journalChanged();
                if (generation != m_generation)
                    return;
                if (!receipt) {
                    failCurrent(receipt.message());
                    return;
                }
                setStage(QStringLiteral("done"), tr("Confirmed in block %1.").arg(receipt.value().blockNumber));
                if (m_current)
                    m_current->finish(receipt.value());
                m_current = nullptr;
                m_chain.refresh();
                startNext(); // the next of a sequence replaces the result shown
            });
        });
}

void TransactionController::dismiss()
{
    ++m_generation;
    if (m_current)
        m_current->fail(tr("The confirmation was closed before \"%1\" was sent.").arg(m_current->ask().summary));
    m_current = nullptr;
    resetReview();
    setStage(QStringLiteral("idle"));
    startNext();
}

} // namespace dd::app
