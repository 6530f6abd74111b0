#include "cache/catalogwriter.h"

#include "quality/datapackage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::cache {

QString datasetStatusName(DatasetStatus status)
{
    switch (status) {
    case DatasetStatus::Pending:
        return QStringLiteral("pending");
    case DatasetStatus::Approved:
        return QStringLiteral("approved");
    case DatasetStatus::Rejected:
        return QStringLiteral("rejected");
    case DatasetStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case DatasetStatus::None:
        break;
    }
    return QStringLiteral("unknown");
}

QString curationStageName(CurationStage stage)
{
    switch (stage) {
    case CurationStage::None:
        return QStringLiteral("waiting");
    case CurationStage::InReview:
        return QStringLiteral("inReview");
    case CurationStage::AwaitingGovernance:
        return QStringLiteral("awaitingGovernance");
    case CurationStage::Approved:
        return QStringLiteral("approved");
    case CurationStage::Rejected:
        return QStringLiteral("rejected");
    case CurationStage::Appealed:
        return QStringLiteral("appealed");
    case CurationStage::Overturned:
        return QStringLiteral("overturned");
    }
    return QStringLiteral("unknown");
}

namespace {

// A text column's value: Qt binds a null QString as SQL NULL, which NOT NULL columns refuse.
QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QString::fromLatin1("") : value);
}

Status exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlError(what, q.lastError().text());
    return success();
}

// The search entry of a dataset: what its metadata says, or only its chain fields until then.
Status reindex(QSqlDatabase &db, quint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM dataset_search WHERE rowid = ?"));
    q.addBindValue(qulonglong(id));
    if (auto done = exec(q, QStringLiteral("update the search index")); !done)
        return done;
    q.prepare(QStringLiteral("INSERT INTO dataset_search (rowid, title, description, keywords, license, formats, "
                             "contributor, status) SELECT id, title, description, keywords, license, formats, "
                             "contributor, CASE status WHEN 1 THEN 'pending' WHEN 2 THEN 'approved' WHEN 3 THEN "
                             "'rejected' WHEN 4 THEN 'withdrawn' ELSE '' END FROM datasets WHERE id = ?"));
    q.addBindValue(qulonglong(id));
    return exec(q, QStringLiteral("update the search index"));
}

} // namespace

namespace catalog {

Status storeEvents(QSqlDatabase &db, const QList<DatasetEventRecord> &events)
{
    if (events.isEmpty())
        return success();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO dataset_events (block, log_index, tx, dataset_id, kind, actor, "
                             "data, time) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSet<quint64> touched;
    for (const DatasetEventRecord &e : events) {
        q.addBindValue(qulonglong(e.at.block));
        q.addBindValue(e.at.logIndex);
        q.addBindValue(e.at.tx);
        q.addBindValue(qulonglong(e.datasetId));
        q.addBindValue(e.kind);
        q.addBindValue(e.actor.toChecksumString());
        q.addBindValue(QString::fromUtf8(QJsonDocument(e.data).toJson(QJsonDocument::Compact)));
        q.addBindValue(e.time);
        if (auto stored = exec(q, QStringLiteral("store a dataset event")); !stored)
            return stored;
        touched.insert(e.datasetId);
    }
    return rebuild(db, touched);
}

Status rebuild(QSqlDatabase &db, const QSet<quint64> &ids)
{
    QSqlQuery events(db);
    events.prepare(QStringLiteral("SELECT kind, actor, data, block, tx, time FROM dataset_events WHERE "
                                  "dataset_id = ? ORDER BY block, log_index"));
    QSqlQuery old(db);
    old.prepare(QStringLiteral("SELECT metadata_cid FROM datasets WHERE id = ?"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM datasets WHERE id = ?"));
    for (quint64 id : ids) {
        events.addBindValue(qulonglong(id));
        if (auto read = exec(events, QStringLiteral("read dataset events")); !read)
            return read;
        CatalogEntry row; // the chain part only: metadata is kept apart below
        row.id = id;
        while (events.next()) {
            const QString kind = events.value(0).toString();
            const QJsonObject data = QJsonDocument::fromJson(events.value(2).toString().toUtf8()).object();
            const qint64 time = events.value(5).toLongLong();
            if (kind == QLatin1String("submitted")) {
                row.contributor = events.value(1).toString();
                row.contentCid = data.value(u"contentCid").toString();
                row.metadataCid = data.value(u"metadataCid").toString();
                row.size = qint64(data.value(u"size").toDouble());
                row.license = data.value(u"license").toString();
                row.accessPrice = data.value(u"accessPrice").toString();
                row.stake = data.value(u"stake").toString();
                row.status = DatasetStatus::Pending;
                row.submittedBlock = events.value(3).toLongLong();
                row.submittedTx = events.value(4).toString();
                row.submittedAt = row.openedAt = time;
            } else if (kind == QLatin1String("reviewed")) {
                row.status = DatasetStatus(data.value(u"status").toInt());
                row.reviewer = events.value(1).toString();
                row.reviewReason = data.value(u"reason").toString();
                row.reportCid = data.value(u"reportCid").toString();
                row.slashed = data.value(u"slashed").toString();
            } else if (kind == QLatin1String("withdrawn")) {
                row.status = DatasetStatus::Withdrawn;
            } else if (kind == QLatin1String("reinstated")) {
                row.status = DatasetStatus::Approved;
            } else if (kind == QLatin1String("reopened")) {
                row.status = DatasetStatus::Pending;
            } else if (kind == QLatin1String("review")) {
                if (row.stage == CurationStage::None)
                    row.stage = CurationStage::InReview;
                if (data.value(u"round").toInt() == row.round)
                    ++(data.value(u"approve").toBool() ? row.approvals : row.rejections);
            } else if (kind == QLatin1String("awaiting")) {
                if (row.stage == CurationStage::None) // an expiry before any review opens the case too
                    row.stage = CurationStage::InReview;
                row.stage = CurationStage::AwaitingGovernance;
            } else if (kind == QLatin1String("decided")) {
                row.stage = data.value(u"approved").toBool() ? CurationStage::Approved : CurationStage::Rejected;
                row.decidedAt = time;
            } else if (kind == QLatin1String("appealed")) {
                row.stage = CurationStage::Appealed;
            } else if (kind == QLatin1String("appealResolved")) {
                const bool overturned = data.value(u"overturned").toBool();
                row.stage = overturned ? CurationStage::Overturned : CurationStage::Rejected;
                row.decidedAt = 0; // no second appeal
                if (overturned)
                    row.slashed.clear();
            } else if (kind == QLatin1String("challenged")) {
                row.stage = CurationStage::InReview;
                row.round = data.value(u"round").toInt();
                row.approvals = row.rejections = 0;
                row.openedAt = time;
                row.decidedAt = 0;
            } else if (kind == QLatin1String("metadata")) {
                row.metadataCid = data.value(u"metadataCid").toString();
            } else if (kind == QLatin1String("price")) {
                row.accessPrice = data.value(u"accessPrice").toString();
            } else if (kind == QLatin1String("purchased")) {
                ++row.purchases;
            }
        }
        if (row.contributor.isEmpty()) { // no submission left (rolled back)
            remove.addBindValue(qulonglong(id));
            if (auto removed = exec(remove, QStringLiteral("remove a dataset")); !removed)
                return removed;
            QSqlQuery search(db);
            search.prepare(QStringLiteral("DELETE FROM dataset_search WHERE rowid = ?"));
            search.addBindValue(qulonglong(id));
            if (auto removed = exec(search, QStringLiteral("update the search index")); !removed)
                return removed;
            continue;
        }
        old.addBindValue(qulonglong(id));
        if (auto read = exec(old, QStringLiteral("read a dataset")); !read)
            return read;
        const bool exists = old.next();
        const bool sameMetadata = exists && old.value(0).toString() == row.metadataCid;
        old.finish();
        QSqlQuery write(db);
        if (exists) {
            // What the metadata file said stays while it is the same file; a new one is fetched.
            write.prepare(QStringLiteral(
                "UPDATE datasets SET contributor = ?, content_cid = ?, metadata_cid = ?, size = ?, license = ?, "
                "access_price = ?, stake = ?, status = ?, submitted_block = ?, submitted_tx = ?, reviewer = ?, "
                "review_reason = ?, report_cid = ?, purchases = ?, price_key = ?, stage = ?, round = ?, approvals = ?, "
                "rejections = ?, submitted_at = ?, opened_at = ?, decided_at = ?, slashed = ? %1 WHERE id = ?")
                              .arg(sameMetadata ? QString()
                                                : QStringLiteral(", metadata_state = 0, metadata_error = '', "
                                                                 "metadata_attempts = 0, title = '', description = '', "
                                                                 "keywords = '', formats = '', metadata = ''")));
        } else {
            write.prepare(QStringLiteral(
                "INSERT INTO datasets (contributor, content_cid, metadata_cid, size, license, access_price, stake, "
                "status, submitted_block, submitted_tx, reviewer, review_reason, report_cid, purchases, price_key, "
                "stage, round, approvals, rejections, submitted_at, opened_at, decided_at, slashed, id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        for (const QVariant &v : {text(row.contributor), text(row.contentCid), text(row.metadataCid),
                 QVariant(row.size), text(row.license), text(row.accessPrice), text(row.stake),
                 QVariant(int(row.status)), QVariant(row.submittedBlock), text(row.submittedTx), text(row.reviewer),
                 text(row.reviewReason), text(row.reportCid), QVariant(row.purchases),
                 // Prices are decimal strings up to 78 digits: padded, they sort as numbers.
                 QVariant(row.accessPrice.rightJustified(78, QLatin1Char('0'))), QVariant(int(row.stage)),
                 QVariant(row.round), QVariant(row.approvals), QVariant(row.rejections), QVariant(row.submittedAt),
                 QVariant(row.openedAt), QVariant(row.decidedAt), text(row.slashed), QVariant(qulonglong(id))})
            write.addBindValue(v);
        if (auto written = exec(write, QStringLiteral("store a dataset")); !written)
            return written;
        if (auto indexed = reindex(db, id); !indexed)
            return indexed;
    }
    return success();
}

Status rollbackFrom(QSqlDatabase &db, quint64 fork)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT DISTINCT dataset_id FROM dataset_events WHERE block >= ?"));
    q.addBindValue(qulonglong(fork));
    if (auto read = exec(q, QStringLiteral("find what a reorg touched")); !read)
        return read;
    QSet<quint64> touched;
    while (q.next())
        touched.insert(q.value(0).toULongLong());
    q.prepare(QStringLiteral("DELETE FROM dataset_events WHERE block >= ?"));
    q.addBindValue(qulonglong(fork));
    if (auto removed = exec(q, QStringLiteral("roll back dataset events")); !removed)
        return removed;
    return rebuild(db, touched);
}

} // namespace catalog

Result<QList<PendingMetadata>> CatalogWriter::pendingMetadata(int maxAttempts)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT id, metadata_cid, metadata_attempts FROM datasets WHERE metadata_state IN (0, 2) "
                             "AND metadata_attempts < ? ORDER BY metadata_attempts, id DESC"));
    q.addBindValue(maxAttempts);
    if (auto read = exec(q, QStringLiteral("read pending metadata")); !read)
        return read.error();
    QList<PendingMetadata> out;
    while (q.next())
        out.append({q.value(0).toULongLong(), q.value(1).toString(), q.value(2).toInt()});
    return out;
}

Status CatalogWriter::setMetadata(quint64 id, const QString &metadataCid, const QByteArray &json)
{
    auto package = quality::readDataPackage(json);
    if (!package)
        return setMetadataFailed(id, metadataCid, package.message(), true);
    QSqlDatabase &db = m_database.db();
    if (!db.transaction())
        return sqlError(QStringLiteral("start a transaction"), db.lastError().text());
    QSqlQuery q(db);
    // Only if the dataset still names this file (a MetadataUpdated may have come in between).
    q.prepare(QStringLiteral("UPDATE datasets SET metadata_state = 1, metadata_error = '', title = ?, description = ?, "
                             "keywords = ?, formats = ?, metadata = ? WHERE id = ? AND metadata_cid = ?"));
    const quality::PackageSummary &p = package.value();
    for (const QVariant &v :
        {text(p.title.isEmpty() ? p.name : p.title), text(p.description), text(p.keywords.join(QLatin1Char(' '))),
            text(QLatin1Char(' ') + p.formats.join(QLatin1Char(' ')) + QLatin1Char(' ')), text(QString::fromUtf8(json)),
            QVariant(qulonglong(id)), text(metadataCid)})
        q.addBindValue(v);
    Status done = exec(q, QStringLiteral("store a dataset's metadata"));
    if (done)
        done = reindex(db, id);
    if (!done || !db.commit()) {
        db.rollback();
        return done ? sqlError(QStringLiteral("save"), db.lastError().text()) : done;
    }
    return success();
}

Status CatalogWriter::setMetadataFailed(quint64 id, const QString &metadataCid, const QString &why, bool permanent)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("UPDATE datasets SET metadata_state = ?, metadata_error = ?, metadata_attempts = "
                             "metadata_attempts + 1 WHERE id = ? AND metadata_cid = ?"));
    q.addBindValue(int(permanent ? MetadataState::Invalid : MetadataState::Retrying));
    q.addBindValue(text(why.left(500)));
    q.addBindValue(qulonglong(id));
    q.addBindValue(metadataCid);
    return exec(q, QStringLiteral("store a metadata failure"));
}

} // namespace dd::cache
