#include "cache/governancereader.h"

#include "common/hex.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::cache {

namespace {

const char *summaryColumns = "id, title, proposer, state, vote_start, vote_end, block, for_votes, against_votes, "
                             "abstain_votes, voters, quorum";

ProposalSummary readSummary(const QSqlQuery &q)
{
    ProposalSummary s;
    s.id = q.value(0).toString();
    s.title = q.value(1).toString();
    s.proposer = crypto::Address::parse(q.value(2).toString()).value();
    s.state = ProposalState(q.value(3).toInt());
    s.voteStart = q.value(4).toULongLong();
    s.voteEnd = q.value(5).toULongLong();
    s.block = q.value(6).toULongLong();
    s.forVotes = eth::UInt256::fromDecimal(q.value(7).toString()).value();
    s.againstVotes = eth::UInt256::fromDecimal(q.value(8).toString()).value();
    s.abstainVotes = eth::UInt256::fromDecimal(q.value(9).toString()).value();
    s.voters = q.value(10).toLongLong();
    if (!q.value(11).toString().isEmpty())
        s.quorum = eth::UInt256::fromDecimal(q.value(11).toString()).value();
    return s;
}

} // namespace

double ChainPosition::secondsPerBlock() const
{
    if (headBlock <= startBlock + 10 || headTime <= startTime)
        return 12.0;
    return double(headTime - startTime) / double(headBlock - startBlock);
}

GovernanceReader::GovernanceReader(CacheDatabase &database) : m_database(database)
{
}

Result<QList<ProposalSummary>> GovernanceReader::proposals()
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM proposals ORDER BY block DESC, log_index DESC")
                    .arg(QLatin1String(summaryColumns))))
        return sqlError(QStringLiteral("read proposals"), q.lastError().text());
    QList<ProposalSummary> out;
    while (q.next())
        out.append(readSummary(q));
    return out;
}

Result<std::optional<ProposalDetail>> GovernanceReader::proposal(const QString &id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1, description, actions, tx FROM proposals WHERE id = ?")
                  .arg(QLatin1String(summaryColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("read a proposal"), q.lastError().text());
    if (!q.next())
        return std::optional<ProposalDetail>();
    ProposalDetail d;
    d.summary = readSummary(q);
    d.description = q.value(12).toString();
    for (const QJsonValue &a : QJsonDocument::fromJson(q.value(13).toString().toUtf8()).array()) {
        const QJsonObject o = a.toObject();
        auto target = crypto::Address::parse(o.value(QLatin1String("target")).toString());
        if (!target)
            continue;
        d.actions.append({target.value(),
            eth::UInt256::fromDecimal(o.value(QLatin1String("value")).toString()).value_or(eth::UInt256()),
            o.value(QLatin1String("signature")).toString(),
            fromHex(o.value(QLatin1String("calldata")).toString()).value_or(QByteArray())});
    }
    d.tx = q.value(14).toString();
    QSqlQuery events(m_database.db());
    events.prepare(QStringLiteral(
        "SELECT block, log_index, tx, kind, eta FROM proposal_events WHERE proposal_id = ? ORDER BY block, log_index"));
    events.addBindValue(id);
    if (!events.exec())
        return sqlError(QStringLiteral("read a proposal's timeline"), events.lastError().text());
    while (events.next())
        d.lifecycle.append({{events.value(0).toULongLong(), events.value(1).toUInt(), events.value(2).toString()},
            eth::UInt256::fromDecimal(id).value(), events.value(3).toString(), events.value(4).toULongLong()});
    return std::optional<ProposalDetail>(d);
}

Result<QList<VoteRecord>> GovernanceReader::votes(const QString &proposalId)
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT block, log_index, tx, voter, support, weight, reason FROM votes WHERE "
                             "proposal_id = ? ORDER BY length(weight) DESC, weight DESC"));
    const eth::UInt256 id = eth::UInt256::fromDecimal(proposalId).value_or(eth::UInt256());
    q.addBindValue(id.toBigEndian());
    if (!q.exec())
        return sqlError(QStringLiteral("read votes"), q.lastError().text());
    QList<VoteRecord> out;
    while (q.next())
        out.append({{q.value(0).toULongLong(), q.value(1).toUInt(), toHex(q.value(2).toByteArray())}, id,
            crypto::Address::fromBytes(q.value(3).toByteArray()).value_or(crypto::Address()), q.value(4).toInt(),
            eth::UInt256::fromDecimal(q.value(5).toString()).value_or(eth::UInt256()), q.value(6).toString(), {}});
    return out;
}

Result<QSet<QString>> GovernanceReader::proposalsVotedBy(const crypto::Address &voter)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT DISTINCT proposal_id FROM votes WHERE voter = ?"));
    q.addBindValue(voter.bytes());
    if (!q.exec())
        return sqlError(QStringLiteral("read votes"), q.lastError().text());
    QSet<QString> out;
    while (q.next())
        out.insert(eth::UInt256::fromBigEndian(q.value(0).toByteArray()).value_or(eth::UInt256()).toDecimal());
    return out;
}

Result<std::optional<quint64>> GovernanceReader::lastDelegationBlock(const crypto::Address &delegator)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT MAX(block) FROM delegations WHERE delegator = ?"));
    q.addBindValue(delegator.toChecksumString());
    if (!q.exec())
        return sqlError(QStringLiteral("read delegations"), q.lastError().text());
    if (!q.next() || q.value(0).isNull())
        return std::optional<quint64>();
    return std::optional<quint64>(q.value(0).toULongLong());
}

// SQLite takes a bare column's value from the row that MAX() picked: the latest event per key.
Result<QList<DelegateSummary>> GovernanceReader::delegates(int limit, int recentVotes)
{
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT delegate, votes, MAX(block * 100000 + log_index) FROM voting_power GROUP BY "
                               "delegate")))
        return sqlError(QStringLiteral("read delegates"), q.lastError().text());
    QList<DelegateSummary> out;
    while (q.next()) {
        const eth::UInt256 votes = eth::UInt256::fromDecimal(q.value(1).toString()).value_or(eth::UInt256());
        if (!votes.isZero())
            out.append({crypto::Address::parse(q.value(0).toString()).value(), votes, 0, {}});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.votes > b.votes; });
    if (out.size() > limit)
        out.resize(limit);
    QHash<QString, int> counts;
    if (!q.exec(QStringLiteral("SELECT to_delegate, MAX(block * 100000 + log_index) FROM delegations GROUP BY "
                               "delegator")))
        return sqlError(QStringLiteral("read delegations"), q.lastError().text());
    while (q.next())
        ++counts[q.value(0).toString()];
    // Votes keep the proposal id as bytes, proposals as a decimal: each title is looked up.
    QSqlQuery votes(m_database.db());
    votes.prepare(QStringLiteral("SELECT proposal_id, support FROM votes WHERE voter = ? "
                                 "ORDER BY block DESC, log_index DESC LIMIT ?"));
    QSqlQuery title(m_database.db());
    title.prepare(QStringLiteral("SELECT title FROM proposals WHERE id = ?"));
    for (DelegateSummary &d : out) {
        d.delegators = counts.value(d.address.toChecksumString());
        votes.addBindValue(d.address.bytes());
        votes.addBindValue(recentVotes);
        if (!votes.exec())
            return sqlError(QStringLiteral("read votes"), votes.lastError().text());
        while (votes.next()) {
            title.addBindValue(
                eth::UInt256::fromBigEndian(votes.value(0).toByteArray()).value_or(eth::UInt256()).toDecimal());
            if (!title.exec())
                return sqlError(QStringLiteral("read a proposal"), title.lastError().text());
            if (title.next()) // a vote on a proposal of another governor has no title to show
                d.recentVotes.append({title.value(0).toString(), votes.value(1).toInt()});
            title.finish();
        }
    }
    return out;
}

Result<QList<crypto::Address>> GovernanceReader::delegatorsOf(const crypto::Address &delegate)
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT delegator, to_delegate, MAX(block * 100000 + log_index) FROM delegations "
                               "GROUP BY delegator")))
        return sqlError(QStringLiteral("read delegations"), q.lastError().text());
    QList<crypto::Address> out;
    const QString target = delegate.toChecksumString();
    while (q.next()) {
        if (q.value(1).toString() == target)
            out.append(crypto::Address::parse(q.value(0).toString()).value());
    }
    return out;
}

ChainPosition GovernanceReader::position()
{
    ChainPosition p;
    QSqlQuery q(m_database.db());
    if (q.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            const quint64 value = q.value(1).toULongLong();
            if (key == QLatin1String("synced_block"))
                p.syncedBlock = value;
            else if (key == QLatin1String("head_block"))
                p.headBlock = value;
            else if (key == QLatin1String("head_time"))
                p.headTime = value;
            else if (key == QLatin1String("start_block"))
                p.startBlock = value;
            else if (key == QLatin1String("start_time"))
                p.startTime = value;
        }
    }
    return p;
}

} // namespace dd::cache
