#pragma once

// SqliteStatement: one prepared statement run straight on SQLite's own handle of a Qt SQL
// connection (QSqlDriver::handle(), which Qt documents for driver-specific work). Only for the
// inserts a first sync runs 100,000s of times: QSqlQuery names each placeholder and wraps each
// value in a QVariant on every bind, and hands text over as UTF-16 that SQLite converts back to
// UTF-8; together that was a fifth of a sync's time. The connection, its transactions and every
// other query stay Qt SQL's.

#include "common/result.h"

#include <QByteArrayView>
#include <QSqlDatabase>

struct sqlite3;
struct sqlite3_stmt;

namespace dd::cache {

class SqliteStatement {
public:
    // Fails in words if `db` is not an open SQLite connection or the SQL does not compile.
    static Result<SqliteStatement> prepare(QSqlDatabase &db, const char *sql);

    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    SqliteStatement(const SqliteStatement &) = delete;
    ~SqliteStatement();

    // Placeholders count from 0. Text and blobs are not copied: their bytes must stay valid
    // until run() returns.
    void bindInteger(int index, qint64 value);
    void bindText(int index, QByteArrayView utf8);
    void bindBlobOrNull(int index, QByteArrayView bytes); // an empty one binds NULL
    // Runs it once with the values bound, then makes it ready for the next values.
    Status run();

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement) : m_db(db), m_statement(statement) { }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace dd::cache
