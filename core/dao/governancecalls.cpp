#include "dao/governancecalls.h"

#include "common/hex.h"
#include "crypto/keccak.h"
#include "dao/daodeployer.h"
#include "dao/votewords.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace dd::dao {

namespace {

// The words of the governor's transactions, translated where the app loads a translation.
struct GovernanceWords {
    Q_DECLARE_TR_FUNCTIONS(GovernanceCalls)
};

QString quoted(const QString &title)
{
    return QStringLiteral("\u201c%1\u201d").arg(title);
}

Result<TransactionAsk> governorAsk(const DaoProfile &profile, const crypto::Address &from, const QString &function,
    const eth::AbiValue::List &args, const QString &summary)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::ContractAbi &governor = abis.value().governorOf(profile.governorKind);
    auto data = governor.encodeCall(function, args);
    if (!data)
        return data.error();
    return TransactionAsk {
        from, eth::TxRequest {profile.governor, {}, data.value(), &governor}, summary, governor.name(), {}, {}};
}

struct ActionLists {
    eth::AbiValue::List targets;
    eth::AbiValue::List values;
    eth::AbiValue::List calldatas;
};

ActionLists listsOf(const QList<ProposalAction> &actions)
{
    ActionLists out;
    for (const ProposalAction &a : actions) {
        out.targets.push_back(eth::AbiValue::bytes(a.target.bytes()));
        out.values.push_back(eth::AbiValue::number(a.value));
        out.calldatas.push_back(eth::AbiValue::bytes(a.calldata));
    }
    return out;
}

} // namespace

Result<TransactionAsk> voteAsk(const DaoProfile &profile, const crypto::Address &from, const eth::UInt256 &proposalId,
    int support, const QString &reason, const QString &title)
{
    if (support < 0 || support > 2)
        return Result<TransactionAsk>::failure(
            GovernanceWords::tr("That is not a choice this app can vote with."), ErrorCode::InvalidInput);
    const QString summary = GovernanceWords::tr("Vote %1 \"%2\"").arg(supportPhrase(support), title);
    eth::AbiValue::List args {eth::AbiValue::number(proposalId), eth::AbiValue::number(eth::UInt256(quint64(support)))};
    const bool withReason = !reason.trimmed().isEmpty();
    if (withReason)
        args.push_back(eth::AbiValue::text(reason.trimmed()));
    auto ask = governorAsk(
        profile, from, withReason ? QStringLiteral("castVoteWithReason") : QStringLiteral("castVote"), args, summary);
    if (ask)
        ask.value().names.nameId(proposalId, quoted(title));
    return ask;
}

Result<TransactionAsk> relayAsk(const DaoProfile &profile, const crypto::Address &from, const SignedVote &vote)
{
    const RelayCall call = ballotRelayCall(vote.ballot, vote.signature);
    auto ask = governorAsk(profile, from, call.function, call.args,
        GovernanceWords::tr("Send the signed vote of %1: %2 \"%3\"")
            .arg(vote.ballot.voter.toChecksumString(), supportPhrase(vote.ballot.support), vote.title));
    if (ask) {
        ask.value().names.nameId(vote.ballot.proposalId, quoted(vote.title));
        ask.value().names.nameAddress(vote.ballot.voter, GovernanceWords::tr("the voter who signed"));
    }
    return ask;
}

Result<TransactionAsk> lifecycleAsk(
    const DaoProfile &profile, const crypto::Address &from, Lifecycle step, const ProposalRef &proposal)
{
    const QString function = step == Lifecycle::Queue ? QStringLiteral("queue")
        : step == Lifecycle::Cancel                   ? QStringLiteral("cancel")
                                                      : QStringLiteral("execute");
    const QString summary = step == Lifecycle::Queue
        ? GovernanceWords::tr("Queue \"%1\" in the timelock").arg(proposal.title)
        : step == Lifecycle::Cancel ? GovernanceWords::tr("Cancel your proposal \"%1\"").arg(proposal.title)
                                    : GovernanceWords::tr("Execute \"%1\"").arg(proposal.title);
    if (profile.governorKind == GovernorKind::Bravo) {
        auto ask = governorAsk(profile, from, function, {eth::AbiValue::number(proposal.id)}, summary);
        if (ask)
            ask.value().names.nameId(proposal.id, quoted(proposal.title));
        return ask;
    }
    const ActionLists lists = listsOf(proposal.actions);
    const QByteArray descriptionHash = crypto::keccak256(proposal.description.toUtf8());
    auto ask = governorAsk(profile, from, function,
        {eth::AbiValue::list(lists.targets), eth::AbiValue::list(lists.values), eth::AbiValue::list(lists.calldatas),
            eth::AbiValue::bytes(descriptionHash)},
        summary);
    if (ask) // OpenZeppelin's Governor finds the proposal by the hash of its description
        ask.value().names.nameBytes32(
            descriptionHash, GovernanceWords::tr("the description of %1").arg(quoted(proposal.title)));
    return ask;
}

Result<TransactionAsk> proposeAsk(const DaoProfile &profile, const crypto::Address &from, const QString &title,
    const QString &body, const QList<ProposalAction> &actions, const QStringList &actionWords)
{
    if (title.trimmed().isEmpty())
        return Result<TransactionAsk>::failure(
            GovernanceWords::tr("Give the proposal a title."), ErrorCode::InvalidInput);
    if (title.contains(u'\n'))
        return Result<TransactionAsk>::failure(GovernanceWords::tr("The title is one line."), ErrorCode::InvalidInput);
    QList<ProposalAction> calls = actions;
    if (calls.isEmpty())
        calls.append({profile.timelock, {}, {}});
    const ActionLists lists = listsOf(calls);
    const QString summary = actionWords.isEmpty()
        ? GovernanceWords::tr("Propose \"%1\"").arg(title.trimmed())
        : GovernanceWords::tr("Propose \"%1\": %2").arg(title.trimmed(), actionWords.join(QStringLiteral("; ")));
    const QString description = QStringLiteral("# %1\n\n%2").arg(title.trimmed(), body.trimmed());
    if (profile.governorKind == GovernorKind::Bravo) {
        // GovernorBravo also takes a signature per action; empty: the calldata holds the selector.
        const eth::AbiValue::List signatures(lists.targets.size(), eth::AbiValue::text(QString()));
        return governorAsk(profile, from, QStringLiteral("propose"),
            {eth::AbiValue::list(lists.targets), eth::AbiValue::list(lists.values), eth::AbiValue::list(signatures),
                eth::AbiValue::list(lists.calldatas), eth::AbiValue::text(description)},
            summary);
    }
    return governorAsk(profile, from, QStringLiteral("propose"),
        {eth::AbiValue::list(lists.targets), eth::AbiValue::list(lists.values), eth::AbiValue::list(lists.calldatas),
            eth::AbiValue::text(description)},
        summary);
}

Result<VoterFacts> readVoterFacts(eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &account,
    const eth::UInt256 &proposalId, quint64 snapshot, std::optional<quint64> delegatedAt)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::AbiValue who = eth::AbiValue::bytes(account.bytes());
    const eth::AbiValue id = eth::AbiValue::number(proposalId);
    struct Call {
        crypto::Address to;
        const eth::ContractAbi *abi;
        QString function;
        eth::AbiValue::List args;
    };
    // GovernorBravo has neither getVotes nor hasVoted: the token's checkpoints and getReceipt.
    const bool bravo = profile.governorKind == GovernorKind::Bravo;
    const QList<Call> calls {bravo ? Call {profile.token, &abis.value().token, QStringLiteral("getPastVotes"),
                                 {who, eth::AbiValue::number(eth::UInt256(snapshot))}}
                                   : Call {profile.governor, &abis.value().governor, QStringLiteral("getVotes"),
                                       {who, eth::AbiValue::number(eth::UInt256(snapshot))}},
        bravo ? Call {profile.governor, &abis.value().bravo, QStringLiteral("getReceipt"), {id, who}}
              : Call {profile.governor, &abis.value().governor, QStringLiteral("hasVoted"), {id, who}},
        Call {profile.token, &abis.value().token, QStringLiteral("balanceOf"), {who}},
        Call {profile.token, &abis.value().token, QStringLiteral("delegates"), {who}}};
    QList<eth::RpcCall> batch;
    for (const Call &c : calls) {
        auto data = c.abi->encodeCall(c.function, c.args);
        if (!data)
            return data.error();
        batch.append({QStringLiteral("eth_call"),
            {QJsonObject {
                 {QStringLiteral("to"), c.to.toChecksumString()}, {QStringLiteral("data"), toHex(data.value())}},
                QStringLiteral("latest")}});
    }
    auto answers = chain.batch(batch);
    if (!answers)
        return answers.error();
    QList<eth::AbiValue> values;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (i >= answers.value().size() || !answers.value()[i])
            return Result<VoterFacts>::failure(
                GovernanceWords::tr("The node did not answer about voting power: %1")
                    .arg(i < answers.value().size() ? answers.value()[i].message()
                                                    : GovernanceWords::tr("a call failed")),
                ErrorCode::Network);
        auto decoded = calls[i].abi->decodeResult(
            calls[i].function, fromHex(answers.value()[i].value().toString()).value_or(QByteArray()));
        if (!decoded || decoded.value().empty())
            return Result<VoterFacts>::failure(
                GovernanceWords::tr("The node did not answer about voting power: %1").arg(decoded.message()),
                ErrorCode::Network);
        values.append(decoded.value()[0]);
    }
    VoterFacts facts;
    facts.account = account;
    facts.votesAtSnapshot = values[0].asNumber();
    facts.hasVoted = bravo ? values[1].asList().at(0).asBool() : values[1].asBool(); // Receipt(hasVoted, …)
    facts.balanceNow = values[2].asNumber();
    facts.delegateNow = crypto::Address::fromBytes(values[3].asBytes()).value();
    facts.delegatedAtBlock = delegatedAt;
    facts.snapshot = snapshot;
    return facts;
}

} // namespace dd::dao
