#include "dao/transactionjournal.h"
#include "common/iothreadguard.h"

#include "common/hex.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace dd::dao {

namespace {

// SQLite stores a null QString as NULL; the columns are NOT NULL, so text goes in as "" at least.
QString text(const QString &s)
{
    return s.isNull() ? QString::fromLatin1("") : s;
}

Status sqlFailure(const QString &what, const QSqlError &error)
{
    return Status::failure(
        QStringLiteral("The transaction journal could not %1: %2").arg(what, error.text()), ErrorCode::Io);
}

} // namespace

TransactionJournal::TransactionJournal(QString databasePath) : m_path(std::move(databasePath))
{
}

TransactionJournal::~TransactionJournal()
{
    const QString prefix = QStringLiteral("journal-%1-").arg(quintptr(this));
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(prefix))
            QSqlDatabase::removeDatabase(name);
    }
}

// SQLite connections belong to one thread each; the journal is used from worker threads.
QString TransactionJournal::connectionName() const
{
    IoThreadGuard::note("journal");
    const QString name = QStringLiteral("journal-%1-%2").arg(quintptr(this)).arg(quintptr(QThread::currentThread()));
    if (!QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
    }
    return name;
}

Status TransactionJournal::open()
{
    QMutexLocker lock(&m_mutex);
    return openLocked();
}

// Under m_mutex. Every operation opens the journal (and creates its tables) first, so one that
// runs before open() was called, on another thread, finds the tables there.
Status TransactionJournal::openLocked()
{
    if (m_opened)
        return success();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    if (!db.isOpen() && !db.open())
        return sqlFailure(QStringLiteral("open %1").arg(m_path), db.lastError());
    QSqlQuery q(db);
    for (const char *statement : {"PRAGMA journal_mode=WAL",
             "CREATE TABLE IF NOT EXISTS transactions (hash TEXT PRIMARY KEY, chain_id INTEGER NOT NULL, "
             "sender TEXT NOT NULL, nonce TEXT NOT NULL, raw BLOB NOT NULL, summary TEXT NOT NULL, status TEXT NOT "
             "NULL, "
             "block INTEGER NOT NULL DEFAULT 0, error TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL)",
             "CREATE INDEX IF NOT EXISTS transactions_sender ON transactions(chain_id, sender, status)",
             "CREATE TABLE IF NOT EXISTS signed_votes (id INTEGER PRIMARY KEY, chain_id INTEGER NOT NULL, "
             "governor TEXT NOT NULL, domain_name TEXT NOT NULL, domain_version TEXT NOT NULL, proposal_id TEXT NOT "
             "NULL, support INTEGER NOT NULL, voter TEXT NOT NULL, nonce TEXT NOT NULL, reason TEXT NOT NULL, "
             "signature BLOB NOT NULL, title TEXT NOT NULL, signed_at INTEGER NOT NULL, relay_hash TEXT NOT NULL "
             "DEFAULT '', kind TEXT NOT NULL DEFAULT 'openzeppelin')"}) {
        if (!q.exec(QLatin1String(statement)))
            return sqlFailure(QStringLiteral("create its table"), q.lastError());
    }
    m_opened = true;
    return success();
}

Status TransactionJournal::record(const JournalEntry &e)
{
    QMutexLocker lock(&m_mutex);
    if (auto opened = openLocked(); !opened)
        return opened.error();
    QSqlDatabase db = QSqlDatabase::database(connectionName());
    QSqlQuery q(db);
    // The same signed bytes again (the same account, nonce and call on a chain that was reset, as
    // a restarted devnet is) are the same transaction: its record starts over rather than failing.
    q.prepare(QStringLiteral("INSERT INTO transactions (hash, chain_id, sender, nonce, raw, summary, status, block, "
                             "error, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO UPDATE SET "
                             "summary = excluded.summary, status = excluded.status, block = excluded.block, "
                             "error = excluded.error, created_at = excluded.created_at"));
    for (const QVariant &v : {QVariant(e.hash), QVariant(qulonglong(e.chainId)), QVariant(e.sender.toChecksumString()),
             QVariant(e.nonce.toDecimal()), QVariant(e.raw), QVariant(text(e.summary)), QVariant(e.status),
             QVariant(qulonglong(e.block)), QVariant(text(e.error)), QVariant(e.createdAt.toMSecsSinceEpoch())})
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(QStringLiteral("record transaction %1").arg(e.hash), q.lastError());
    return success();
}

Status TransactionJournal::setStatus(const QString &hash, const QString &status, quint64 block, const QString &error)
{
    QMutexLocker lock(&m_mutex);
    if (auto opened = openLocked(); !opened)
        return opened.error();
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("UPDATE transactions SET status = ?, block = ?, error = ? WHERE hash = ?"));
    q.addBindValue(status);
    q.addBindValue(qulonglong(block));
    q.addBindValue(text(error));
    q.addBindValue(hash);
    if (!q.exec())
        return sqlFailure(QStringLiteral("update transaction %1").arg(hash), q.lastError());
    return success();
}

namespace {

const char *entryColumns = "hash, chain_id, sender, nonce, raw, summary, status, block, error, created_at";

QList<JournalEntry> readEntries(QSqlQuery &q)
{
    QList<JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.hash = q.value(0).toString();
        e.chainId = q.value(1).toULongLong();
        e.sender = crypto::Address::parse(q.value(2).toString()).value();
        e.nonce = eth::UInt256::fromDecimal(q.value(3).toString()).value();
        e.raw = q.value(4).toByteArray();
        e.summary = q.value(5).toString();
        e.status = q.value(6).toString();
        e.block = q.value(7).toULongLong();
        e.error = q.value(8).toString();
        e.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong());
        out.append(e);
    }
    return out;
}

Result<QList<JournalEntry>> unreadable(const QSqlQuery &q)
{
    return Result<QList<JournalEntry>>::failure(
        QStringLiteral("The transaction journal cannot be read: %1").arg(q.lastError().text()), ErrorCode::Io);
}

} // namespace

Result<QList<JournalEntry>> TransactionJournal::entries(int limit)
{
    QMutexLocker lock(&m_mutex);
    if (auto opened = openLocked(); !opened)
        return opened.error();
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT %1 FROM transactions ORDER BY created_at DESC LIMIT ?")
                  .arg(QLatin1String(entryColumns)));
    q.addBindValue(limit);
    if (!q.exec())
        return unreadable(q);
    return readEntries(q);
}

Result<QList<JournalEntry>> TransactionJournal::unsettled(quint64 chainId)
{
    QMutexLocker lock(&m_mutex);
    if (auto opened = openLocked(); !opened)
        return opened.error();
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    // Nonces are stored as decimal text: order by length, then text, for numeric order.
    q.prepare(QStringLiteral("SELECT %1 FROM transactions WHERE chain_id = ? AND status IN ('signed', 'pending') "
                             "ORDER BY sender, length(nonce), nonce, created_at")
                  .arg(QLatin1String(entryColumns)));
    q.addBindValue(qulonglong(chainId));
    if (!q.exec())
        return unreadable(q);
    return readEntries(q);
}

Result<std::optional<eth::UInt256>> TransactionJournal::nextLocalNonce(quint64 chainId, const crypto::Address &sender)
{
    QMutexLocker lock(&m_mutex);
    if (auto opened = openLocked(); !opened)
        return opened.error();
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("SELECT nonce FROM transactions WHERE chain_id = ? AND sender = ? AND status IN "
                             "('signed', 'pending')"));
    q.addBindValue(qulonglong(chainId));
    q.addBindValue(sender.toChecksumString());
    if (!q.exec())
        return Result<std::optional<eth::UInt256>>::failure(
            QStringLiteral("The transaction journal cannot be read: %1").arg(q.lastError().text()), ErrorCode::Io);
    std::optional<eth::UInt256> next;
    while (q.next()) {
        const eth::UInt256 n = eth::UInt256::fromDecimal(q.value(0).toString()).value() + eth::UInt256(1);
        if (!next || n > *next)
            next = n;
    }
    return next;
}

Result<qint64> TransactionJournal::recordSignedVote(const SignedVote &vote)
{
    QMutexLocker lock(&m_mutex);
    if (auto opened = openLocked(); !opened)
        return opened.error();
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("INSERT INTO signed_votes (chain_id, governor, domain_name, domain_version, proposal_id, "
                             "support, voter, nonce, reason, signature, title, signed_at, kind) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const Ballot &b = vote.ballot;
    for (const QVariant &v :
        {QVariant(qulonglong(b.chainId)), QVariant(b.governor.toChecksumString()), QVariant(text(b.domainName)),
            QVariant(text(b.domainVersion)), QVariant(b.proposalId.toDecimal()), QVariant(b.support),
            QVariant(b.voter.toChecksumString()), QVariant(b.nonce.toDecimal()), QVariant(text(b.reason)),
            QVariant(vote.signature), QVariant(text(vote.title)), QVariant(vote.signedAt.toMSecsSinceEpoch()),
            QVariant(b.kind == GovernorKind::Bravo ? QStringLiteral("bravo") : QStringLiteral("openzeppelin"))})
        q.addBindValue(v);
    if (!q.exec())
        return Result<qint64>(sqlFailure(QStringLiteral("keep the signed vote"), q.lastError()).error());
    return q.lastInsertId().toLongLong();
}

Status TransactionJournal::setVoteRelayed(qint64 id, const QString &transactionHash)
{
    QMutexLocker lock(&m_mutex);
    if (auto opened = openLocked(); !opened)
        return opened.error();
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(QStringLiteral("UPDATE signed_votes SET relay_hash = ? WHERE id = ?"));
    q.addBindValue(transactionHash);
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(QStringLiteral("mark the signed vote relayed"), q.lastError());
    return success();
}

Result<QList<SignedVote>> TransactionJournal::signedVotes(quint64 chainId, bool unrelayedOnly)
{
    QMutexLocker lock(&m_mutex);
    if (auto opened = openLocked(); !opened)
        return opened.error();
    QSqlQuery q(QSqlDatabase::database(connectionName()));
    q.prepare(
        QStringLiteral("SELECT id, governor, domain_name, domain_version, proposal_id, support, voter, nonce, "
                       "reason, signature, title, signed_at, relay_hash, kind FROM signed_votes WHERE chain_id = ?%1 "
                       "ORDER BY signed_at DESC")
            .arg(unrelayedOnly ? QStringLiteral(" AND relay_hash = ''") : QString()));
    q.addBindValue(qulonglong(chainId));
    if (!q.exec())
        return Result<QList<SignedVote>>::failure(
            QStringLiteral("The transaction journal cannot be read: %1").arg(q.lastError().text()), ErrorCode::Io);
    QList<SignedVote> votes;
    while (q.next()) {
        SignedVote v;
        v.id = q.value(0).toLongLong();
        v.ballot.chainId = chainId;
        v.ballot.governor = crypto::Address::parse(q.value(1).toString()).value();
        v.ballot.domainName = q.value(2).toString();
        v.ballot.domainVersion = q.value(3).toString();
        v.ballot.proposalId = eth::UInt256::fromDecimal(q.value(4).toString()).value();
        v.ballot.support = q.value(5).toInt();
        v.ballot.voter = crypto::Address::parse(q.value(6).toString()).value();
        v.ballot.nonce = eth::UInt256::fromDecimal(q.value(7).toString()).value();
        v.ballot.reason = q.value(8).toString();
        v.signature = q.value(9).toByteArray();
        v.title = q.value(10).toString();
        v.signedAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong());
        v.relayHash = q.value(12).toString();
        v.ballot.kind
            = q.value(13).toString() == QLatin1String("bravo") ? GovernorKind::Bravo : GovernorKind::OpenZeppelin;
        votes.append(v);
    }
    return votes;
}

} // namespace dd::dao
