#pragma once

// GovernanceWriter: the indexer's side of the governance cache. Each call is one SQL
// transaction: a batch of events with the block it reaches, a rollback to a fork point, the
// states read from the Governor. Runs on the indexer's thread, on the writer connection.

#include "cache/cachedatabase.h"
#include "cache/governancerecords.h"

namespace dd::cache {

struct ProposalChainState {
    eth::UInt256 id;
    ProposalState state = ProposalState::Unknown;
    std::optional<eth::UInt256> quorum; // known once the snapshot has passed
};

class GovernanceWriter {
public:
    explicit GovernanceWriter(CacheDatabase &database);

    Status apply(const EventBatch &batch);
    // Removes everything read from block `fork` on (a reorg replaced those blocks); the next
    // sync reads them again. Tallies of the proposals touched are recounted from their votes.
    Status rollbackFrom(quint64 fork);
    Status setStates(const QList<ProposalChainState> &states);
    // Forgets the hashes of blocks that are now final.
    Status pruneBlockHashes(quint64 finalizedBlock);

    // Around a first sync: the readers' indexes are built once at its end (CacheDatabase).
    Status dropSecondaryIndexes() { return m_database.dropSecondaryIndexes(); }
    Status restoreSecondaryIndexes() { return m_database.restoreSecondaryIndexes(); }

    Status setMeta(const QString &key, const QString &value);
    QString meta(const QString &key, const QString &fallback = QString());
    // The last block whose events are in the cache (nullopt: nothing synced yet).
    std::optional<quint64> syncedBlock();
    // Blocks above the final one with their stored hashes, lowest first.
    Result<QList<QPair<quint64, QString>>> unfinalizedBlocks();
    // Proposals whose state can still change, with their snapshot and whether quorum is known.
    struct OpenProposal {
        eth::UInt256 id;
        quint64 voteStart = 0;
        bool quorumKnown = false;
    };
    Result<QList<OpenProposal>> openProposals();

private:
    Status recountTallies(const QStringList &proposalIds);

    CacheDatabase &m_database;
};

} // namespace dd::cache
