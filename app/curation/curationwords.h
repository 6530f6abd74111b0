#pragma once

// The Curation section's words for what the cache records: a dataset's stage and each event of
// its curation history ("Approved by the curators; 0 DATA kept", "Reward of 50 DATA paid to …").

#include "cache/catalogwriter.h"
#include "cache/curationreader.h"

#include <QString>
#include <QVariantList>

namespace dd::app {

QString curationStageWords(cache::CurationStage stage);
// Wei, decimal, as tokens of the DAO ("50 DATA").
QString tokenWords(const QString &wei, const QString &symbol);
QString curationEventWords(const cache::CurationEvent &event, const QString &symbol);
// The reviews as QML's ReviewCard reads them: approve, curator, round, time, reason (in words),
// slashPercent, text, evidence.
QVariantList reviewMaps(const QList<cache::ReviewEntry> &reviews);

} // namespace dd::app
