#pragma once

// The curation values as the Curation section shows them: a queue item as a map for QML (its
// stage, tone, deadline and whether it is open to reviews), and a quality report as the review
// page draws it. Pure functions: CurationController calls them on what it read or measured.

#include "cache/curationreader.h"
#include "quality/qualityreport.h"

#include <QString>
#include <QVariantMap>

namespace dd::app {

// now: the chain's head time, for the item's age and what is left of its review or appeal.
QVariantMap itemMap(const cache::QueueItem &item, const cache::CurationRules &rules, qint64 now, const QString &symbol);
// A curator's record as the ranking shows it, with its share of verdicts that were the outcome.
QVariantMap curatorMap(const cache::CuratorRecord &c, const QString &symbol);
// The rules as the section's header states them: durations and amounts in words.
QVariantMap rulesMap(const cache::CurationRules &r, const QString &symbol);
// Per column its null and distinct shares and its histogram; per table the share of duplicated
// rows; the differences from the claims and the duplicates found.
QVariantMap reportMap(const quality::QualityReport &report);

} // namespace dd::app
