#pragma once

// CacheDatabase: an SQLite file that holds what the app derived from the chain (and later from
// storage) for one DAO, or the forum discussions it read. Everything in it can be deleted and
// rebuilt; the transaction journal and drafts live elsewhere. One writer connection (the
// indexer's or the forum reader's thread) applies the schema migrations; readers (list models)
// open their own connections, which WAL lets read while the writer writes.

#include "common/iothreadguard.h"
#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace dd::cache {

class CacheDatabase {
public:
    enum class Role { Writer, Reader };
    // Governance: one file per DAO. Forum: one file for all the discussions read.
    enum class Schema { Governance, Forum };

    // connectionName must be unique per thread and role; the connection is closed on destruction.
    CacheDatabase(QString path, QString connectionName, Role role, Schema schema = Schema::Governance);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // Opens the file; the writer creates it and migrates it to the current schema. A reader of a
    // file whose schema is newer than this build knows is refused in words.
    Status open();
    QSqlDatabase &db()
    {
        IoThreadGuard::note("cache query");
        return m_db;
    }
    const QString &path() const { return m_path; }

    // Writer only. A first sync writes 100,000s of rows: SQLite builds an index from a full
    // table several times faster than it keeps it up to date row by row, so the indexes that
    // only readers use are dropped for it and built again at its end. A reader meanwhile scans
    // (a first sync's tables are young). Any sync after builds those a killed one left out.
    Status dropSecondaryIndexes();
    Status restoreSecondaryIndexes();

    static int schemaVersion(Schema schema);

private:
    Status migrate();

    QString m_path;
    QString m_connectionName;
    Role m_role;
    Schema m_schema;
    QSqlDatabase m_db;
};

// "could not <what>: <sqlite's words>" as an Io error.
Error sqlError(const QString &what, const QString &sqliteText);

} // namespace dd::cache
