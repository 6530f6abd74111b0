#pragma once

// Which curation notifications to raise now, for the member's own accounts: a review of a dataset
// they contributed, its decision, a wait for governance, a challenge, the token holders' answer
// to an appeal; and an appeal or a challenge of a dataset they reviewed. Each is raised once: the
// caller remembers the last block it looked at (memory.raised is honoured too). The first look
// only records where the cache stands, so opening the app on a long history raises nothing.

#include "cache/curationreader.h"
#include "dao/governancealerts.h"

#include <QList>
#include <QString>

namespace dd::dao {

struct CurationAlert {
    quint64 datasetId = 0;
    QString summary; // one line: what happened to which dataset
    QString body; // what the member can do about it
    QString key; // "<kind>:<id>:<block>:<log index>"
};

// memory.seenBlock: events at or before it were looked at already.
QList<CurationAlert> curationAlerts(const QList<cache::MemberCurationEvent> &events, const AlertMemory &memory);

// The words of one event (its summary and body), for the notification and the window.
CurationAlert curationAlert(const cache::MemberCurationEvent &event);

} // namespace dd::dao
