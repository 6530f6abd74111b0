#pragma once

// Reads the DAO's SQLite cache off the GUI thread: each call opens a read connection of its own
// (WAL readers never wait for the indexer) on whatever pool thread runs it, and closes it after.

#include "cache/cachedatabase.h"
#include "common/result.h"

#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace dd::app {

// read: Result<T>(Reader &), Reader built on the connection (cache::CatalogReader,
// cache::GovernanceReader).
template <typename Reader, typename T, typename Read>
Result<T> readCache(const QString &path, const QString &notYetMessage, Read read)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return Result<T>::failure(notYetMessage);
    cache::CacheDatabase database(
        path, QStringLiteral("read-") + QUuid::createUuid().toString(QUuid::Id128), cache::CacheDatabase::Role::Reader);
    if (auto opened = database.open(); !opened)
        return opened.error();
    // One read transaction: every query sees the same commit of the indexer (a proposal's tally
    // and its votes, a dataset and its buyers), never half of one and half of the next.
    if (!database.db().transaction())
        return Result<T>::failure(
            QStringLiteral("The cache could not be read: %1").arg(database.db().lastError().text()));
    Reader reader(database);
    Result<T> out = read(reader);
    database.db().rollback(); // nothing was written
    return out;
}

} // namespace dd::app
