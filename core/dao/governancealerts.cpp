#include "dao/governancealerts.h"

namespace dd::dao {

QString GovernanceAlert::key() const
{
    return (kind == Kind::NewProposal ? QStringLiteral("new:") : QStringLiteral("ending:")) + proposalId;
}

QList<GovernanceAlert> governanceAlerts(const QList<cache::ProposalSummary> &proposals,
    const cache::ChainPosition &position, const QSet<QString> &votedByMe, const AlertMemory &memory,
    qint64 windowSeconds)
{
    QList<GovernanceAlert> alerts;
    auto raise = [&](GovernanceAlert alert) {
        if (!memory.raised.contains(alert.key()))
            alerts.append(std::move(alert));
    };
    for (const cache::ProposalSummary &p : proposals) {
        if (memory.initialized && p.block > memory.seenBlock)
            raise(GovernanceAlert {GovernanceAlert::Kind::NewProposal, p.id, p.title, 0});
        if (p.state != cache::ProposalState::Active || votedByMe.contains(p.id) || p.voteEnd < position.headBlock)
            continue;
        const qint64 secondsLeft = qint64(double(p.voteEnd - position.headBlock) * position.secondsPerBlock());
        if (secondsLeft <= windowSeconds)
            raise(GovernanceAlert {GovernanceAlert::Kind::EndingSoon, p.id, p.title, secondsLeft});
    }
    return alerts;
}

} // namespace dd::dao
