#include "dao/devnetseeder.h"

#include "common/hex.h"
#include "common/logging.h"
#include "crypto/keccak.h"

namespace dd::dao {

using eth::AbiValue;
using eth::UInt256;

QString proposalStateName(int state)
{
    static const char *names[]
        = {"Pending", "Active", "Canceled", "Defeated", "Succeeded", "Queued", "Expired", "Executed"};
    return state >= 0 && state < 8 ? QLatin1String(names[state]) : QStringLiteral("Unknown");
}

namespace {

const UInt256 oneToken = UInt256(1000000000000000000ULL);
UInt256 tokens(std::uint64_t n)
{
    return UInt256(n) * oneToken;
}
AbiValue address(const crypto::Address &a)
{
    return AbiValue::bytes(a.bytes());
}

struct Draft {
    QString title;
    QString description; // markdown; the first line is the title, as Tally reads it
    crypto::Address recipient;
    UInt256 amount;
};

class Seeder {
public:
    Seeder(eth::ChainSession &chain, TransactionRequester &requester, const DaoProfile &profile, const DaoAbis &abis)
        : m_chain(chain), m_requester(requester), m_profile(profile), m_abis(abis)
    {
    }

    Status send(const crypto::Address &from, const eth::ContractAbi &abi, const crypto::Address &to,
        const QString &function, const AbiValue::List &args)
    {
        auto data = abi.encodeCall(function, args);
        if (!data)
            return data.error();
        auto receipt = m_requester.send({from, eth::TxRequest {to, {}, data.value(), &abi},
            QStringLiteral("%1.%2").arg(abi.name(), function), abi.name(), {}, {}});
        if (!receipt)
            return Status::failure(QStringLiteral("%1 failed: %2").arg(function, receipt.message()), receipt.code());
        return success();
    }

    // targets/values/calldatas of a proposal that pays a grant from the treasury.
    AbiValue::List actions(const Draft &d) const
    {
        const QByteArray call
            = m_abis.token.encodeCall(QStringLiteral("transfer"), {address(d.recipient), AbiValue::number(d.amount)})
                  .value();
        return {AbiValue::list({address(m_profile.token)}), AbiValue::list({AbiValue::number(0)}),
            AbiValue::list({AbiValue::bytes(call)})};
    }

    Result<UInt256> propose(const crypto::Address &proposer, const Draft &d)
    {
        AbiValue::List args = actions(d);
        args.push_back(AbiValue::text(d.description));
        if (auto sent = send(proposer, m_abis.governor, m_profile.governor, QStringLiteral("propose"), args); !sent)
            return sent.error();
        AbiValue::List hashArgs = actions(d);
        hashArgs.push_back(AbiValue::bytes(descriptionHash(d)));
        return readNumber(QStringLiteral("hashProposal"), hashArgs);
    }

    Status lifecycle(const crypto::Address &from, const QString &function, const Draft &d)
    {
        AbiValue::List args = actions(d);
        args.push_back(AbiValue::bytes(descriptionHash(d)));
        return send(from, m_abis.governor, m_profile.governor, function, args);
    }

    Status vote(const crypto::Address &voter, const UInt256 &id, int support, const QString &reason)
    {
        return send(voter, m_abis.governor, m_profile.governor, QStringLiteral("castVoteWithReason"),
            {AbiValue::number(id), AbiValue::number(std::uint64_t(support)), AbiValue::text(reason)});
    }

    Result<UInt256> readNumber(const QString &function, const AbiValue::List &args)
    {
        auto data = m_abis.governor.encodeCall(function, args);
        if (!data)
            return data.error();
        auto result = m_chain.ethCall(
            crypto::Address(), eth::TxRequest {m_profile.governor, {}, data.value(), &m_abis.governor});
        if (!result)
            return result.error();
        auto values = m_abis.governor.decodeResult(function, result.value());
        if (!values)
            return values.error();
        return values.value()[0].asNumber();
    }

    Status mine(quint64 blocks)
    {
        auto r = m_chain.call(QStringLiteral("anvil_mine"), {UInt256(blocks).toHex()});
        return r ? success() : Status(r.error());
    }

    Status increaseTime(quint64 seconds)
    {
        auto r = m_chain.call(QStringLiteral("evm_increaseTime"), {UInt256(seconds).toHex()});
        return r ? success() : Status(r.error());
    }

    static QByteArray descriptionHash(const Draft &d) { return crypto::keccak256(d.description.toUtf8()); }

private:
    eth::ChainSession &m_chain;
    TransactionRequester &m_requester;
    const DaoProfile &m_profile;
    const DaoAbis &m_abis;
};

Draft draft(const QString &title, const QString &body, const crypto::Address &to, std::uint64_t amount)
{
    return Draft {title, QStringLiteral("# %1\n\n%2").arg(title, body), to, tokens(amount)};
}

} // namespace

#define DD_TRY(expr)                                                                                                   \
    if (auto status_ = (expr); !status_)                                                                               \
    return status_.error()

Result<QList<SeededProposal>> seedDevnet(eth::ChainSession &chain, TransactionRequester &requester,
    const DaoProfile &profile, const QList<crypto::Address> &accounts, const DaoParameters &parameters,
    const QUrl &forum)
{
    if (accounts.size() < 5)
        return Result<QList<SeededProposal>>::failure(QStringLiteral("The devnet needs five funded accounts."));
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    Seeder s(chain, requester, profile, abis.value());
    const auto &token = abis.value().token;
    const QList<crypto::Address> &a = accounts;

    // Members and the treasury.
    const std::uint64_t shares[] = {0, 120000, 80000, 50000, 30000};
    for (int i = 1; i < 5; ++i)
        DD_TRY(s.send(accounts[0], token, profile.token, QStringLiteral("transfer"),
            {address(a[i]), AbiValue::number(tokens(shares[i]))}));
    DD_TRY(s.send(accounts[0], token, profile.token, QStringLiteral("transfer"),
        {address(profile.timelock), AbiValue::number(tokens(400000))}));
    // Everyone votes with their own tokens, except member 4, who delegates to member 1.
    for (int i = 0; i < 4; ++i)
        DD_TRY(s.send(accounts[i], token, profile.token, QStringLiteral("delegate"), {address(a[i])}));
    DD_TRY(s.send(accounts[4], token, profile.token, QStringLiteral("delegate"), {address(a[1])}));
    DD_TRY(s.mine(1));

    const Draft executed = draft(QStringLiteral("Fund the data-quality review bounty"),
        QStringLiteral("Pay **25,000 DATA** to the curation guild for the first review sprint.\n\n"
                       "- 120 datasets in the queue\n- reviewers paid per accepted report\n"
                       "- results published as review-report CIDs\n")
            + (forum.isEmpty() ? QString()
                               : QStringLiteral("\nDiscussion: %1/t/ddp-7-fund-the-data-quality-bounty/42\n")
                                     .arg(forum.toString(QUrl::StripTrailingSlash))),
        a[3], 25000);
    const Draft queued = draft(QStringLiteral("Compute credits for the genomics working group"),
        QStringLiteral("Grant **10,000 DATA** of compute-market credits so the group can run "
                       "its variant-calling pipeline over the shared cohort data.\n"),
        a[2], 10000);
    const Draft succeeded = draft(QStringLiteral("Adopt Frictionless Data Packages for dataset metadata"),
        QStringLiteral("Every listed dataset carries a `datapackage.json`. This proposal "
                       "funds the tooling work with **5,000 DATA**.\n\n"
                       "See [the specification](https://specs.frictionlessdata.io/data-package/).\n"),
        a[4], 5000);
    const Draft defeated = draft(QStringLiteral("Raise the listing stake to 500 DATA"),
        QStringLiteral("Spam listings cost curators time. Raise the stake and refund the "
                       "difference to the treasury with **1,000 DATA** for the migration.\n"),
        a[1], 1000);
    const Draft canceled = draft(QStringLiteral("Sponsor a hackathon (withdrawn)"),
        QStringLiteral("Withdrawn by the proposer after forum feedback; a revised version "
                       "will follow.\n"),
        a[2], 8000);
    QList<std::pair<Draft, UInt256>> made;
    for (const Draft *d : {&executed, &queued, &succeeded, &defeated, &canceled}) {
        auto id = s.propose(accounts[1], *d);
        if (!id)
            return id.error();
        made.append({*d, id.value()});
    }
    // Canceled while still pending: the proposer may withdraw before voting starts.
    DD_TRY(s.lifecycle(accounts[1], QStringLiteral("cancel"), canceled));
    DD_TRY(s.mine(parameters.votingDelayBlocks));

    DD_TRY(s.vote(accounts[1], made[0].second, 1, QStringLiteral("Reviews are the bottleneck; this pays for them.")));
    DD_TRY(s.vote(accounts[2], made[0].second, 1, QStringLiteral("Yes, with per-report payouts.")));
    DD_TRY(s.vote(accounts[3], made[0].second, 2, QStringLiteral("Abstaining: I would receive the grant.")));
    DD_TRY(s.vote(accounts[1], made[1].second, 1, QStringLiteral("Compute over shared data is why we exist.")));
    DD_TRY(s.vote(accounts[3], made[1].second, 0, QStringLiteral("Too early; pilot with 2,000 first.")));
    DD_TRY(s.vote(accounts[2], made[2].second, 1, QStringLiteral("Standard metadata makes every dataset searchable.")));
    DD_TRY(s.vote(accounts[1], made[3].second, 0, QStringLiteral("A higher stake shuts out small contributors.")));
    DD_TRY(s.vote(accounts[2], made[3].second, 0, QStringLiteral("Better: slash spam, keep the stake low.")));
    DD_TRY(s.vote(accounts[3], made[3].second, 1, QStringLiteral("Spam is real; I support it.")));
    DD_TRY(s.mine(parameters.votingPeriodBlocks + 1));

    DD_TRY(s.lifecycle(accounts[0], QStringLiteral("queue"), executed));
    DD_TRY(s.lifecycle(accounts[0], QStringLiteral("queue"), queued));
    DD_TRY(s.increaseTime(parameters.timelockDelaySeconds + 1));
    DD_TRY(s.mine(1));
    DD_TRY(s.lifecycle(accounts[0], QStringLiteral("execute"), executed));

    // Still open: one active vote and, last of all, one pending proposal.
    const Draft active = draft(QStringLiteral("Open a compute-over-data marketplace pilot"),
        QStringLiteral("Run a three-month pilot of the compute market with **15,000 DATA** "
                       "of escrowed credits for providers.\n\n1. onboard three providers\n"
                       "2. publish job specs and results as CIDs\n3. report back to the forum\n"),
        a[2], 15000);
    auto activeId = s.propose(accounts[2], active);
    if (!activeId)
        return activeId.error();
    made.append({active, activeId.value()});
    DD_TRY(s.mine(parameters.votingDelayBlocks));
    DD_TRY(s.vote(accounts[1], activeId.value(), 1, QStringLiteral("Yes: providers need a way in.")));
    DD_TRY(s.vote(accounts[3], activeId.value(), 0, QStringLiteral("Escrow terms are not in the forum thread yet.")));
    const Draft pending = draft(QStringLiteral("Quarterly treasury report and Q1 budget"),
        QStringLiteral("Approve the Q1 budget of **20,000 DATA** for storage pinning and "
                       "gateway costs. Figures are in the forum thread.\n"),
        a[1], 20000);
    auto pendingId = s.propose(accounts[1], pending);
    if (!pendingId)
        return pendingId.error();
    made.append({pending, pendingId.value()});

    QList<SeededProposal> out;
    for (const auto &[d, id] : made) {
        auto state = s.readNumber(QStringLiteral("state"), {AbiValue::number(id)});
        if (!state)
            return state.error();
        out.append(SeededProposal {d.title, id, int(state.value().low64())});
        qCInfo(lcChain) << "proposal" << d.title << proposalStateName(out.last().state);
    }
    return out;
}

} // namespace dd::dao
