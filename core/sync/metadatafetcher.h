#pragma once

// MetadataFetcher: the catalog's second half. Each registry entry names its metadata file by CID;
// this fetches the files still missing from the DAO's trustless gateways (every block checked
// against its CID, the DAG checked whole), reads each as a Data Package and stores what it says.
// A file that cannot be had is retried on later passes, a few times; a file that arrives but is
// not a Data Package is marked so for good (its CID will never name anything else). Blocks:
// run it on a worker thread; it runs a local event loop for the network.

#include "cache/cachedatabase.h"
#include "storage/blockstore.h"

#include <QList>
#include <QUrl>

#include <atomic>

namespace dd::sync {

struct MetadataReport {
    int fetched = 0;
    int failed = 0;
};

class MetadataFetcher {
public:
    static constexpr int maxAttempts = 5;
    static constexpr qint64 maxBytes = 4 * 1024 * 1024;

    MetadataFetcher(cache::CacheDatabase &database, storage::BlockStore store, QList<QUrl> gateways)
        : m_database(database), m_store(std::move(store)), m_gateways(std::move(gateways))
    {
    }

    Result<MetadataReport> fetchPending(const std::atomic_bool *cancel = nullptr, int stallTimeoutMs = 15000);

private:
    cache::CacheDatabase &m_database;
    storage::BlockStore m_store;
    QList<QUrl> m_gateways;
};

} // namespace dd::sync
