#include "governance/votercheck.h"

#include "appcontext.h"
#include "common/cacheread.h"
#include "common/displayformat.h"

#include "cache/governancereader.h"
#include "common/executor.h"
#include "dao/governancecalls.h"
#include "dao/voterstatus.h"
#include "eth/chainsession.h"

#include <QQmlEngine>

namespace dd::app {

namespace {

// What the check needs from the cache before it asks the chain.
struct VoterCache {
    std::optional<quint64> snapshot; // none: the proposal is not in the cache
    std::optional<quint64> delegatedAt;
};

} // namespace

VoterCheck::VoterCheck(Executor &executor, OpenDao &dao, DaoCache &cache, QObject *parent)
    : QObject(parent), m_executor(executor), m_dao(dao), m_cache(cache)
{
}

VoterCheck *VoterCheck::create(QQmlEngine *, QJSEngine *)
{
    VoterCheck *check = AppContext::instance()->voterCheck();
    QQmlEngine::setObjectOwnership(check, QQmlEngine::CppOwnership);
    return check;
}

void VoterCheck::set(Status status, const QString &message)
{
    m_status = status;
    m_message = message;
    if (status == Status::Checking || status == Status::Failed) {
        m_power.clear();
        m_offerSelfDelegate = false;
    }
    emit changed();
}

void VoterCheck::check(const QString &account, const QString &proposalId)
{
    const int generation = ++m_generation;
    m_account = account;
    auto address = crypto::Address::parse(account);
    if (!address)
        return set(Status::Failed, address.message());
    if (!m_dao.profile() || !m_dao.client() || proposalId.isEmpty())
        return set(Status::Failed, tr("Connect to the DAO's node to check voting power."));
    set(Status::Checking, tr("Reading voting power at the snapshot…"));
    // From the cache: the proposal's snapshot, and when this account last delegated.
    m_executor.submit(
        this,
        [path = m_cache.cachePath(), proposalId, who = address.value()] {
            return readCache<cache::GovernanceReader, VoterCache>(
                path, QString(), [&](cache::GovernanceReader &reader) -> Result<VoterCache> {
                    auto proposal = reader.proposal(proposalId);
                    if (!proposal)
                        return proposal.error();
                    if (!proposal.value())
                        return VoterCache {};
                    return VoterCache {
                        proposal.value()->summary.voteStart, reader.lastDelegationBlock(who).value_or(std::nullopt)};
                });
        },
        [this, generation, proposalId](const Result<VoterCache> &facts) {
            if (generation != m_generation)
                return;
            if (!facts || !facts.value().snapshot)
                return set(Status::Failed,
                    !facts && !facts.message().isEmpty() ? facts.message()
                                                         : tr("Proposal %1 is not in the cache.").arg(proposalId));
            askChain(generation, proposalId, *facts.value().snapshot, facts.value().delegatedAt);
        });
}

void VoterCheck::askChain(
    const int generation, const QString &proposalId, const quint64 snapshot, const std::optional<quint64> delegatedAt)
{
    const auto &profile = m_dao.profile();
    if (!profile || !m_dao.client())
        return set(Status::Failed, tr("Connect to the DAO's node to check voting power."));
    set(Status::Checking, tr("Reading voting power at the snapshot (block %1)…").arg(snapshot));
    m_executor.submit(
        this,
        [client = m_dao.client(), profile = *profile, address = crypto::Address::parse(m_account).value(),
            id = eth::UInt256::fromDecimal(proposalId).value_or(eth::UInt256()), snapshot, delegatedAt] {
            eth::ChainSession chain(*client, std::chrono::seconds(30));
            return dao::readVoterFacts(chain, profile, address, id, snapshot, delegatedAt);
        },
        [this, generation, snapshot](const Result<dao::VoterFacts> &read) {
            if (generation != m_generation)
                return;
            if (!read)
                return set(Status::Failed, read.message());
            show(read.value(), snapshot);
        });
}

void VoterCheck::show(const dao::VoterFacts &facts, const quint64 snapshot)
{
    const QString symbol = m_dao.tokenSymbol();
    m_power = QStringLiteral("%1 %2").arg(displayAmount(facts.votesAtSnapshot, 18), symbol);
    m_offerSelfDelegate = dao::selfDelegationHelps(facts);
    switch (dao::assessVoter(facts)) {
    case dao::VoterStatus::CanVote:
        return set(Status::CanVote, tr("Voting power at the snapshot (block %1): %2.").arg(snapshot).arg(m_power));
    case dao::VoterStatus::AlreadyVoted:
        return set(
            Status::AlreadyVoted, tr("This account has already voted on this proposal. A vote cannot be changed."));
    case dao::VoterStatus::NoTokens:
        return set(Status::NoTokens,
            tr("This account had no voting power at the snapshot (block %1): it held no %2 and nobody had "
               "delegated votes to it.")
                .arg(snapshot)
                .arg(symbol));
    case dao::VoterStatus::NotDelegated:
        return set(Status::NotDelegated,
            tr("This account holds %1 %2 but has 0 votes: tokens count as votes only once they are delegated, to "
               "yourself or to someone you trust. Delegating now counts from the next proposal on.")
                .arg(displayAmount(facts.balanceNow, 18), symbol));
    case dao::VoterStatus::DelegatedToOther:
        return set(Status::DelegatedToOther,
            tr("This account's votes are delegated to %1, who votes with them. Delegate to yourself to vote directly "
               "from the next proposal on.")
                .arg(facts.delegateNow.toChecksumString()));
    case dao::VoterStatus::DelegatedAfterSnapshot:
        return set(Status::DelegatedAfterSnapshot,
            tr("This account delegated at block %1, after this proposal's snapshot (block %2), so its votes count "
               "from the next proposal on.")
                .arg(*facts.delegatedAtBlock)
                .arg(snapshot));
    }
}

} // namespace dd::app
