#pragma once

// GovernanceEventDecoder: turns the logs of the DAO's Governor, token and dataset registry into
// cache records: ProposalCreated, VoteCast, VoteCastWithParams, ProposalQueued/Executed/Canceled
// (Governor), DelegateChanged, DelegateVotesChanged, Transfer (token), DatasetSubmitted,
// DatasetReviewed, DatasetWithdrawn, DatasetReinstated, DatasetReopened, MetadataUpdated,
// AccessPriceChanged, AccessPurchased (registry, when the DAO has one), and the curation
// contract's reviews, decisions, payments, appeals, challenges, ERC-1497 evidence and curator
// grants (when it has one). It also gives the eth_getLogs filter that asks the node for
// exactly those events of exactly those contracts.

#include "cache/governancerecords.h"
#include "common/result.h"
#include "eth/contractabi.h"
#include "eth/logsanswer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dd::sync {

class GovernanceEventDecoder {
public:
    GovernanceEventDecoder(eth::ContractAbi governorAbi, eth::ContractAbi tokenAbi, crypto::Address governor,
        crypto::Address token, crypto::Address registry = {}, crypto::Address curation = {});

    QJsonArray addressFilter() const;
    QJsonArray topicFilter() const;
    // Adds the log's event to the batch. Removed logs and events the app does not index are
    // skipped; a log that claims one of our events but does not decode is an error naming it.
    Status add(const eth::LogEntry &log, cache::EventBatch &batch) const;

private:
    Status addDatasetEvent(
        const cache::LogPosition &at, const eth::DecodedEvent &event, cache::EventBatch &batch) const;
    Status addCurationEvent(
        const cache::LogPosition &at, const eth::DecodedEvent &event, cache::EventBatch &batch) const;

    eth::ContractAbi m_governorAbi;
    eth::ContractAbi m_tokenAbi;
    eth::ContractAbi m_registryAbi;
    eth::ContractAbi m_curationAbi;
    crypto::Address m_governor;
    crypto::Address m_token;
    crypto::Address m_registry; // zero: the DAO has no dataset registry
    crypto::Address m_curation; // zero: none (or no registry)
    QList<QByteArray> m_topics;
};

} // namespace dd::sync
