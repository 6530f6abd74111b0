#include "cache/cachedatabase.h"
#include "common/iothreadguard.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <span>

namespace dd::cache {

namespace {

// Each entry moves a schema one version up; never edit a released step, add one.
const char *const governanceMigrations[] = {
    // 1: governance: proposals with their tallies and chain-read state, votes, the proposal
    // lifecycle (queued, executed, canceled), delegation and voting power changes, transfers, and
    // the hashes of blocks not yet final (for reorgs).
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE blocks (number INTEGER PRIMARY KEY, hash TEXT NOT NULL);"
    "CREATE TABLE proposals (id TEXT PRIMARY KEY, proposer TEXT NOT NULL, title TEXT NOT NULL,"
    "  description TEXT NOT NULL, vote_start INTEGER NOT NULL, vote_end INTEGER NOT NULL, actions TEXT NOT NULL,"
    "  block INTEGER NOT NULL, log_index INTEGER NOT NULL, tx TEXT NOT NULL,"
    "  for_votes TEXT NOT NULL DEFAULT '0', against_votes TEXT NOT NULL DEFAULT '0',"
    "  abstain_votes TEXT NOT NULL DEFAULT '0', voters INTEGER NOT NULL DEFAULT 0,"
    "  state INTEGER NOT NULL DEFAULT -1, quorum TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX proposals_block ON proposals(block DESC, log_index DESC);"
    "CREATE TABLE votes (block INTEGER NOT NULL, log_index INTEGER NOT NULL, tx TEXT NOT NULL,"
    "  proposal_id TEXT NOT NULL, voter TEXT NOT NULL, support INTEGER NOT NULL, weight TEXT NOT NULL,"
    "  reason TEXT NOT NULL, params BLOB, PRIMARY KEY (block, log_index)) WITHOUT ROWID;"
    "CREATE INDEX votes_proposal ON votes(proposal_id);"
    "CREATE INDEX votes_voter ON votes(voter);"
    "CREATE TABLE proposal_events (block INTEGER NOT NULL, log_index INTEGER NOT NULL, tx TEXT NOT NULL,"
    "  proposal_id TEXT NOT NULL, kind TEXT NOT NULL, eta INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (block, log_index)) WITHOUT ROWID;"
    "CREATE INDEX proposal_events_proposal ON proposal_events(proposal_id);"
    "CREATE TABLE delegations (block INTEGER NOT NULL, log_index INTEGER NOT NULL, tx TEXT NOT NULL,"
    "  delegator TEXT NOT NULL, from_delegate TEXT NOT NULL, to_delegate TEXT NOT NULL,"
    "  PRIMARY KEY (block, log_index)) WITHOUT ROWID;"
    "CREATE INDEX delegations_delegator ON delegations(delegator);"
    "CREATE INDEX delegations_to ON delegations(to_delegate);"
    "CREATE TABLE voting_power (block INTEGER NOT NULL, log_index INTEGER NOT NULL, delegate TEXT NOT NULL,"
    "  previous TEXT NOT NULL, votes TEXT NOT NULL, PRIMARY KEY (block, log_index)) WITHOUT ROWID;"
    "CREATE INDEX voting_power_delegate ON voting_power(delegate, block DESC, log_index DESC);"
    "CREATE TABLE transfers (block INTEGER NOT NULL, log_index INTEGER NOT NULL, tx TEXT NOT NULL,"
    "  sender TEXT NOT NULL, recipient TEXT NOT NULL, value TEXT NOT NULL,"
    "  PRIMARY KEY (block, log_index)) WITHOUT ROWID;",
    // 2: the dataset catalog: DatasetRegistry events, each dataset as they leave it (plus what its
    // verified metadata file says), and a full-text index over title, description, keywords,
    // license, formats and contributor. The governance rows are read again with the registry's.
    "DELETE FROM meta; DELETE FROM blocks; DELETE FROM proposals; DELETE FROM votes;"
    "DELETE FROM proposal_events; DELETE FROM delegations; DELETE FROM voting_power; DELETE FROM transfers;"
    "CREATE TABLE dataset_events (block INTEGER NOT NULL, log_index INTEGER NOT NULL, tx TEXT NOT NULL,"
    "  dataset_id INTEGER NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL, data TEXT NOT NULL,"
    "  PRIMARY KEY (block, log_index)) WITHOUT ROWID;"
    "CREATE INDEX dataset_events_dataset ON dataset_events(dataset_id, kind, actor);"
    "CREATE TABLE datasets (id INTEGER PRIMARY KEY, contributor TEXT NOT NULL, content_cid TEXT NOT NULL,"
    "  metadata_cid TEXT NOT NULL, size INTEGER NOT NULL, license TEXT NOT NULL, access_price TEXT NOT NULL,"
    "  stake TEXT NOT NULL, status INTEGER NOT NULL, submitted_block INTEGER NOT NULL, submitted_tx TEXT NOT NULL,"
    "  reviewer TEXT NOT NULL DEFAULT '', review_reason TEXT NOT NULL DEFAULT '', report_cid TEXT NOT NULL DEFAULT '',"
    "  purchases INTEGER NOT NULL DEFAULT 0,"
    "  metadata_state INTEGER NOT NULL DEFAULT 0, metadata_error TEXT NOT NULL DEFAULT '',"
    "  metadata_attempts INTEGER NOT NULL DEFAULT 0, title TEXT NOT NULL DEFAULT '',"
    "  description TEXT NOT NULL DEFAULT '', keywords TEXT NOT NULL DEFAULT '', formats TEXT NOT NULL DEFAULT '',"
    "  metadata TEXT NOT NULL DEFAULT '', price_key TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX datasets_status ON datasets(status, id DESC);"
    "CREATE INDEX datasets_size ON datasets(size DESC, id DESC);"
    "CREATE INDEX datasets_price ON datasets(price_key, id DESC);"
    "CREATE INDEX datasets_title ON datasets(title = '', title COLLATE NOCASE, id DESC);"
    "CREATE INDEX datasets_contributor ON datasets(contributor);"
    "CREATE VIRTUAL TABLE dataset_search USING fts5(title, description, keywords, license, formats, contributor,"
    "  status, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    // 3: votes, most of the cache's rows, keep hashes, ids and addresses as their bytes (the
    // transaction's 32, the proposal id's 32 big-endian, the voter's 20): a first sync writes
    // and indexes half the bytes. What was read is read again.
    "DELETE FROM meta; DELETE FROM blocks; DELETE FROM proposals; DELETE FROM proposal_events;"
    "DELETE FROM delegations; DELETE FROM voting_power; DELETE FROM transfers; DELETE FROM dataset_events;"
    "DELETE FROM datasets; DELETE FROM dataset_search; DROP TABLE votes;"
    "CREATE TABLE votes (block INTEGER NOT NULL, log_index INTEGER NOT NULL, tx BLOB NOT NULL,"
    "  proposal_id BLOB NOT NULL, voter BLOB NOT NULL, support INTEGER NOT NULL, weight TEXT NOT NULL,"
    "  reason TEXT NOT NULL, params BLOB, PRIMARY KEY (block, log_index)) WITHOUT ROWID;"
    "CREATE INDEX votes_proposal ON votes(proposal_id);"
    "CREATE INDEX votes_voter ON votes(voter)",
    // 4: curation: dataset events carry their block's time, and keep the curation contract's
    // too (reviews, decisions, payments, appeals, challenges, evidence; curator grants as
    // dataset 0); a dataset row says where it stands in curation. What was read is read again.
    "DELETE FROM meta; DELETE FROM blocks; DELETE FROM proposals; DELETE FROM proposal_events;"
    "DELETE FROM delegations; DELETE FROM voting_power; DELETE FROM transfers; DELETE FROM votes;"
    "DELETE FROM dataset_events; DELETE FROM datasets; DELETE FROM dataset_search;"
    "ALTER TABLE dataset_events ADD COLUMN time INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE datasets ADD COLUMN stage INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE datasets ADD COLUMN round INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE datasets ADD COLUMN approvals INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE datasets ADD COLUMN rejections INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE datasets ADD COLUMN submitted_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE datasets ADD COLUMN opened_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE datasets ADD COLUMN decided_at INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE datasets ADD COLUMN slashed TEXT NOT NULL DEFAULT '';"
    "CREATE INDEX datasets_stage ON datasets(stage, id DESC)",
};

const char *const forumMigrations[] = {
    // 1: forum discussions as last read: a topic's title and when it was read, its posts in
    // stream order with the forum's (untrusted) cooked HTML, sanitized when shown.
    "CREATE TABLE topics (forum TEXT NOT NULL, topic_id INTEGER NOT NULL, title TEXT NOT NULL,"
    "  posts_count INTEGER NOT NULL, fetched_at INTEGER NOT NULL, PRIMARY KEY (forum, topic_id));"
    "CREATE TABLE posts (forum TEXT NOT NULL, topic_id INTEGER NOT NULL, position INTEGER NOT NULL,"
    "  post_id INTEGER NOT NULL, post_number INTEGER NOT NULL, username TEXT NOT NULL, name TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL, reply_to_number INTEGER NOT NULL, reply_to_username TEXT NOT NULL,"
    "  cooked TEXT NOT NULL, PRIMARY KEY (forum, topic_id, position)) WITHOUT ROWID;",
};

// The governance indexes a first sync builds once at its end instead of row by row (each as
// the migrations made it; tst_cache checks that a rebuilt cache has the same schema).
const char *const governanceSecondaryIndexes[][2] = {
    {"votes_proposal", "CREATE INDEX IF NOT EXISTS votes_proposal ON votes(proposal_id)"},
    {"votes_voter", "CREATE INDEX IF NOT EXISTS votes_voter ON votes(voter)"},
    {"delegations_delegator", "CREATE INDEX IF NOT EXISTS delegations_delegator ON delegations(delegator)"},
    {"delegations_to", "CREATE INDEX IF NOT EXISTS delegations_to ON delegations(to_delegate)"},
    {"voting_power_delegate",
        "CREATE INDEX IF NOT EXISTS voting_power_delegate ON voting_power(delegate, block DESC, log_index DESC)"},
};

std::span<const char *const> migrationsOf(CacheDatabase::Schema schema)
{
    switch (schema) {
    case CacheDatabase::Schema::Forum:
        return forumMigrations;
    case CacheDatabase::Schema::Governance:
        break;
    }
    return governanceMigrations;
}

} // namespace

Error sqlError(const QString &what, const QString &sqliteText)
{
    return Error {QStringLiteral("The cache could not %1: %2").arg(what, sqliteText), ErrorCode::Io, {}};
}

int CacheDatabase::schemaVersion(Schema schema)
{
    return int(migrationsOf(schema).size());
}

CacheDatabase::CacheDatabase(QString path, QString connectionName, Role role, Schema schema)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_role(role), m_schema(schema)
{
}

CacheDatabase::~CacheDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Status CacheDatabase::open()
{
    IoThreadGuard::note("cache open");
    if (m_role == Role::Writer)
        QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // Readers wait briefly for the writer's checkpoint instead of failing with "database is locked".
    m_db.setConnectOptions(m_role == Role::Reader ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return sqlError(QStringLiteral("open %1").arg(m_path), m_db.lastError().text());
    QSqlQuery q(m_db);
    if (m_role == Role::Writer) {
        // WAL: readers keep reading while the indexer writes. synchronous=NORMAL is safe with WAL
        // (a crash loses at most the last transactions, never consistency).
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON"}) {
            if (!q.exec(QLatin1String(pragma)))
                return sqlError(QStringLiteral("configure %1").arg(m_path), q.lastError().text());
        }
        return migrate();
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QStringLiteral("read %1").arg(m_path), q.lastError().text());
    if (q.value(0).toInt() > schemaVersion(m_schema))
        return Status::failure(
            QStringLiteral("The cache %1 was written by a newer version of the app.").arg(m_path), ErrorCode::Io);
    return success();
}

Status CacheDatabase::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(QStringLiteral("read its schema version"), q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > schemaVersion(m_schema))
        return Status::failure(
            QStringLiteral("The cache %1 was written by a newer version of the app; delete it to rebuild it.")
                .arg(m_path),
            ErrorCode::Io);
    for (int step = version; step < schemaVersion(m_schema); ++step) {
        if (!m_db.transaction())
            return sqlError(QStringLiteral("start a migration"), m_db.lastError().text());
        // QSqlQuery runs one statement at a time.
        for (const QString &statement :
            QString::fromLatin1(migrationsOf(m_schema)[step]).split(u';', Qt::SkipEmptyParts)) {
            if (!q.exec(statement)) {
                const QString text = q.lastError().text();
                m_db.rollback();
                return sqlError(QStringLiteral("migrate to version %1").arg(step + 1), text);
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1)) || !m_db.commit()) {
            const QString text = q.lastError().text();
            m_db.rollback();
            return sqlError(QStringLiteral("migrate to version %1").arg(step + 1), text);
        }
    }
    return success();
}

Status CacheDatabase::dropSecondaryIndexes()
{
    if (m_schema != Schema::Governance)
        return success();
    QSqlQuery q(m_db);
    for (const auto &index : governanceSecondaryIndexes) {
        if (!q.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(QLatin1String(index[0]))))
            return sqlError(QStringLiteral("drop an index for a first sync"), q.lastError().text());
    }
    return success();
}

Status CacheDatabase::restoreSecondaryIndexes()
{
    if (m_schema != Schema::Governance)
        return success();
    // Looked up first: a CREATE of one that exists would still wait for the write lock.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'")))
        return sqlError(QStringLiteral("read its indexes"), q.lastError().text());
    QSet<QString> present;
    while (q.next())
        present.insert(q.value(0).toString());
    for (const auto &index : governanceSecondaryIndexes) {
        if (present.contains(QLatin1String(index[0])))
            continue;
        if (!q.exec(QLatin1String(index[1])))
            return sqlError(QStringLiteral("build its index %1").arg(QLatin1String(index[0])), q.lastError().text());
    }
    return success();
}

} // namespace dd::cache
