#include "cache/curationreader.h"

#include "cache/catalogreader.h"

#include "eth/uint256.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace dd::cache {

namespace {

// Has the member (bound as placeholder) reviewed this dataset in its current round? Each use has
// its own placeholder: a name used twice in one statement is not bound twice by every Qt.
QString reviewedBy(const char *placeholder)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM dataset_events e WHERE e.dataset_id = d.id AND e.kind = 'review' "
                          "AND e.actor = %1 AND json_extract(e.data, '$.round') = d.round)")
        .arg(QLatin1String(placeholder));
}

QString tabCondition(QueueTab tab)
{
    switch (tab) {
    case QueueTab::WaitingForMe:
        return QStringLiteral("d.status = 1 AND d.stage IN (0, 1) AND d.contributor != :me AND "
                              "d.opened_at + :period >= :now AND NOT %1")
            .arg(reviewedBy(":me3"));
    case QueueTab::InReview:
        return QStringLiteral("d.status = 1 AND d.stage IN (0, 1, 2)");
    case QueueTab::Decided:
        return QStringLiteral("d.stage IN (3, 4, 6)");
    case QueueTab::AppealedOrChallenged:
        return QStringLiteral("(d.stage = 5 OR (d.round > 0 AND d.stage IN (1, 2)))");
    case QueueTab::MySubmissions:
        return QStringLiteral("d.contributor = :me");
    }
    return QStringLiteral("0");
}

Error readError(const QSqlQuery &q, const QString &what)
{
    return sqlError(what, q.lastError().text());
}

// A row of entryColumns and then reviewedBy.
QueueItem itemFrom(const QSqlQuery &q, const CurationRules &rules)
{
    QueueItem item;
    item.dataset = catalog::entryFrom(q);
    const CatalogEntry &e = item.dataset;
    item.reviewedByMe = q.value(29).toBool();
    item.reviews = e.approvals + e.rejections;
    if (rules.known && e.status == DatasetStatus::Pending)
        item.reviewEndsAt = e.openedAt + rules.reviewPeriod;
    if (rules.known && e.stage == CurationStage::Rejected && e.decidedAt > 0)
        item.appealEndsAt = e.decidedAt + rules.appealWindow;
    return item;
}

} // namespace

Result<CurationRules> CurationReader::rules()
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'curation'"));
    if (!q.exec())
        return readError(q, QStringLiteral("read the curation rules"));
    CurationRules r;
    if (!q.next())
        return r;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    r.known = !o.isEmpty();
    r.quorum = o.value(u"quorum").toInt();
    r.reviewPeriod = qint64(o.value(u"reviewPeriod").toDouble());
    r.reward = o.value(u"reward").toString();
    r.reviewFee = o.value(u"reviewFee").toString();
    r.slashCapBasisPoints = o.value(u"slashCapBasisPoints").toInt();
    r.appealWindow = qint64(o.value(u"appealWindow").toDouble());
    r.appealDeposit = o.value(u"appealDeposit").toString();
    r.challengeDeposit = o.value(u"challengeDeposit").toString();
    r.pool = o.value(u"pool").toString();
    return r;
}

Result<qint64> CurationReader::headTime()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'head_time'")))
        return readError(q, QStringLiteral("read the chain's time"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<qint64> CurationReader::syncedBlock()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'synced_block'")))
        return readError(q, QStringLiteral("read where the sync stands"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QList<QueueItem>> CurationReader::queue(QueueTab tab, const QString &member, int limit)
{
    auto rules = this->rules();
    if (!rules)
        return rules.error();
    auto now = headTime();
    if (!now)
        return now.error();
    if (tab == QueueTab::WaitingForMe) { // only curators review
        auto curator = isCurator(member);
        if (!curator)
            return curator.error();
        if (!curator.value())
            return QList<QueueItem>();
    }
    // The oldest first where time runs out; the newest first elsewhere.
    const bool urgent = tab == QueueTab::WaitingForMe || tab == QueueTab::InReview;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1, %2 FROM datasets d WHERE %3 ORDER BY %4 LIMIT :limit")
                  .arg(QLatin1String(catalog::entryColumns), reviewedBy(":me2"), tabCondition(tab),
                      urgent ? QStringLiteral("d.opened_at, d.id") : QStringLiteral("d.id DESC")));
    q.bindValue(QStringLiteral(":me2"), member);
    if (tab == QueueTab::WaitingForMe || tab == QueueTab::MySubmissions)
        q.bindValue(QStringLiteral(":me"), member);
    if (tab == QueueTab::WaitingForMe) {
        q.bindValue(QStringLiteral(":me3"), member);
        q.bindValue(QStringLiteral(":period"), rules.value().reviewPeriod);
        q.bindValue(QStringLiteral(":now"), now.value());
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return readError(q, QStringLiteral("read the curation queue"));
    QList<QueueItem> out;
    while (q.next())
        out.append(itemFrom(q, rules.value()));
    return out;
}

Result<std::optional<QueueItem>> CurationReader::item(quint64 id, const QString &member)
{
    auto rules = this->rules();
    if (!rules)
        return rules.error();
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT %1, %2 FROM datasets d WHERE d.id = :id")
                  .arg(QLatin1String(catalog::entryColumns), reviewedBy(":me2")));
    q.bindValue(QStringLiteral(":me2"), member);
    q.bindValue(QStringLiteral(":id"), qulonglong(id));
    if (!q.exec())
        return readError(q, QStringLiteral("read a dataset's curation"));
    if (!q.next())
        return std::optional<QueueItem>();
    return std::optional<QueueItem>(itemFrom(q, rules.value()));
}

Result<QList<int>> CurationReader::counts(const QString &member)
{
    QList<int> out;
    for (int tab = 0; tab < queueTabCount; ++tab) {
        auto items = queue(QueueTab(tab), member, 1000);
        if (!items)
            return items.error();
        out.append(int(items.value().size()));
    }
    return out;
}

Result<QList<ReviewEntry>> CurationReader::reviews(quint64 id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT actor, data, block, tx, time FROM dataset_events WHERE dataset_id = ? AND "
                             "kind = 'review' ORDER BY block, log_index"));
    q.addBindValue(qulonglong(id));
    if (!q.exec())
        return readError(q, QStringLiteral("read a dataset's reviews"));
    QList<ReviewEntry> out;
    while (q.next()) {
        const QJsonObject data = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        ReviewEntry r;
        r.curator = q.value(0).toString();
        r.round = data.value(u"round").toInt();
        r.approve = data.value(u"approve").toBool();
        r.reason = data.value(u"reason").toInt();
        r.text = data.value(u"text").toString();
        r.evidenceUri = data.value(u"evidenceUri").toString();
        r.slashBasisPoints = data.value(u"slashBasisPoints").toInt();
        r.block = q.value(2).toLongLong();
        r.tx = q.value(3).toString();
        r.time = q.value(4).toLongLong();
        out.append(r);
    }
    return out;
}

Result<QList<CurationEvent>> CurationReader::history(quint64 id)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT kind, actor, data, block, tx, time FROM dataset_events WHERE dataset_id = ? AND kind IN ('decided', "
        "'awaiting', 'reward', 'fee', 'appealed', 'appealResolved', 'challenged', 'challengeResolved', 'evidence', "
        "'reinstated', 'reopened', 'withdrawn') ORDER BY block, log_index"));
    q.addBindValue(qulonglong(id));
    if (!q.exec())
        return readError(q, QStringLiteral("read a dataset's curation history"));
    QList<CurationEvent> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(),
            QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), q.value(3).toLongLong(),
            q.value(4).toString(), q.value(5).toLongLong()});
    return out;
}

Result<QList<MemberCurationEvent>> CurationReader::memberEvents(
    qint64 afterBlock, const QStringList &members, int limit)
{
    QSet<QString> mine;
    for (const QString &member : members)
        mine.insert(member.toLower());
    if (mine.isEmpty())
        return QList<MemberCurationEvent> {};
    // The datasets the members reviewed, at any round: an appeal or challenge there concerns them.
    QSqlQuery reviewed(m_database.db());
    if (!reviewed.exec(QStringLiteral("SELECT DISTINCT dataset_id, actor FROM dataset_events WHERE kind = 'review'")))
        return readError(reviewed, QStringLiteral("read the reviews"));
    QSet<quint64> reviewedByMe;
    while (reviewed.next())
        if (mine.contains(reviewed.value(1).toString().toLower()))
            reviewedByMe.insert(reviewed.value(0).toULongLong());
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral(
        "SELECT e.dataset_id, d.title, e.kind, e.actor, e.data, e.block, e.log_index, d.contributor "
        "FROM dataset_events e JOIN datasets d ON d.id = e.dataset_id WHERE e.block > ? AND e.kind IN ('review', "
        "'decided', 'awaiting', 'appealed', 'appealResolved', 'challenged') ORDER BY e.block, e.log_index"));
    q.addBindValue(afterBlock);
    if (!q.exec())
        return readError(q, QStringLiteral("read what curation did to your datasets"));
    QList<MemberCurationEvent> out;
    while (q.next() && out.size() < limit) {
        MemberCurationEvent e;
        e.datasetId = q.value(0).toULongLong();
        e.title = q.value(1).toString();
        e.kind = q.value(2).toString();
        e.actor = q.value(3).toString();
        e.data = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        e.block = q.value(5).toLongLong();
        e.logIndex = q.value(6).toInt();
        e.contributedByMe = mine.contains(q.value(7).toString().toLower());
        e.reviewedByMe = reviewedByMe.contains(e.datasetId);
        const bool concerns = e.contributedByMe
            || (e.reviewedByMe && (e.kind == QLatin1String("appealed") || e.kind == QLatin1String("challenged")));
        if (concerns && !mine.contains(e.actor.toLower()))
            out.append(e);
    }
    return out;
}

Result<QueueView> CurationReader::queueView(QueueTab tab, const QString &member)
{
    auto rules = this->rules();
    if (!rules)
        return rules.error();
    auto now = headTime();
    if (!now)
        return now.error();
    auto tabCounts = counts(member);
    if (!tabCounts)
        return tabCounts.error();
    auto items = queue(tab, member);
    if (!items)
        return items.error();
    return QueueView {rules.value(), now.value(), tabCounts.value(), items.value()};
}

Result<QList<CuratorRecord>> CurationReader::curators()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT dataset_id, kind, actor, data FROM dataset_events WHERE kind IN "
                               "('curatorGranted', 'curatorRevoked', 'review', 'decided', 'fee') "
                               "ORDER BY block, log_index")))
        return readError(q, QStringLiteral("read the curators' records"));
    QMap<QString, CuratorRecord> records;
    QMap<QString, eth::UInt256> fees;
    struct Verdict {
        quint64 id;
        int round;
        bool approve;
        QString curator;
    };
    QList<Verdict> verdicts;
    QHash<QString, bool> outcomes; // "id/round" -> approved
    while (q.next()) {
        const QString kind = q.value(1).toString();
        const QString actor = q.value(2).toString();
        const QJsonObject data = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        const QString round = QStringLiteral("%1/%2").arg(q.value(0).toULongLong()).arg(data.value(u"round").toInt());
        if (kind == QLatin1String("decided")) {
            outcomes.insert(round, data.value(u"approved").toBool());
            continue;
        }
        CuratorRecord &r = records[actor];
        r.address = actor;
        if (kind == QLatin1String("curatorGranted") || kind == QLatin1String("curatorRevoked")) {
            r.active = kind == QLatin1String("curatorGranted");
        } else if (kind == QLatin1String("review")) {
            ++r.reviews;
            verdicts.append(
                {q.value(0).toULongLong(), data.value(u"round").toInt(), data.value(u"approve").toBool(), actor});
        } else if (kind == QLatin1String("fee")) {
            fees[actor] = fees[actor] + eth::UInt256::fromDecimal(data.value(u"amount").toString()).value_or({});
        }
    }
    for (const Verdict &v : verdicts) {
        auto outcome = outcomes.constFind(QStringLiteral("%1/%2").arg(v.id).arg(v.round));
        if (outcome == outcomes.constEnd())
            continue;
        CuratorRecord &r = records[v.curator];
        ++r.decided;
        if (*outcome == v.approve)
            ++r.agreed;
    }
    QList<CuratorRecord> out;
    for (auto it = records.begin(); it != records.end(); ++it) {
        it->feesEarned = fees.value(it.key()).toDecimal();
        out.append(*it);
    }
    // Agreement as a share of decided reviews (more decided reviews first on a tie), then reviews.
    std::stable_sort(out.begin(), out.end(), [](const CuratorRecord &a, const CuratorRecord &b) {
        const qint64 left = qint64(a.agreed) * std::max(b.decided, 1);
        const qint64 right = qint64(b.agreed) * std::max(a.decided, 1);
        if (left != right)
            return left > right;
        if (a.decided != b.decided)
            return a.decided > b.decided;
        return a.reviews > b.reviews;
    });
    return out;
}

Result<bool> CurationReader::isCurator(const QString &member)
{
    if (member.isEmpty())
        return false;
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT kind FROM dataset_events WHERE dataset_id = 0 AND actor = ? AND kind IN "
                             "('curatorGranted', 'curatorRevoked') ORDER BY block DESC, log_index DESC LIMIT 1"));
    q.addBindValue(member);
    if (!q.exec())
        return readError(q, QStringLiteral("read the curators"));
    return q.next() && q.value(0).toString() == QLatin1String("curatorGranted");
}

} // namespace dd::cache
