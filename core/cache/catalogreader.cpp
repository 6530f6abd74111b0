#include "cache/catalogreader.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::cache {

QString ftsQuery(const QString &text)
{
    QStringList terms;
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}_]+"));
    for (auto it = words.globalMatch(text); it.hasNext();)
        terms.append(QLatin1Char('"') + it.next().captured(0) + QStringLiteral("\"*"));
    return terms.mid(0, 16).join(QLatin1Char(' '));
}

namespace catalog {

const char *const entryColumns
    = "d.id, d.contributor, d.content_cid, d.metadata_cid, d.size, d.license, d.access_price, "
      "d.stake, d.status, d.submitted_block, d.submitted_tx, d.reviewer, d.review_reason, "
      "d.report_cid, d.purchases, d.metadata_state, d.metadata_error, d.title, d.description, "
      "d.keywords, d.formats, d.stage, d.round, d.approvals, d.rejections, d.submitted_at, "
      "d.opened_at, d.decided_at, d.slashed";

CatalogEntry entryFrom(const QSqlQuery &q)
{
    CatalogEntry e;
    e.id = q.value(0).toULongLong();
    e.contributor = q.value(1).toString();
    e.contentCid = q.value(2).toString();
    e.metadataCid = q.value(3).toString();
    e.size = q.value(4).toLongLong();
    e.license = q.value(5).toString();
    e.accessPrice = q.value(6).toString();
    e.stake = q.value(7).toString();
    e.status = DatasetStatus(q.value(8).toInt());
    e.submittedBlock = q.value(9).toLongLong();
    e.submittedTx = q.value(10).toString();
    e.reviewer = q.value(11).toString();
    e.reviewReason = q.value(12).toString();
    e.reportCid = q.value(13).toString();
    e.purchases = q.value(14).toLongLong();
    e.metadataState = MetadataState(q.value(15).toInt());
    e.metadataError = q.value(16).toString();
    e.title = q.value(17).toString();
    e.description = q.value(18).toString();
    e.keywords = q.value(19).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    e.formats = q.value(20).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    e.stage = CurationStage(q.value(21).toInt());
    e.round = q.value(22).toInt();
    e.approvals = q.value(23).toInt();
    e.rejections = q.value(24).toInt();
    e.submittedAt = q.value(25).toLongLong();
    e.openedAt = q.value(26).toLongLong();
    e.decidedAt = q.value(27).toLongLong();
    e.slashed = q.value(28).toString();
    return e;
}

} // namespace catalog

namespace {

using catalog::entryFrom;

// A phrase for an FTS5 column filter: the value quoted, its quotes doubled.
QString phrase(const QString &column, const QString &value)
{
    return QStringLiteral("%1:\"%2\"").arg(column, QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\"")));
}

// How a query is answered: the full-text index holds the words and, as columns, the license,
// formats and status, so those filters narrow the index's doclists before any row is read; the
// SQL conditions then check them exactly (and the size range, which the index cannot).
struct Plan {
    QString match; // FTS5 expression, empty without words or those filters
    QStringList conditions;
    QVariantList binds;
};

Plan planOf(const CatalogQuery &query)
{
    Plan plan;
    QStringList terms;
    const QString words = ftsQuery(query.text);
    // Without words the SQL indexes serve the filters better (a status matches half the catalog).
    const bool narrow = !words.isEmpty();
    if (narrow)
        terms.append(words);
    if (!query.license.isEmpty()) {
        if (narrow)
            terms.append(phrase(QStringLiteral("license"), query.license));
        plan.conditions.append(QStringLiteral("d.license = ?"));
        plan.binds.append(query.license);
    }
    if (!query.format.isEmpty()) {
        if (narrow)
            terms.append(phrase(QStringLiteral("formats"), query.format));
        plan.conditions.append(QStringLiteral("d.formats LIKE ?"));
        plan.binds.append(
            QStringLiteral("%") + QLatin1Char(' ') + query.format + QLatin1Char(' ') + QStringLiteral("%"));
    }
    if (query.status) {
        if (narrow)
            terms.append(phrase(QStringLiteral("status"), datasetStatusName(*query.status)));
        plan.conditions.append(QStringLiteral("d.status = ?"));
        plan.binds.append(int(*query.status));
    }
    if (query.minSize >= 0) {
        plan.conditions.append(QStringLiteral("d.size >= ?"));
        plan.binds.append(query.minSize);
    }
    if (query.maxSize >= 0) {
        plan.conditions.append(QStringLiteral("d.size <= ?"));
        plan.binds.append(query.maxSize);
    }
    if (!query.contributor.isEmpty()) {
        plan.conditions.append(QStringLiteral("d.contributor = ?"));
        plan.binds.append(query.contributor);
    }
    plan.match = terms.join(QStringLiteral(" AND "));
    return plan;
}

// FROM and WHERE. Newest first with the index matching: the index drives (its matches come in
// id order, so a LIMIT stops early). Another order: the matching ids as a set, and the order's
// own SQL index drives.
QString fromWhere(const Plan &plan, bool indexDrives, QVariantList &binds)
{
    QStringList conditions;
    QString from = QStringLiteral("datasets d");
    if (!plan.match.isEmpty()) {
        binds.append(plan.match);
        if (indexDrives) {
            from = QStringLiteral("dataset_search JOIN datasets d ON d.id = dataset_search.rowid");
            conditions.append(QStringLiteral("dataset_search MATCH ?"));
        } else {
            // "+" keeps SQLite from driving by this set and sorting it: the order's index walks.
            conditions.append(
                QStringLiteral("+d.id IN (SELECT rowid FROM dataset_search WHERE dataset_search MATCH ?)"));
        }
    }
    for (const QString &condition : plan.conditions) // likewise, so the order's index walks
        conditions.append(indexDrives || !plan.match.isEmpty() ? condition : QLatin1Char('+') + condition);
    binds += plan.binds;
    return from
        + (conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND ")));
}

} // namespace

Result<QList<CatalogEntry>> CatalogReader::search(const CatalogQuery &query)
{
    const Plan plan = planOf(query);
    const bool newest = query.order == CatalogQuery::Order::Newest;
    QVariantList binds;
    const QString source = fromWhere(plan, newest, binds);
    QString order;
    switch (query.order) {
    case CatalogQuery::Order::Title:
        order = QStringLiteral("d.title = '', d.title COLLATE NOCASE, d.id DESC"); // untitled last; indexed
        break;
    case CatalogQuery::Order::Largest:
        order = QStringLiteral("d.size DESC, d.id DESC");
        break;
    case CatalogQuery::Order::Cheapest:
        order = QStringLiteral("d.price_key, d.id DESC");
        break;
    case CatalogQuery::Order::Newest:
        order = plan.match.isEmpty() ? QStringLiteral("d.id DESC") : QStringLiteral("dataset_search.rowid DESC");
        break;
    }
    QSqlQuery q(m_database.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3 LIMIT ? OFFSET ?")
                  .arg(QLatin1String(catalog::entryColumns), source, order));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(query.limit);
    q.addBindValue(query.offset);
    if (!q.exec())
        return sqlError(QStringLiteral("search the catalog"), q.lastError().text());
    QList<CatalogEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<qint64> CatalogReader::count(const CatalogQuery &query)
{
    QVariantList binds;
    const QString source = fromWhere(planOf(query), true, binds);
    QSqlQuery q(m_database.db());
    // Counted up to a cap: past it the exact number costs more than it tells.
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1 LIMIT %2)").arg(source).arg(countCap + 1));
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("count the catalog"), q.lastError().text());
    return q.value(0).toLongLong();
}

Result<CatalogReader::Page> CatalogReader::page(const CatalogQuery &query)
{
    // The count first: it needs no order, so a search that matches nothing (FTS5 intersecting
    // long doclists) is answered by it alone, and one that matches a few costs little more.
    auto total = count(query);
    if (!total)
        return total.error();
    Page out {{}, total.value()};
    if (out.total == 0 || (out.total <= countCap && query.offset >= out.total))
        return out;
    auto entries = search(query);
    if (!entries)
        return entries.error();
    out.entries = entries.value();
    return out;
}

Result<CatalogEntry> CatalogReader::dataset(quint64 id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1, d.metadata FROM datasets d WHERE d.id = ?")
                  .arg(QLatin1String(catalog::entryColumns)));
    q.addBindValue(qulonglong(id));
    if (!q.exec())
        return sqlError(QStringLiteral("read a dataset"), q.lastError().text());
    if (!q.next())
        return Result<CatalogEntry>::failure(
            QStringLiteral("Dataset #%1 is not in the catalog (yet).").arg(id), ErrorCode::InvalidInput);
    CatalogEntry e = entryFrom(q);
    e.metadata = QJsonDocument::fromJson(q.value(29).toString().toUtf8()).object();
    return e;
}

Result<DatasetVersions> CatalogReader::versions(quint64 id)
{
    DatasetVersions out;
    QSqlQuery q(m_database.db());
    q.prepare(
        QStringLiteral("SELECT o.id, o.title FROM datasets d JOIN datasets o ON o.id = json_extract(d.metadata, "
                       "'$.replaces.dataset') AND o.contributor = d.contributor AND o.id != d.id WHERE d.id = ? AND "
                       "json_valid(d.metadata)"));
    q.addBindValue(qulonglong(id));
    if (!q.exec())
        return sqlError(QStringLiteral("read the dataset a corrected version replaces"), q.lastError().text());
    if (q.next()) {
        out.replaces = q.value(0).toULongLong();
        out.replacesTitle = q.value(1).toString();
    }
    QSqlQuery newer(m_database.db());
    newer.prepare(QStringLiteral(
        "SELECT n.id, n.title FROM datasets d JOIN datasets n ON n.contributor = d.contributor AND n.id != d.id "
        "AND json_valid(n.metadata) AND json_extract(n.metadata, '$.replaces.dataset') = d.id WHERE d.id = ? "
        "ORDER BY n.id LIMIT 20"));
    newer.addBindValue(qulonglong(id));
    if (!newer.exec())
        return sqlError(QStringLiteral("read a dataset's corrected versions"), newer.lastError().text());
    while (newer.next())
        out.replacedBy.append({newer.value(0).toULongLong(), newer.value(1).toString()});
    return out;
}

Result<bool> CatalogReader::hasAccess(quint64 id, const QString &member)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT 1 FROM datasets WHERE id = ? AND contributor = ? UNION ALL SELECT 1 FROM "
                             "dataset_events WHERE dataset_id = ? AND kind = 'purchased' AND actor = ? LIMIT 1"));
    q.addBindValue(qulonglong(id));
    q.addBindValue(member);
    q.addBindValue(qulonglong(id));
    q.addBindValue(member);
    if (!q.exec())
        return sqlError(QStringLiteral("read access grants"), q.lastError().text());
    return q.next();
}

Result<QStringList> CatalogReader::accessHolders(quint64 id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT contributor FROM datasets WHERE id = ? UNION ALL SELECT actor FROM dataset_events "
                             "WHERE dataset_id = ? AND kind = 'purchased'"));
    q.addBindValue(qulonglong(id));
    q.addBindValue(qulonglong(id));
    if (!q.exec())
        return sqlError(QStringLiteral("read access grants"), q.lastError().text());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QStringList> CatalogReader::licenses()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT license FROM datasets ORDER BY license")))
        return sqlError(QStringLiteral("read licenses"), q.lastError().text());
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

Result<QStringList> CatalogReader::formats()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT DISTINCT formats FROM datasets")))
        return sqlError(QStringLiteral("read formats"), q.lastError().text());
    QStringList out;
    while (q.next())
        for (const QString &f : q.value(0).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (!out.contains(f))
                out.append(f);
    out.sort();
    return out;
}

} // namespace dd::cache
