#include "cache/sqlitestatement.h"

#include "cache/cachedatabase.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace dd::cache {

Result<SqliteStatement> SqliteStatement::prepare(QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 || !db.isOpen())
        return sqlError(
            QStringLiteral("prepare an insert"), QStringLiteral("the connection is not an open SQLite one"));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return sqlError(QStringLiteral("prepare an insert"), message);
    }
    return SqliteStatement(connection, statement);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statement(std::exchange(other.m_statement, nullptr))
{
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement); // a no-op on nullptr
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index + 1, value);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    // A non-null pointer even for "": SQLite binds NULL for a null one.
    sqlite3_bind_text64(m_statement, index + 1, utf8.isNull() ? "" : utf8.data(), sqlite3_uint64(utf8.size()),
        SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bindBlobOrNull(int index, QByteArrayView bytes)
{
    if (bytes.isEmpty())
        sqlite3_bind_null(m_statement, index + 1);
    else
        sqlite3_bind_blob64(m_statement, index + 1, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
}

Status SqliteStatement::run()
{
    const int stepped = sqlite3_step(m_statement);
    // The error's words are read before reset, which may replace them.
    const QString message = stepped == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (stepped != SQLITE_DONE)
        return sqlError(QStringLiteral("store an event"), message);
    return success();
}

} // namespace dd::cache
