#include "cache/governancewriter.h"

#include "cache/catalogwriter.h"
#include "cache/sqlitestatement.h"

#include "common/hex.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::cache {

namespace {

// A SQL transaction that rolls back unless committed.
class Transaction {
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool begun() const { return m_open; }
    Status commit()
    {
        if (!m_db.commit())
            return sqlError(QStringLiteral("save"), m_db.lastError().text());
        m_open = false;
        return success();
    }

private:
    QSqlDatabase &m_db;
    bool m_open = false;
};

struct Tally {
    eth::UInt256 against;
    eth::UInt256 inFavour;
    eth::UInt256 abstain;
    qint64 voters = 0;

    void add(int support, const eth::UInt256 &weight)
    {
        if (support == 0)
            against = against + weight;
        else if (support == 1)
            inFavour = inFavour + weight;
        else
            abstain = abstain + weight;
        ++voters;
    }
};

QString actionsJson(const QList<ProposalAction> &actions)
{
    QJsonArray array;
    for (const ProposalAction &a : actions)
        array.append(QJsonObject {{QStringLiteral("target"), a.target.toChecksumString()},
            {QStringLiteral("value"), a.value.toDecimal()}, {QStringLiteral("signature"), a.signature},
            {QStringLiteral("calldata"), toHex(a.calldata)}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The same few voters and proposals recur in every vote of a batch: each checksum (a Keccak
// hash) and each decimal id is worked out once per batch, not once per row (with the bytes
// SqliteStatement binds).
class TextCache {
public:
    struct Number {
        QString decimal;
        QByteArray utf8; // of the decimal
        QByteArray bigEndian; // 32 bytes
    };
    const QString &address(const crypto::Address &a)
    {
        auto it = m_addresses.find(a.bytes());
        if (it == m_addresses.end())
            it = m_addresses.insert(a.bytes(), a.toChecksumString());
        return *it;
    }
    const Number &decimal(const eth::UInt256 &n)
    {
        auto it = m_decimals.find(n);
        if (it == m_decimals.end()) {
            QString decimal = n.toDecimal();
            QByteArray utf8 = decimal.toUtf8();
            it = m_decimals.insert(n, {std::move(decimal), std::move(utf8), n.toBigEndian()});
        }
        return *it;
    }

private:
    QHash<QByteArray, QString> m_addresses;
    QHash<eth::UInt256, Number> m_decimals;
};

// Runs a prepared statement once per row; binds come from `bind`.
template <typename Row, typename Bind>
Status insertAll(QSqlDatabase &db, const QString &sql, const QList<Row> &rows, Bind bind)
{
    if (rows.isEmpty())
        return success();
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return sqlError(QStringLiteral("prepare an insert"), q.lastError().text());
    for (const Row &row : rows) {
        bind(q, row);
        if (!q.exec())
            return sqlError(QStringLiteral("store an event"), q.lastError().text());
    }
    return success();
}

void bindPosition(QSqlQuery &q, const LogPosition &at)
{
    q.bindValue(0, qulonglong(at.block));
    q.bindValue(1, at.logIndex);
    q.bindValue(2, at.tx);
}

} // namespace

GovernanceWriter::GovernanceWriter(CacheDatabase &database) : m_database(database)
{
}

Status GovernanceWriter::apply(const EventBatch &batch)
{
    QSqlDatabase &db = m_database.db();
    Transaction transaction(db);
    if (!transaction.begun())
        return sqlError(QStringLiteral("start a transaction"), db.lastError().text());
    TextCache texts;
    Status stored = insertAll(db,
        QStringLiteral("INSERT OR IGNORE INTO proposals (block, log_index, tx, id, proposer, title, description, "
                       "vote_start, vote_end, actions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        batch.proposals, [](QSqlQuery &q, const ProposalCreatedRecord &p) {
            bindPosition(q, p.at);
            q.bindValue(3, p.id.toDecimal());
            q.bindValue(4, p.proposer.toChecksumString());
            q.bindValue(5, proposalTitle(p.description));
            q.bindValue(6, p.description);
            q.bindValue(7, qulonglong(p.voteStart));
            q.bindValue(8, qulonglong(p.voteEnd));
            q.bindValue(9, actionsJson(p.actions));
        });
    if (!stored)
        return stored;
    // Votes are most of what a sync writes: straight to SQLite (see SqliteStatement).
    if (!batch.votes.isEmpty()) {
        auto insert = SqliteStatement::prepare(db,
            "INSERT OR IGNORE INTO votes (block, log_index, tx, proposal_id, voter, support, weight, reason, params) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!insert)
            return insert.error();
        for (const VoteRecord &v : batch.votes) {
            const QByteArray tx = fromHex(v.at.tx).value_or(QByteArray());
            const QByteArray reason = v.reason.toUtf8();
            if (tx.size() != 32)
                return sqlError(QStringLiteral("store a vote"), QStringLiteral("its transaction hash is not 32 bytes"));
            insert.value().bindInteger(0, qint64(v.at.block));
            insert.value().bindInteger(1, v.at.logIndex);
            insert.value().bindBlobOrNull(2, tx);
            insert.value().bindBlobOrNull(3, texts.decimal(v.proposalId).bigEndian);
            insert.value().bindBlobOrNull(4, v.voter.bytes());
            insert.value().bindInteger(5, v.support);
            insert.value().bindText(6, texts.decimal(v.weight).utf8);
            insert.value().bindText(7, reason);
            insert.value().bindBlobOrNull(8, v.params);
            if (auto ran = insert.value().run(); !ran)
                return ran;
        }
    }
    stored = insertAll(db,
        QStringLiteral("INSERT OR IGNORE INTO proposal_events (block, log_index, tx, proposal_id, kind, eta) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        batch.lifecycle, [](QSqlQuery &q, const ProposalLifecycleRecord &e) {
            bindPosition(q, e.at);
            q.bindValue(3, e.proposalId.toDecimal());
            q.bindValue(4, e.kind);
            q.bindValue(5, qulonglong(e.eta));
        });
    if (!stored)
        return stored;
    stored = insertAll(db,
        QStringLiteral("INSERT OR IGNORE INTO delegations (block, log_index, tx, delegator, from_delegate, "
                       "to_delegate) VALUES (?, ?, ?, ?, ?, ?)"),
        batch.delegations, [&texts](QSqlQuery &q, const DelegationRecord &d) {
            bindPosition(q, d.at);
            q.bindValue(3, texts.address(d.delegator));
            q.bindValue(4, texts.address(d.fromDelegate));
            q.bindValue(5, texts.address(d.toDelegate));
        });
    if (!stored)
        return stored;
    stored = insertAll(db,
        QStringLiteral("INSERT OR IGNORE INTO voting_power (block, log_index, delegate, previous, votes) "
                       "VALUES (?, ?, ?, ?, ?)"),
        batch.votingPower, [&texts](QSqlQuery &q, const VotingPowerRecord &v) {
            q.bindValue(0, qulonglong(v.at.block));
            q.bindValue(1, v.at.logIndex);
            q.bindValue(2, texts.address(v.delegate));
            q.bindValue(3, v.previous.toDecimal());
            q.bindValue(4, v.votes.toDecimal());
        });
    if (!stored)
        return stored;
    stored = insertAll(db,
        QStringLiteral("INSERT OR IGNORE INTO transfers (block, log_index, tx, sender, recipient, value) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        batch.transfers, [](QSqlQuery &q, const TransferRecord &t) {
            bindPosition(q, t.at);
            q.bindValue(3, t.from.toChecksumString());
            q.bindValue(4, t.to.toChecksumString());
            q.bindValue(5, t.value.toDecimal());
        });
    if (!stored)
        return stored;

    // Tallies: the batch's votes added to what each proposal had.
    if (!batch.votes.isEmpty()) {
        QHash<QString, Tally> added;
        for (const VoteRecord &v : batch.votes)
            added[texts.decimal(v.proposalId).decimal].add(v.support, v.weight);
        QSqlQuery read(db);
        read.prepare(
            QStringLiteral("SELECT against_votes, for_votes, abstain_votes, voters FROM proposals WHERE id = ?"));
        QSqlQuery write(db);
        write.prepare(QStringLiteral("UPDATE proposals SET against_votes = ?, for_votes = ?, abstain_votes = ?, "
                                     "voters = ? WHERE id = ?"));
        for (auto it = added.begin(); it != added.end(); ++it) {
            read.addBindValue(it.key());
            if (!read.exec())
                return sqlError(QStringLiteral("read a tally"), read.lastError().text());
            if (!read.next())
                continue; // a vote on a proposal of another governor: not ours to count
            Tally t = it.value();
            t.against = t.against + eth::UInt256::fromDecimal(read.value(0).toString()).value();
            t.inFavour = t.inFavour + eth::UInt256::fromDecimal(read.value(1).toString()).value();
            t.abstain = t.abstain + eth::UInt256::fromDecimal(read.value(2).toString()).value();
            t.voters += read.value(3).toLongLong();
            read.finish();
            for (const QVariant &v : {QVariant(t.against.toDecimal()), QVariant(t.inFavour.toDecimal()),
                     QVariant(t.abstain.toDecimal()), QVariant(t.voters), QVariant(it.key())})
                write.addBindValue(v);
            if (!write.exec())
                return sqlError(QStringLiteral("update a tally"), write.lastError().text());
        }
    }
    // Lifecycle events make the stored state stale: read it again from the Governor.
    if (!batch.lifecycle.isEmpty()) {
        QSqlQuery stale(db);
        stale.prepare(QStringLiteral("UPDATE proposals SET state = -1 WHERE id = ?"));
        for (const ProposalLifecycleRecord &e : batch.lifecycle) {
            stale.addBindValue(e.proposalId.toDecimal());
            if (!stale.exec())
                return sqlError(QStringLiteral("mark a state stale"), stale.lastError().text());
        }
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO blocks (number, hash) VALUES (?, ?)"));
    for (auto it = batch.blockHashes.begin(); it != batch.blockHashes.end(); ++it) {
        q.addBindValue(qulonglong(it.key()));
        q.addBindValue(it.value());
        if (!q.exec())
            return sqlError(QStringLiteral("store a block hash"), q.lastError().text());
    }
    if (auto stored = catalog::storeEvents(db, batch.datasetEvents); !stored)
        return stored;
    if (auto synced = setMeta(QStringLiteral("synced_block"), QString::number(batch.toBlock)); !synced)
        return synced;
    return transaction.commit();
}

Status GovernanceWriter::recountTallies(const QStringList &proposalIds)
{
    QSqlDatabase &db = m_database.db();
    QSqlQuery votes(db);
    votes.prepare(QStringLiteral("SELECT support, weight FROM votes WHERE proposal_id = ?"));
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE proposals SET against_votes = ?, for_votes = ?, abstain_votes = ?, voters = "
                                 "?, state = -1 WHERE id = ?"));
    for (const QString &id : proposalIds) {
        votes.addBindValue(eth::UInt256::fromDecimal(id).value_or(eth::UInt256()).toBigEndian());
        if (!votes.exec())
            return sqlError(QStringLiteral("recount a tally"), votes.lastError().text());
        Tally t;
        while (votes.next())
            t.add(votes.value(0).toInt(), eth::UInt256::fromDecimal(votes.value(1).toString()).value());
        for (const QVariant &v : {QVariant(t.against.toDecimal()), QVariant(t.inFavour.toDecimal()),
                 QVariant(t.abstain.toDecimal()), QVariant(t.voters), QVariant(id)})
            write.addBindValue(v);
        if (!write.exec())
            return sqlError(QStringLiteral("recount a tally"), write.lastError().text());
    }
    return success();
}

Status GovernanceWriter::rollbackFrom(quint64 fork)
{
    QSqlDatabase &db = m_database.db();
    Transaction transaction(db);
    if (!transaction.begun())
        return sqlError(QStringLiteral("start a transaction"), db.lastError().text());
    QSqlQuery q(db);
    // The proposals whose votes or lifecycle are rolled back need recounting and a fresh state.
    QSet<QString> touchedIds;
    q.prepare(QStringLiteral("SELECT DISTINCT proposal_id FROM votes WHERE block >= ?"));
    q.addBindValue(qulonglong(fork));
    if (!q.exec())
        return sqlError(QStringLiteral("find what a reorg touched"), q.lastError().text());
    while (q.next())
        touchedIds.insert(eth::UInt256::fromBigEndian(q.value(0).toByteArray()).value_or(eth::UInt256()).toDecimal());
    q.prepare(QStringLiteral("SELECT DISTINCT proposal_id FROM proposal_events WHERE block >= ?"));
    q.addBindValue(qulonglong(fork));
    if (!q.exec())
        return sqlError(QStringLiteral("find what a reorg touched"), q.lastError().text());
    while (q.next())
        touchedIds.insert(q.value(0).toString());
    const QStringList touched(touchedIds.begin(), touchedIds.end());
    for (const char *table :
        {"votes", "proposal_events", "delegations", "voting_power", "transfers", "proposals", "blocks"}) {
        const QString column
            = QLatin1String(table) == QLatin1String("blocks") ? QStringLiteral("number") : QStringLiteral("block");
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 >= ?").arg(QLatin1String(table), column));
        q.addBindValue(qulonglong(fork));
        if (!q.exec())
            return sqlError(QStringLiteral("roll back %1").arg(QLatin1String(table)), q.lastError().text());
    }
    if (auto recounted = recountTallies(touched); !recounted)
        return recounted;
    if (auto rolled = catalog::rollbackFrom(db, fork); !rolled)
        return rolled;
    if (auto synced = setMeta(QStringLiteral("synced_block"), QString::number(fork == 0 ? 0 : fork - 1)); !synced)
        return synced;
    return transaction.commit();
}

Status GovernanceWriter::setStates(const QList<ProposalChainState> &states)
{
    QSqlDatabase &db = m_database.db();
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE proposals SET state = ?, quorum = CASE WHEN ? = '' THEN quorum ELSE ? END "
                             "WHERE id = ?"));
    for (const ProposalChainState &s : states) {
        const QString quorum = s.quorum ? s.quorum->toDecimal() : QString::fromLatin1("");
        q.addBindValue(int(s.state));
        q.addBindValue(quorum);
        q.addBindValue(quorum);
        q.addBindValue(s.id.toDecimal());
        if (!q.exec())
            return sqlError(QStringLiteral("store a proposal state"), q.lastError().text());
    }
    return transaction.commit();
}

Status GovernanceWriter::pruneBlockHashes(quint64 finalizedBlock)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("DELETE FROM blocks WHERE number <= ?"));
    q.addBindValue(qulonglong(finalizedBlock));
    if (!q.exec())
        return sqlError(QStringLiteral("forget final block hashes"), q.lastError().text());
    return success();
}

Status GovernanceWriter::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("store %1").arg(key), q.lastError().text());
    return success();
}

QString GovernanceWriter::meta(const QString &key, const QString &fallback)
{
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

std::optional<quint64> GovernanceWriter::syncedBlock()
{
    const QString value = meta(QStringLiteral("synced_block"));
    if (value.isEmpty())
        return std::nullopt;
    return value.toULongLong();
}

Result<QList<QPair<quint64, QString>>> GovernanceWriter::unfinalizedBlocks()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT number, hash FROM blocks ORDER BY number")))
        return sqlError(QStringLiteral("read block hashes"), q.lastError().text());
    QList<QPair<quint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toULongLong(), q.value(1).toString()});
    return out;
}

Result<QList<GovernanceWriter::OpenProposal>> GovernanceWriter::openProposals()
{
    QSqlQuery q(m_database.db());
    if (!q.exec(QStringLiteral("SELECT id, vote_start, quorum FROM proposals WHERE state NOT IN (2, 3, 6, 7)")))
        return sqlError(QStringLiteral("read open proposals"), q.lastError().text());
    QList<OpenProposal> out;
    while (q.next())
        out.append({eth::UInt256::fromDecimal(q.value(0).toString()).value(), q.value(1).toULongLong(),
            !q.value(2).toString().isEmpty()});
    return out;
}

} // namespace dd::cache
