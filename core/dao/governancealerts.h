#pragma once

// Which governance alerts to raise now: a proposal that appeared since the app last looked, and
// an open vote ending within a day that none of the member's accounts voted on. Each is raised
// once (the caller keeps the keys raised). The first look only records where the chain stands,
// so opening the app on a DAO with a long history does not raise an alert for every proposal.

#include "cache/governancereader.h"

#include <QList>
#include <QSet>
#include <QString>

namespace dd::dao {

struct GovernanceAlert {
    enum class Kind { NewProposal, EndingSoon };
    Kind kind = Kind::NewProposal;
    QString proposalId;
    QString title;
    qint64 secondsLeft = 0; // EndingSoon: until voting ends, at the chain's measured pace

    QString key() const; // "new:<id>" or "ending:<id>"
};

struct AlertMemory {
    bool initialized = false; // false before the first look at this DAO
    quint64 seenBlock = 0; // proposals created after this block are new
    QSet<QString> raised; // keys of alerts already raised
};

QList<GovernanceAlert> governanceAlerts(const QList<cache::ProposalSummary> &proposals,
    const cache::ChainPosition &position, const QSet<QString> &votedByMe, const AlertMemory &memory,
    qint64 windowSeconds = 24 * 3600);

} // namespace dd::dao
