#pragma once

// ChainIndexer: keeps the governance cache in step with the chain. One pass (syncOnce):
//  1. head and the final block (head minus N confirmations, or the node's 'finalized' block if
//     that is later);
//  2. a reset check (once: another genesis block empties the cache) and a reorg check: the stored hashes of blocks not
//  yet final against the node's; from the
//     lowest that differs, the cache is rolled back and read again;
//  3. the Governor's and token's events from the last synced block to head, in adaptive
//     eth_getLogs ranges, each stored with the point it reached in one transaction (a killed
//     app resumes from a consistent cache);
//  4. the Governor's state() of every proposal that can still change, and quorum() once a
//     proposal's snapshot has passed; the curation contract's parameters() and pool().
// It blocks: run it on a worker thread. It owns the only writer connection to the cache.

#include "cache/cachedatabase.h"
#include "cache/governancewriter.h"
#include "eth/chainsession.h"
#include "sync/governanceevents.h"
#include "sync/logfetcher.h"

#include <atomic>
#include <functional>

namespace dd::sync {

struct IndexerSettings {
    crypto::Address governor;
    crypto::Address token;
    quint64 startBlock = 0; // the DAO's deployment block
    quint64 confirmations = 12;
    quint64 largestRange = LogFetcher::maxRange; // blocks per eth_getLogs at most
    // GovernorBravo: one quorumVotes() for every proposal instead of quorum(timepoint). Its
    // events and state(id) are the same as OpenZeppelin's.
    bool fixedQuorum = false;
    crypto::Address registry {}; // the DatasetRegistry, whose events make the catalog (zero: none)
    crypto::Address curation {}; // the DatasetCuration, whose events make the curation queue (zero: none)
};

struct SyncReport {
    quint64 fromBlock = 0;
    quint64 toBlock = 0; // the last block read (the head)
    quint64 finalizedBlock = 0;
    qsizetype events = 0;
    std::optional<quint64> reorgFrom; // set when a reorg rolled the cache back
    quint64 rangeSize = 0;
};

class ChainIndexer {
public:
    using Progress = std::function<void(quint64 syncedBlock, quint64 headBlock, qsizetype events)>;

    ChainIndexer(eth::ChainSession &chain, cache::CacheDatabase &database, const eth::ContractAbi &governorAbi,
        const eth::ContractAbi &tokenAbi, IndexerSettings settings);

    Result<SyncReport> syncOnce(const std::atomic_bool *cancel = nullptr, const Progress &progress = {});

private:
    // The first cached block the node has another hash for; blocks above its head are not asked.
    Result<std::optional<quint64>> findFork(quint64 head);
    // The Governor's state (and quorum) of every proposal that can still change: asked in one
    // batch, stored once answered, so the node works while the indexer does.
    struct StateRequest {
        QList<cache::GovernanceWriter::OpenProposal> open;
        QList<bool> asksQuorum;
        QFuture<Result<QList<Result<QJsonValue>>>> answers;
    };
    Result<StateRequest> askStates(quint64 head);
    Status storeStates(StateRequest &request);
    // Dataset events carry their block's time: asked in one batch per range that has any.
    Status addBlockTimes(cache::EventBatch &batch, quint64 head, qint64 headTime);
    // The curation rules and the rewards pool, as meta values the queue reads.
    Status storeCurationState();

    eth::ChainSession &m_chain;
    cache::GovernanceWriter m_writer;
    GovernanceEventDecoder m_decoder;
    const eth::ContractAbi &m_governorAbi;
    IndexerSettings m_settings;
    LogFetcher m_fetcher; // kept between passes: the range the node accepted last time
    bool m_genesisChecked = false; // once per indexer: is this still the chain the cache is about?
};

} // namespace dd::sync
