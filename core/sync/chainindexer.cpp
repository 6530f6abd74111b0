#include "sync/chainindexer.h"

#include "eth/abicodec.h"
#include "eth/abifunction.h"

#include "common/hex.h"
#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dd::sync {

namespace {

QString quantity(quint64 n)
{
    return QStringLiteral("0x%1").arg(n, 0, 16);
}

// GovernorBravo's quorumVotes(), the same for every proposal.
const eth::AbiFunction &quorumVotes()
{
    static const eth::AbiFunction function = eth::AbiFunction::parse(u"quorumVotes()(uint256)").value();
    return function;
}

eth::RpcCall blockCall(const QString &tag)
{
    return {QStringLiteral("eth_getBlockByNumber"), {tag, false}};
}

} // namespace

ChainIndexer::ChainIndexer(eth::ChainSession &chain, cache::CacheDatabase &database,
    const eth::ContractAbi &governorAbi, const eth::ContractAbi &tokenAbi, IndexerSettings settings)
    : m_chain(chain),
      m_writer(database),
      m_decoder(governorAbi, tokenAbi, settings.governor, settings.token, settings.registry, settings.curation),
      m_governorAbi(governorAbi),
      m_settings(settings),
      m_fetcher(chain, m_decoder.addressFilter(), m_decoder.topicFilter(), 16, settings.largestRange)
{
}

Result<std::optional<quint64>> ChainIndexer::findFork(quint64 head)
{
    using R = Result<std::optional<quint64>>;
    auto unfinalized = m_writer.unfinalizedBlocks();
    if (!unfinalized)
        return unfinalized.error();
    QList<QPair<quint64, QString>> stored;
    for (const auto &block : unfinalized.value())
        if (block.first <= head)
            stored.append(block);
    if (stored.isEmpty())
        return std::optional<quint64>();
    QList<eth::RpcCall> calls;
    for (const auto &[number, hash] : stored)
        calls.append(blockCall(quantity(number)));
    auto answers = m_chain.batch(calls);
    if (!answers)
        return answers.error();
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (i >= answers.value().size())
            return R::failure(QStringLiteral("The node answered fewer calls than asked."), ErrorCode::Network);
        const auto &answer = answers.value()[i];
        if (!answer)
            return R::failure(
                QStringLiteral("The node did not return block %1: %2").arg(stored[i].first).arg(answer.message()),
                answer.code());
        // A block with another hash (a reorg), or one a node at this height no longer has.
        const QString hash = answer.value().toObject().value(QLatin1String("hash")).toString();
        if (hash != stored[i].second)
            return std::optional<quint64>(stored[i].first);
    }
    return std::optional<quint64>();
}

Result<SyncReport> ChainIndexer::syncOnce(const std::atomic_bool *cancel, const Progress &progress)
{
    SyncReport report;
    auto heads = m_chain.batch({blockCall(QStringLiteral("latest")), blockCall(QStringLiteral("finalized"))});
    if (!heads)
        return heads.error();
    if (heads.value().isEmpty() || !heads.value()[0])
        return heads.value().isEmpty() ? Error {QStringLiteral("The node sent no head block."), ErrorCode::Network, {}}
                                       : heads.value()[0].error();
    const QJsonObject headBlock = heads.value()[0].value().toObject();
    auto head = eth::quantityToU64(headBlock.value(QLatin1String("number")));
    if (!head)
        return Result<SyncReport>::failure(
            QStringLiteral("The node sent a block without a number."), ErrorCode::Network);
    report.toBlock = head.value();
    const qint64 headTime = qint64(eth::quantityToU64(headBlock.value(QLatin1String("timestamp"))).value_or(0));
    report.finalizedBlock = head.value() > m_settings.confirmations ? head.value() - m_settings.confirmations : 0;
    // A node that knows finality says so; nodes without it (or anvil, which calls genesis final)
    // fall back to the confirmation count.
    if (heads.value().size() > 1 && heads.value()[1] && heads.value()[1].value().isObject()) {
        auto finalized = eth::quantityToU64(heads.value()[1].value().toObject().value(QLatin1String("number")));
        if (finalized && finalized.value() > report.finalizedBlock && finalized.value() <= head.value())
            report.finalizedBlock = finalized.value();
    }

    // A chain that was reset (a devnet started again: same chain id, same contract addresses)
    // has another genesis block; nothing in the cache is about it, so all of it goes.
    if (!m_genesisChecked) {
        auto genesis = m_chain.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("0x0"), false});
        if (!genesis)
            return genesis.error();
        const QString hash = genesis.value().toObject().value(QLatin1String("hash")).toString();
        const QString stored = m_writer.meta(QStringLiteral("genesis_hash"));
        if (!stored.isEmpty() && stored != hash) {
            qCInfo(lcChain) << "the chain was reset (another genesis block): rebuilding the cache";
            if (auto wiped = m_writer.rollbackFrom(0); !wiped)
                return wiped.error();
            report.reorgFrom = 0;
        }
        if (auto saved = m_writer.setMeta(QStringLiteral("genesis_hash"), hash); !saved)
            return saved.error();
        m_genesisChecked = true;
    }

    auto fork = findFork(head.value());
    if (!fork)
        return fork.error();
    if (fork.value()) {
        qCInfo(lcChain) << "reorg: rolling the cache back from block" << *fork.value();
        if (auto rolled = m_writer.rollbackFrom(*fork.value()); !rolled)
            return rolled.error();
        report.reorgFrom = fork.value();
    }

    const std::optional<quint64> synced = m_writer.syncedBlock();
    // A node behind the cache (a lagging member of a load-balanced endpoint, or one that went
    // back to older blocks) proves nothing about the blocks it does not have: the cache is kept,
    // and whether they were replaced is known once the node is past them again.
    if (synced && *synced > head.value())
        return Result<SyncReport>::failure(QStringLiteral("The node is at block %1, behind block %2 that is synced "
                                                          "already: it lags, or it went back to older blocks. The "
                                                          "cache is kept; syncing goes on once the node is past "
                                                          "block %2.")
                                               .arg(head.value())
                                               .arg(*synced),
            ErrorCode::Network);
    report.fromBlock = synced ? *synced + 1 : m_settings.startBlock;
    std::optional<Result<StateRequest>> states;
    if (report.fromBlock <= head.value()) {
        const quint64 finalized = report.finalizedBlock;
        // A first sync writes every event the DAO ever had: the readers' indexes are built once
        // at its end, not row by row (several times faster).
        const bool firstSync = !synced;
        // A first sync killed before its end left them out: they are built before going on.
        if (auto indexed = firstSync ? m_writer.dropSecondaryIndexes() : m_writer.restoreSecondaryIndexes(); !indexed)
            return indexed.error();
        Status fetched = m_fetcher.fetch(
            report.fromBlock, head.value(),
            [decoder = m_decoder](const QList<eth::LogEntry> &logs) -> Result<cache::EventBatch> {
                cache::EventBatch batch;
                for (const eth::LogEntry &log : logs) {
                    if (auto added = decoder.add(log, batch); !added)
                        return added.error();
                }
                return batch;
            },
            [&](quint64, quint64 to, cache::EventBatch &batch) -> Status {
                batch.toBlock = to;
                // Only hashes of blocks that can still be replaced are worth keeping; the range's
                // last block is kept too, so a reorg without our events is noticed as well.
                for (auto it = batch.blockHashes.begin(); it != batch.blockHashes.end();)
                    it = it.key() <= finalized ? batch.blockHashes.erase(it) : std::next(it);
                if (to > finalized) {
                    const QString tag = quantity(to);
                    auto block = to == head.value()
                        ? Result<QJsonValue>(headBlock)
                        : m_chain.call(QStringLiteral("eth_getBlockByNumber"), {tag, false});
                    if (!block)
                        return block.error();
                    batch.blockHashes.insert(to, block.value().toObject().value(QLatin1String("hash")).toString());
                }
                if (auto timed = addBlockTimes(batch, head.value(), headTime); !timed)
                    return timed;
                if (auto applied = m_writer.apply(batch); !applied)
                    return applied;
                report.events += batch.eventCount();
                if (progress)
                    progress(to, head.value(), report.events);
                return success();
            },
            cancel);
        report.rangeSize = m_fetcher.rangeSize();
        if (firstSync) {
            // The node works out the proposals' states while the indexes are built.
            if (fetched)
                states = askStates(head.value());
            // Stopped or not: what was stored is read through them (a kill -9 here leaves it
            // to the next sync).
            if (auto restored = m_writer.restoreSecondaryIndexes(); !restored && fetched)
                return restored.error();
        }
        if (!fetched)
            return fetched.error();
    }
    if (auto pruned = m_writer.pruneBlockHashes(report.finalizedBlock); !pruned)
        return pruned.error();
    // The head and its time let views count down in blocks and in time.
    if (auto stored = m_writer.setMeta(QStringLiteral("head_block"), QString::number(head.value())); !stored)
        return stored.error();
    if (auto time = eth::quantityToU64(headBlock.value(QLatin1String("timestamp")))) {
        if (auto stored = m_writer.setMeta(QStringLiteral("head_time"), QString::number(time.value())); !stored)
            return stored.error();
    }
    // The start block's time too, once: with the head's it gives the chain's seconds per block.
    if (m_writer.meta(QStringLiteral("start_time")).isEmpty()) {
        auto start = m_chain.call(QStringLiteral("eth_getBlockByNumber"), {quantity(m_settings.startBlock), false});
        auto time = start ? eth::quantityToU64(start.value().toObject().value(QLatin1String("timestamp")))
                          : Result<quint64>(start.error());
        if (time) {
            if (auto stored = m_writer.setMeta(QStringLiteral("start_time"), QString::number(time.value())); !stored)
                return stored.error();
            if (auto stored = m_writer.setMeta(QStringLiteral("start_block"), QString::number(m_settings.startBlock));
                !stored)
                return stored.error();
        }
    }
    if (!states)
        states = askStates(head.value());
    if (!*states)
        return states->error();
    if (auto stored = storeStates(states->value()); !stored)
        return stored.error();
    if (auto stored = storeCurationState(); !stored)
        return stored.error();
    return report;
}

Status ChainIndexer::addBlockTimes(cache::EventBatch &batch, quint64 head, qint64 headTime)
{
    QList<quint64> blocks;
    for (const cache::DatasetEventRecord &e : batch.datasetEvents) {
        if (e.at.block != head && (blocks.isEmpty() || blocks.last() != e.at.block))
            blocks.append(e.at.block); // events come in block order
    }
    QList<eth::RpcCall> calls;
    for (quint64 block : blocks)
        calls.append(blockCall(quantity(block)));
    QHash<quint64, qint64> times {{head, headTime}};
    if (!calls.isEmpty()) {
        auto answers = m_chain.batch(calls);
        if (!answers)
            return answers.error();
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const bool answered = i < answers.value().size() && answers.value()[i];
            auto time = answered
                ? eth::quantityToU64(answers.value()[i].value().toObject().value(QLatin1String("timestamp")))
                : Result<quint64>::failure(QString(), ErrorCode::Network);
            if (!time)
                return Status::failure(
                    QStringLiteral("The node did not give the time of block %1.").arg(blocks[i]), ErrorCode::Network);
            times.insert(blocks[i], qint64(time.value()));
        }
    }
    for (cache::DatasetEventRecord &e : batch.datasetEvents)
        e.time = times.value(e.at.block);
    return success();
}

Status ChainIndexer::storeCurationState()
{
    if (m_settings.curation.isZero())
        return success();
    static const eth::ContractAbi abi = eth::ContractAbi::embedded(QStringLiteral("DatasetCuration")).value();
    auto call = [&](const QString &function) {
        return eth::RpcCall {QStringLiteral("eth_call"),
            {QJsonObject {{QStringLiteral("to"), m_settings.curation.toChecksumString()},
                 {QStringLiteral("data"), toHex(abi.encodeCall(function, {}).value())}},
                QStringLiteral("latest")}};
    };
    auto answers = m_chain.batch({call(QStringLiteral("parameters")), call(QStringLiteral("pool"))});
    if (!answers)
        return answers.error();
    auto decoded = [&](qsizetype i, const QString &function) -> Result<eth::AbiValue::List> {
        if (i >= answers.value().size() || !answers.value()[i])
            return Result<eth::AbiValue::List>::failure(
                QStringLiteral("The node did not answer the curation contract's %1().").arg(function),
                ErrorCode::Network);
        auto bytes = fromHex(answers.value()[i].value().toString());
        if (!bytes)
            return bytes.error();
        return abi.decodeResult(function, bytes.value());
    };
    auto parameters = decoded(0, QStringLiteral("parameters"));
    auto pool = decoded(1, QStringLiteral("pool"));
    if (!parameters)
        return parameters.error();
    if (!pool)
        return pool.error();
    const eth::AbiValue::List &p = parameters.value();
    if (p.size() < 8 || pool.value().empty())
        return Status::failure(QStringLiteral("The curation contract's parameters() has another shape than expected."),
            ErrorCode::Network);
    const QJsonObject rules {{QStringLiteral("quorum"), double(p[0].asNumber().low64())},
        {QStringLiteral("reviewPeriod"), double(p[1].asNumber().low64())},
        {QStringLiteral("reward"), p[2].asNumber().toDecimal()},
        {QStringLiteral("reviewFee"), p[3].asNumber().toDecimal()},
        {QStringLiteral("slashCapBasisPoints"), double(p[4].asNumber().low64())},
        {QStringLiteral("appealWindow"), double(p[5].asNumber().low64())},
        {QStringLiteral("appealDeposit"), p[6].asNumber().toDecimal()},
        {QStringLiteral("challengeDeposit"), p[7].asNumber().toDecimal()},
        {QStringLiteral("pool"), pool.value()[0].asNumber().toDecimal()}};
    return m_writer.setMeta(
        QStringLiteral("curation"), QString::fromUtf8(QJsonDocument(rules).toJson(QJsonDocument::Compact)));
}

Result<ChainIndexer::StateRequest> ChainIndexer::askStates(quint64 head)
{
    auto open = m_writer.openProposals();
    if (!open)
        return open.error();
    StateRequest request;
    request.open = open.value();
    if (request.open.isEmpty())
        return request;
    QList<eth::RpcCall> calls;
    auto callData = [&](const QByteArray &data) {
        calls.append({QStringLiteral("eth_call"),
            {QJsonObject {
                 {QStringLiteral("to"), m_settings.governor.toChecksumString()}, {QStringLiteral("data"), toHex(data)}},
                QStringLiteral("latest")}});
    };
    auto call = [&](const QString &function, const eth::AbiValue::List &args) {
        callData(m_governorAbi.encodeCall(function, args).value());
    };
    QList<bool> &asksQuorum = request.asksQuorum;
    for (const auto &p : request.open) {
        call(QStringLiteral("state"), {eth::AbiValue::number(p.id)});
        // quorum(timepoint) needs a past timepoint: known once the snapshot block is behind us.
        const bool ask = !p.quorumKnown && p.voteStart < head;
        asksQuorum.append(ask);
        if (ask && m_settings.fixedQuorum)
            callData(quorumVotes().selector());
        else if (ask)
            call(QStringLiteral("quorum"), {eth::AbiValue::number(eth::UInt256(p.voteStart))});
    }
    request.answers = m_chain.batchLater(calls);
    return request;
}

Status ChainIndexer::storeStates(StateRequest &request)
{
    if (request.open.isEmpty())
        return success();
    request.answers.waitForFinished();
    const auto answers = request.answers.result();
    if (!answers)
        return answers.error();
    auto decoded = [&](qsizetype i, const QString &function) -> std::optional<eth::UInt256> {
        if (i >= answers.value().size() || !answers.value()[i])
            return std::nullopt;
        auto bytes = fromHex(answers.value()[i].value().toString());
        if (!bytes)
            return std::nullopt;
        // Both answers are one uint256 word.
        auto values = function == QLatin1String("quorumVotes") ? eth::abi::decode(quorumVotes().outputs, bytes.value())
                                                               : m_governorAbi.decodeResult(function, bytes.value());
        if (!values || values.value().empty())
            return std::nullopt;
        return values.value()[0].asNumber();
    };
    QList<cache::ProposalChainState> states;
    qsizetype i = 0;
    for (qsizetype p = 0; p < request.open.size(); ++p) {
        cache::ProposalChainState s;
        s.id = request.open[p].id;
        auto state = decoded(i++, QStringLiteral("state"));
        s.state = state ? cache::ProposalState(int(state->low64())) : cache::ProposalState::Unknown;
        if (request.asksQuorum[p])
            s.quorum = decoded(i++, m_settings.fixedQuorum ? QStringLiteral("quorumVotes") : QStringLiteral("quorum"));
        states.append(s);
    }
    return m_writer.setStates(states);
}

} // namespace dd::sync
