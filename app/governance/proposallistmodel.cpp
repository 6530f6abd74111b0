#include "governance/proposallistmodel.h"

#include "common/displayformat.h"

namespace dd::app {

namespace {

double ratio(const eth::UInt256 &part, const eth::UInt256 &whole)
{
    return whole.isZero() ? 0.0 : std::min(1.0, part.toDouble() / whole.toDouble());
}

} // namespace

ProposalListModel::ProposalListModel(QObject *parent) : QAbstractListModel(parent)
{
}

int ProposalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString ProposalListModel::stateText(cache::ProposalState state)
{
    using S = cache::ProposalState;
    switch (state) {
    case S::Pending:
        return tr("Pending");
    case S::Active:
        return tr("Active");
    case S::Canceled:
        return tr("Canceled");
    case S::Defeated:
        return tr("Defeated");
    case S::Succeeded:
        return tr("Succeeded");
    case S::Queued:
        return tr("Queued");
    case S::Expired:
        return tr("Expired");
    case S::Executed:
        return tr("Executed");
    case S::Unknown:
        break;
    }
    return tr("Reading…");
}

QString ProposalListModel::countdown(const cache::ProposalSummary &p, const cache::ChainPosition &position)
{
    const quint64 head = position.headBlock;
    const double perBlock = position.secondsPerBlock();
    if (p.state == cache::ProposalState::Pending && p.voteStart >= head) {
        const quint64 blocks = p.voteStart - head + 1;
        return tr("Voting starts in %n block(s) (about %1)", nullptr, int(blocks))
            .arg(displayDuration(qint64(double(blocks) * perBlock)));
    }
    if (p.state == cache::ProposalState::Active && p.voteEnd >= head) {
        const quint64 blocks = p.voteEnd - head + 1;
        return tr("Voting ends in %n block(s) (about %1)", nullptr, int(blocks))
            .arg(displayDuration(qint64(double(blocks) * perBlock)));
    }
    if (head > p.voteEnd)
        return tr("Voting ended at block %1").arg(p.voteEnd);
    return QString();
}

QVariant ProposalListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const cache::ProposalSummary &p = m_rows.at(index.row());
    const eth::UInt256 total = p.forVotes + p.againstVotes + p.abstainVotes;
    switch (role) {
    case IdRole:
        return p.id;
    case TitleRole:
        return p.title;
    case StateRole:
        return int(p.state);
    case StateTextRole:
        return stateText(p.state);
    case CountdownRole:
        return countdown(p, m_position);
    case ForRole:
        return displayAmount(p.forVotes, 18, 2);
    case AgainstRole:
        return displayAmount(p.againstVotes, 18, 2);
    case AbstainRole:
        return displayAmount(p.abstainVotes, 18, 2);
    case ForFractionRole:
        return ratio(p.forVotes, total);
    case AgainstFractionRole:
        return ratio(p.againstVotes, total);
    case AbstainFractionRole:
        return ratio(p.abstainVotes, total);
    case QuorumFractionRole:
        // GovernorCountingSimple counts for and abstain toward quorum.
        return p.quorum ? ratio(p.forVotes + p.abstainVotes, *p.quorum) : 0.0;
    case QuorumTextRole:
        if (!p.quorum)
            return tr("Quorum is set when voting starts");
        return tr("Quorum %1 of %2")
            .arg(displayAmount(p.forVotes + p.abstainVotes, 18, 0), displayAmount(*p.quorum, 18, 0));
    case VotersRole:
        return qlonglong(p.voters);
    case ProposerRole:
        return p.proposer.toChecksumString();
    case VotedRole:
        return m_voted.contains(p.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> ProposalListModel::roleNames() const
{
    return {{IdRole, "proposalId"}, {TitleRole, "title"}, {StateRole, "proposalState"}, {StateTextRole, "stateText"},
        {CountdownRole, "countdown"}, {ForRole, "forVotes"}, {AgainstRole, "againstVotes"},
        {AbstainRole, "abstainVotes"}, {ForFractionRole, "forFraction"}, {AgainstFractionRole, "againstFraction"},
        {AbstainFractionRole, "abstainFraction"}, {QuorumFractionRole, "quorumFraction"},
        {QuorumTextRole, "quorumText"}, {VotersRole, "voters"}, {ProposerRole, "proposer"}, {VotedRole, "voted"}};
}

void ProposalListModel::setRows(
    const QList<cache::ProposalSummary> &rows, const cache::ChainPosition &position, const QSet<QString> &votedByMe)
{
    bool sameIds = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameIds && i < rows.size(); ++i)
        sameIds = rows[i].id == m_rows[i].id;
    m_position = position;
    m_voted = votedByMe;
    if (sameIds) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit countChanged();
}

} // namespace dd::app
