#include "curation/curationview.h"

#include "common/displayformat.h"
#include "curation/curationwords.h"
#include "datasets/catalogview.h"

#include "dao/curationreport.h"

#include <algorithm>

namespace dd::app {

QVariantMap itemMap(const cache::QueueItem &item, const cache::CurationRules &rules, qint64 now, const QString &symbol)
{
    QVariantMap m = entryMap(item.dataset, symbol);
    m.insert(QStringLiteral("stakeText"), tokenWords(item.dataset.stake, symbol));
    m.insert(QStringLiteral("stage"), int(item.dataset.stage));
    m.insert(QStringLiteral("stageText"), curationStageWords(item.dataset.stage));
    const cache::CurationStage stage = item.dataset.stage;
    m.insert(QStringLiteral("tone"),
        stage == cache::CurationStage::Approved || stage == cache::CurationStage::Overturned ? QStringLiteral("good")
            : stage == cache::CurationStage::Rejected                                        ? QStringLiteral("bad")
                                                                                             : QStringLiteral("open"));
    m.insert(QStringLiteral("reviews"), item.reviews);
    m.insert(QStringLiteral("quorum"), rules.quorum);
    m.insert(QStringLiteral("reviewedByMe"), item.reviewedByMe);
    m.insert(QStringLiteral("age"),
        item.dataset.submittedAt > 0 ? displayDuration(std::max<qint64>(0, now - item.dataset.submittedAt))
                                     : QString());
    const qint64 ends = item.appealEndsAt > 0 ? item.appealEndsAt : item.reviewEndsAt;
    m.insert(
        QStringLiteral("deadlineKind"), item.appealEndsAt > 0 ? QStringLiteral("appeal") : QStringLiteral("review"));
    m.insert(QStringLiteral("timeLeft"), ends > 0 && ends > now ? displayDuration(ends - now) : QString());
    m.insert(QStringLiteral("overdue"), ends > 0 && ends <= now);
    // Open to reviews: pending, not yet decided, its review period still running.
    m.insert(QStringLiteral("reviewable"),
        item.dataset.status == cache::DatasetStatus::Pending
            && (stage == cache::CurationStage::None || stage == cache::CurationStage::InReview)
            && !(item.reviewEndsAt > 0 && item.reviewEndsAt <= now));
    return m;
}

QVariantMap curatorMap(const cache::CuratorRecord &c, const QString &symbol)
{
    return {{QStringLiteral("address"), c.address}, {QStringLiteral("active"), c.active},
        {QStringLiteral("reviews"), c.reviews}, {QStringLiteral("decided"), c.decided},
        {QStringLiteral("agreed"), c.agreed},
        {QStringLiteral("agreement"), c.decided > 0 ? double(c.agreed) / double(c.decided) : -1.0},
        {QStringLiteral("fees"), tokenWords(c.feesEarned, symbol)}};
}

QVariantMap rulesMap(const cache::CurationRules &r, const QString &symbol)
{
    return {{QStringLiteral("known"), r.known}, {QStringLiteral("quorum"), r.quorum},
        {QStringLiteral("reviewPeriod"), displayDuration(r.reviewPeriod)},
        {QStringLiteral("reward"), tokenWords(r.reward, symbol)},
        {QStringLiteral("reviewFee"), tokenWords(r.reviewFee, symbol)},
        {QStringLiteral("slashCapPercent"), r.slashCapBasisPoints / 100.0},
        {QStringLiteral("appealWindow"), displayDuration(r.appealWindow)},
        {QStringLiteral("appealDeposit"), tokenWords(r.appealDeposit, symbol)},
        {QStringLiteral("challengeDeposit"), tokenWords(r.challengeDeposit, symbol)},
        {QStringLiteral("pool"), tokenWords(r.pool, symbol)}};
}

QVariantMap reportMap(const quality::QualityReport &report)
{
    QVariantList tables;
    for (const quality::FileInspection &file : report.measured.files) {
        if (!file.table)
            continue;
        const quality::TableProfile &t = *file.table;
        const double rows = double(std::max<quint64>(1, t.rows));
        QVariantList columns;
        for (const quality::ColumnProfile &c : t.columns) {
            QVariantList bins;
            quint64 highest = 0;
            for (quint64 b : c.histogram)
                highest = std::max(highest, b);
            for (quint64 b : c.histogram)
                bins.append(highest > 0 ? double(b) / double(highest) : 0.0);
            QStringList personal;
            for (const quality::PersonalDataFinding &p : c.personalData)
                personal.append(QStringLiteral("%1 %2").arg(p.values).arg(quality::personalKindWords(p.kind)));
            columns.append(QVariantMap {{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type},
                {QStringLiteral("nullShare"), double(c.nulls) / rows},
                {QStringLiteral("distinctShare"), std::min(1.0, double(c.distinct) / rows)},
                {QStringLiteral("nulls"), QVariant::fromValue(c.nulls)},
                {QStringLiteral("distinct"), QVariant::fromValue(c.distinct)}, {QStringLiteral("min"), c.min},
                {QStringLiteral("max"), c.max}, {QStringLiteral("histogram"), bins},
                {QStringLiteral("outliers"), QVariant::fromValue(c.outliers)},
                {QStringLiteral("personal"), personal.join(QStringLiteral("; "))}});
        }
        QVariantList preview;
        for (const QStringList &row : t.preview.mid(0, 8))
            preview.append(row);
        tables.append(QVariantMap {{QStringLiteral("path"), file.path.isEmpty() ? file.name : file.path},
            {QStringLiteral("rows"), QVariant::fromValue(t.rows)},
            {QStringLiteral("duplicateShare"), double(t.duplicateRows) / rows},
            {QStringLiteral("duplicateRows"), QVariant::fromValue(t.duplicateRows)},
            {QStringLiteral("columns"), columns}, {QStringLiteral("preview"), preview}});
    }
    QVariantList differences;
    for (const quality::ClaimDifference &d : report.differences)
        differences.append(QVariantMap {{QStringLiteral("what"), d.what}, {QStringLiteral("file"), d.file},
            {QStringLiteral("claimed"), d.claimed}, {QStringLiteral("measured"), d.measured},
            {QStringLiteral("words"), d.words()}, {QStringLiteral("error"), d.severity == quality::Severity::Error}});
    QVariantList duplicates;
    for (const quality::DuplicateFinding &d : report.duplicates)
        duplicates.append(QVariantMap {{QStringLiteral("id"), QVariant::fromValue(d.id)},
            {QStringLiteral("title"), d.title}, {QStringLiteral("how"), d.how}, {QStringLiteral("share"), d.share}});
    QVariantList findings;
    for (const quality::FileInspection &file : report.measured.files)
        for (const quality::Finding &f : file.findings)
            findings.append(QVariantMap {{QStringLiteral("file"), file.path.isEmpty() ? file.name : file.path},
                {QStringLiteral("message"), f.message},
                {QStringLiteral("severity"), quality::severityName(f.severity)}});
    return {{QStringLiteral("tables"), tables}, {QStringLiteral("differences"), differences},
        {QStringLiteral("duplicates"), duplicates}, {QStringLiteral("findings"), findings},
        {QStringLiteral("clean"), report.clean()},
        {QStringLiteral("suggestedReason"), int(dao::suggestedReason(report))},
        {QStringLiteral("files"), int(report.measured.files.size())},
        {QStringLiteral("bytes"), QVariant::fromValue(report.measured.totalBytes)}};
}

} // namespace dd::app
