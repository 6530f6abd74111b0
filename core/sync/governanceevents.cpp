#include "sync/governanceevents.h"

#include "common/hex.h"
#include "crypto/keccak.h"
#include "eth/jsonrpcclient.h"
#include "storage/cid.h"

#include <algorithm>

namespace dd::sync {

namespace {

const char *const governorEvents[]
    = {"ProposalCreated", "VoteCast", "VoteCastWithParams", "ProposalQueued", "ProposalExecuted", "ProposalCanceled"};
const char *const tokenEvents[] = {"DelegateChanged", "DelegateVotesChanged", "Transfer"};
const char *const registryEvents[] = {"DatasetSubmitted", "DatasetReviewed", "DatasetWithdrawn", "DatasetReinstated",
    "DatasetReopened", "MetadataUpdated", "AccessPriceChanged", "AccessPurchased"};
// The curation contract's events about datasets, and its curators granted and revoked. The pool
// and the parameters are read with eth_call at each sync instead (one value each, always current).
const char *const curationEvents[] = {"ReviewSubmitted", "Decided", "AwaitingGovernance", "RewardPaid", "ReviewFeePaid",
    "Appealed", "AppealResolved", "Challenged", "ChallengeResolved", "Evidence", "RoleGranted", "RoleRevoked"};

// A CID the registry holds in binary form, as text; empty when the bytes are not a CID.
QString cidText(const QByteArray &bytes)
{
    qsizetype used = 0;
    auto cid = storage::Cid::fromBytes(bytes, used);
    return cid && used == bytes.size() ? cid.value().toString() : QString();
}

crypto::Address address(const eth::AbiValue &v)
{
    return crypto::Address::fromBytes(v.asBytes()).value();
}

quint64 small(const eth::AbiValue &v)
{
    return v.asNumber().low64();
}

} // namespace

GovernanceEventDecoder::GovernanceEventDecoder(eth::ContractAbi governorAbi, eth::ContractAbi tokenAbi,
    crypto::Address governor, crypto::Address token, crypto::Address registry, crypto::Address curation)
    : m_governorAbi(std::move(governorAbi)),
      m_tokenAbi(std::move(tokenAbi)),
      m_registryAbi(eth::ContractAbi::embedded(QStringLiteral("DatasetRegistry")).value_or(eth::ContractAbi())),
      m_curationAbi(eth::ContractAbi::embedded(QStringLiteral("DatasetCuration")).value_or(eth::ContractAbi())),
      m_governor(governor),
      m_token(token),
      m_registry(registry),
      m_curation(registry.isZero() ? crypto::Address() : curation)
{
    auto collect = [this](const eth::ContractAbi &abi, const auto &names) {
        for (const char *name : names) {
            for (const eth::AbiFunction &e : abi.events()) {
                if (e.name == QLatin1String(name))
                    m_topics.append(e.topic());
            }
        }
    };
    collect(m_governorAbi, governorEvents);
    collect(m_tokenAbi, tokenEvents);
    if (!m_registry.isZero())
        collect(m_registryAbi, registryEvents);
    if (!m_curation.isZero())
        collect(m_curationAbi, curationEvents);
}

QJsonArray GovernanceEventDecoder::addressFilter() const
{
    QJsonArray out {m_governor.toChecksumString(), m_token.toChecksumString()};
    if (!m_registry.isZero())
        out.append(m_registry.toChecksumString());
    if (!m_curation.isZero())
        out.append(m_curation.toChecksumString());
    return out;
}

QJsonArray GovernanceEventDecoder::topicFilter() const
{
    QJsonArray anyOf;
    for (const QByteArray &topic : m_topics)
        anyOf.append(toHex(topic));
    // [[a, b, ...]]: topic0 is any of them. Spelled out: `return {anyOf}` is a nested array
    // with GCC but a copy (a flat array, "topic0 = a and topic1 = b") with clang.
    QJsonArray filter;
    filter.append(anyOf);
    return filter;
}

Status GovernanceEventDecoder::add(const eth::LogEntry &log, cache::EventBatch &batch) const
{
    if (log.removed)
        return success();
    if (log.topics.isEmpty())
        return Status::failure(QStringLiteral("The node sent a log without topics."), ErrorCode::Network);
    const QList<QByteArray> &topics = log.topics;
    const bool fromGovernor = log.address == m_governor;
    const bool fromRegistry = !m_registry.isZero() && log.address == m_registry;
    const bool fromCuration = !m_curation.isZero() && log.address == m_curation;
    if (!fromGovernor && !fromRegistry && !fromCuration && log.address != m_token)
        return success(); // another contract's log: not asked for, not trusted
    if (!m_topics.contains(topics.first()))
        return success();
    cache::LogPosition at {log.blockNumber, log.logIndex, log.transactionHash};
    auto decoded = (fromGovernor ? m_governorAbi
            : fromRegistry       ? m_registryAbi
            : fromCuration       ? m_curationAbi
                                 : m_tokenAbi)
                       .decodeLog(topics, log.data);
    if (!decoded)
        return Status::failure(QStringLiteral("The log at block %1 index %2 does not decode: %3")
                                   .arg(at.block)
                                   .arg(at.logIndex)
                                   .arg(decoded.message()),
            ErrorCode::Network);
    const QString &name = decoded.value().event->name;
    const eth::AbiValue::List &v = decoded.value().values;
    if (!batch.blockHashes.contains(at.block))
        batch.blockHashes.insert(at.block, log.blockHash);
    if (fromRegistry)
        return addDatasetEvent(at, decoded.value(), batch);
    if (fromCuration)
        return addCurationEvent(at, decoded.value(), batch);
    if (name == QLatin1String("ProposalCreated")) {
        cache::ProposalCreatedRecord p {
            at, v[0].asNumber(), address(v[1]), {}, small(v[6]), small(v[7]), v[8].asText()};
        const auto &targets = v[2].asList();
        const auto &values = v[3].asList();
        const auto &signatures = v[4].asList();
        const auto &calldatas = v[5].asList();
        for (qsizetype i = 0; i < qsizetype(targets.size()); ++i)
            p.actions.append({address(targets[i]), i < qsizetype(values.size()) ? values[i].asNumber() : eth::UInt256(),
                i < qsizetype(signatures.size()) ? signatures[i].asText() : QString(),
                i < qsizetype(calldatas.size()) ? calldatas[i].asBytes() : QByteArray()});
        batch.proposals.append(p);
    } else if (name == QLatin1String("VoteCast") || name == QLatin1String("VoteCastWithParams")) {
        cache::VoteRecord vote {at, v[1].asNumber(), address(v[0]), int(small(v[2])), v[3].asNumber(), v[4].asText(),
            v.size() > 5 ? v[5].asBytes() : QByteArray()};
        batch.votes.append(vote);
    } else if (name == QLatin1String("ProposalQueued")) {
        batch.lifecycle.append({at, v[0].asNumber(), QStringLiteral("queued"), small(v[1])});
    } else if (name == QLatin1String("ProposalExecuted")) {
        batch.lifecycle.append({at, v[0].asNumber(), QStringLiteral("executed"), 0});
    } else if (name == QLatin1String("ProposalCanceled")) {
        batch.lifecycle.append({at, v[0].asNumber(), QStringLiteral("canceled"), 0});
    } else if (name == QLatin1String("DelegateChanged")) {
        batch.delegations.append({at, address(v[0]), address(v[1]), address(v[2])});
    } else if (name == QLatin1String("DelegateVotesChanged")) {
        batch.votingPower.append({at, address(v[0]), v[1].asNumber(), v[2].asNumber()});
    } else if (name == QLatin1String("Transfer")) {
        batch.transfers.append({at, address(v[0]), address(v[1]), v[2].asNumber()});
    }
    return success();
}

Status GovernanceEventDecoder::addDatasetEvent(
    const cache::LogPosition &at, const eth::DecodedEvent &event, cache::EventBatch &batch) const
{
    const QString &name = event.event->name;
    // The registry's other events with a topic asked for (its AccessControl's RoleGranted, which
    // the curation contract's filter asks for too) are not the catalog's.
    if (std::none_of(std::begin(registryEvents), std::end(registryEvents),
            [&](const char *known) { return name == QLatin1String(known); }))
        return success();
    const eth::AbiValue::List &v = event.values;
    cache::DatasetEventRecord record {at, small(v[0]), {}, {}, {}, 0};
    if (name == QLatin1String("DatasetSubmitted")) {
        record.kind = QStringLiteral("submitted");
        record.actor = address(v[1]);
        record.data = {{QStringLiteral("contentCid"), cidText(v[2].asBytes())},
            {QStringLiteral("metadataCid"), cidText(v[3].asBytes())}, {QStringLiteral("size"), double(small(v[4]))},
            {QStringLiteral("license"), v[5].asText().left(100)},
            {QStringLiteral("accessPrice"), v[6].asNumber().toDecimal()},
            {QStringLiteral("stake"), v[7].asNumber().toDecimal()}};
    } else if (name == QLatin1String("DatasetReviewed")) {
        record.kind = QStringLiteral("reviewed");
        record.actor = address(v[1]);
        record.data
            = {{QStringLiteral("status"), int(small(v[2]))}, {QStringLiteral("reportCid"), cidText(v[3].asBytes())},
                {QStringLiteral("reason"), v[4].asText().left(10000)},
                {QStringLiteral("slashed"), v[5].asNumber().toDecimal()}};
    } else if (name == QLatin1String("DatasetWithdrawn")) {
        record.kind = QStringLiteral("withdrawn");
    } else if (name == QLatin1String("DatasetReinstated")) {
        record.kind = QStringLiteral("reinstated");
    } else if (name == QLatin1String("DatasetReopened")) {
        record.kind = QStringLiteral("reopened");
    } else if (name == QLatin1String("MetadataUpdated")) {
        record.kind = QStringLiteral("metadata");
        record.data = {{QStringLiteral("metadataCid"), cidText(v[1].asBytes())}};
    } else if (name == QLatin1String("AccessPriceChanged")) {
        record.kind = QStringLiteral("price");
        record.data = {{QStringLiteral("accessPrice"), v[1].asNumber().toDecimal()}};
    } else if (name == QLatin1String("AccessPurchased")) {
        record.kind = QStringLiteral("purchased");
        record.actor = address(v[1]);
        record.data = {{QStringLiteral("price"), v[2].asNumber().toDecimal()},
            {QStringLiteral("fee"), v[3].asNumber().toDecimal()}};
    } else {
        return success();
    }
    batch.datasetEvents.append(record);
    return success();
}

Status GovernanceEventDecoder::addCurationEvent(
    const cache::LogPosition &at, const eth::DecodedEvent &event, cache::EventBatch &batch) const
{
    const QString &name = event.event->name;
    const eth::AbiValue::List &v = event.values;
    auto amount = [](const eth::AbiValue &value) { return QJsonValue(value.asNumber().toDecimal()); };
    cache::DatasetEventRecord record {at, 0, {}, {}, {}, 0};
    if (name == QLatin1String("RoleGranted") || name == QLatin1String("RoleRevoked")) {
        static const QByteArray curatorRole = crypto::keccak256(QByteArrayLiteral("CURATOR_ROLE"));
        if (v[0].asBytes() != curatorRole)
            return success(); // governance's own role: not a curator
        record.kind = name == QLatin1String("RoleGranted") ? QStringLiteral("curatorGranted")
                                                           : QStringLiteral("curatorRevoked");
        record.actor = address(v[1]);
        batch.datasetEvents.append(record);
        return success();
    }
    if (name == QLatin1String("Evidence")) { // (arbitrator, group = dataset id, party, uri)
        record.datasetId = small(v[1]);
        record.kind = QStringLiteral("evidence");
        record.actor = address(v[2]);
        record.data = {{QStringLiteral("uri"), v[3].asText().left(2000)}};
        batch.datasetEvents.append(record);
        return success();
    }
    record.datasetId = small(v[0]);
    if (name == QLatin1String("ReviewSubmitted")) {
        record.kind = QStringLiteral("review");
        record.actor = address(v[2]);
        record.data = {{QStringLiteral("round"), double(small(v[1]))}, {QStringLiteral("approve"), v[3].asBool()},
            {QStringLiteral("reason"), int(small(v[4]))}, {QStringLiteral("text"), v[5].asText().left(10000)},
            {QStringLiteral("evidenceUri"), v[6].asText().left(2000)},
            {QStringLiteral("slashBasisPoints"), int(small(v[7]))}};
    } else if (name == QLatin1String("Decided")) {
        record.kind = QStringLiteral("decided");
        record.data = {{QStringLiteral("round"), double(small(v[1]))}, {QStringLiteral("approved"), v[2].asBool()},
            {QStringLiteral("slashed"), amount(v[3])}, {QStringLiteral("byGovernance"), v[4].asBool()}};
    } else if (name == QLatin1String("AwaitingGovernance")) {
        record.kind = QStringLiteral("awaiting");
        record.data = {{QStringLiteral("round"), double(small(v[1]))}, {QStringLiteral("expired"), v[2].asBool()}};
    } else if (name == QLatin1String("RewardPaid") || name == QLatin1String("ReviewFeePaid")) {
        record.kind = name == QLatin1String("RewardPaid") ? QStringLiteral("reward") : QStringLiteral("fee");
        record.actor = address(v[1]);
        record.data = {{QStringLiteral("amount"), amount(v[2])}};
    } else if (name == QLatin1String("Appealed")) {
        record.kind = QStringLiteral("appealed");
        record.actor = address(v[1]);
        record.data
            = {{QStringLiteral("deposit"), amount(v[2])}, {QStringLiteral("reason"), v[3].asText().left(10000)}};
    } else if (name == QLatin1String("AppealResolved")) {
        record.kind = QStringLiteral("appealResolved");
        record.data = {{QStringLiteral("overturned"), v[1].asBool()}, {QStringLiteral("deposit"), amount(v[2])}};
    } else if (name == QLatin1String("Challenged")) {
        record.kind = QStringLiteral("challenged");
        record.actor = address(v[2]);
        record.data = {{QStringLiteral("round"), double(small(v[1]))}, {QStringLiteral("deposit"), amount(v[3])},
            {QStringLiteral("reason"), v[4].asText().left(10000)}};
    } else if (name == QLatin1String("ChallengeResolved")) {
        record.kind = QStringLiteral("challengeResolved");
        record.actor = address(v[1]);
        record.data = {{QStringLiteral("upheld"), v[2].asBool()}, {QStringLiteral("deposit"), amount(v[3])}};
    } else {
        return success();
    }
    batch.datasetEvents.append(record);
    return success();
}

} // namespace dd::sync
