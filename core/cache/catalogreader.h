#pragma once

// The dataset catalog as views read it: full-text search (SQLite FTS5, prefix matching, accents
// folded) with filters on status, license, format, size and contributor; one dataset; whether a
// member holds access. Opens its own read-only connection; runs on any thread but the writer's.

#include "cache/cachedatabase.h"
#include "cache/catalogwriter.h"

#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

namespace dd::cache {

struct CatalogQuery {
    QString text; // words; each matches as a prefix, all must match
    std::optional<DatasetStatus> status;
    QString license;
    QString format;
    qint64 minSize = -1;
    qint64 maxSize = -1;
    QString contributor; // checksummed address
    enum class Order { Newest, Title, Largest, Cheapest } order = Order::Newest;
    int limit = 200;
    int offset = 0;
};

// A dataset's corrected versions: the one it replaces and those that replace it, as their
// datapackage.json's "replaces" says. A claim counts only between datasets of one contributor:
// nobody can declare someone else's dataset replaced.
struct DatasetVersions {
    quint64 replaces = 0; // 0: none
    QString replacesTitle;
    QList<QPair<quint64, QString>> replacedBy; // id and title, oldest first
};

class CatalogReader {
public:
    explicit CatalogReader(CacheDatabase &database) : m_database(database) { }
    // For another reader in the same read transaction (a dataset and its reviews, one commit).
    CacheDatabase &database() const { return m_database; }

    static constexpr qint64 countCap = 1000;

    Result<QList<CatalogEntry>> search(const CatalogQuery &query);
    // How many match, up to countCap + 1 (more than countCap: "1,000+").
    Result<qint64> count(const CatalogQuery &query);
    // A page and how many match in all (as count); a query that matches nothing reads no page.
    struct Page {
        QList<CatalogEntry> entries;
        qint64 total = 0;
    };
    Result<Page> page(const CatalogQuery &query);
    Result<CatalogEntry> dataset(quint64 id);
    Result<DatasetVersions> versions(quint64 id);
    // The contributor, and every buyer, holds access.
    Result<bool> hasAccess(quint64 id, const QString &member);
    // Who holds access to a dataset: its contributor, then every buyer.
    Result<QStringList> accessHolders(quint64 id);
    // The values the filters can take, from what the catalog holds.
    Result<QStringList> licenses();
    Result<QStringList> formats();

private:
    CacheDatabase &m_database;
};

namespace catalog {
// The columns a catalog entry is read from (the datasets table as d, without its metadata JSON),
// and the entry read from a row that starts with them.
extern const char *const entryColumns;
CatalogEntry entryFrom(const QSqlQuery &q);
} // namespace catalog

// An FTS5 MATCH expression for what a user typed: each word quoted (so operators and quotes
// are plain text) and matched as a prefix. Empty when there are no words.
QString ftsQuery(const QString &text);

} // namespace dd::cache
