#pragma once

// LogFetcher: eth_getLogs over a block span in adaptive ranges. Public nodes cap a query's
// block range or result count and say so with an error (or time out); the fetcher halves the
// range and asks again, and does not grow past half the refused size again (for a hundred ranges,
// then it tries once more). It starts small (initialRange): when a range answers quickly with
// few logs the next one is two or four times as wide, so a sparse span is covered in a few
// steps, and a dense one does not come in a single answer that nothing overlaps.
// Each range's logs are decoded on a worker thread, then go to the caller in order, so the caller can store them (and
// the point it reached) in one transaction; up to maxInFlight ranges are asked for at once, so while the caller stores
// one the node prepares the next ones (the node and the app work at the same time). A range that returns many logs
// makes the next one smaller, and a catch-up splits what is left among the requests in flight, so that overlap exists
// even where the blocks at the end are full of events.

#include "cache/governancerecords.h"
#include "common/result.h"
#include "eth/chainsession.h"

#include <QJsonArray>
#include <QList>

#include <atomic>
#include <functional>

namespace dd::sync {

class LogFetcher {
public:
    // Turns a range's logs into cache records. It runs on a worker thread as soon as the range is
    // answered, side by side with the handler storing the range before it, so it must only read
    // what it captures (the fetcher keeps a copy until the last answer is decoded).
    using Decode = std::function<Result<cache::EventBatch>(const QList<eth::LogEntry> &logs)>;
    // Stores a range's records, in block order, on the caller's thread.
    using RangeHandler = std::function<Status(quint64 from, quint64 to, cache::EventBatch &batch)>;

    // largestRange: never ask for more blocks at once (a node's documented limit, or a test's).
    LogFetcher(eth::ChainSession &chain, QJsonArray addresses, QJsonArray topics, quint64 initialRange = 16,
        quint64 largestRange = maxRange);

    // Stops at the first error (the node's, after the range is down to one block, or the
    // handler's) and returns it; ranges handled before it stay handled.
    Status fetch(
        quint64 from, quint64 to, Decode decode, const RangeHandler &handler, const std::atomic_bool *cancel = nullptr);
    quint64 rangeSize() const { return m_range; }
    int shrinks() const { return m_shrinks; }

    static constexpr quint64 maxRange = 500000;
    // More logs than this in one answer: the next range is halved.
    static constexpr qsizetype heavyAnswer = 5000;
    // Requests in flight at once (HTTP/1.1 connections; a node answers them side by side).
    static constexpr size_t maxInFlight = 4;
    // A span of at least this many blocks is a catch-up, whose last ranges split what is left.
    static constexpr quint64 splitSpan = 64;

private:
    eth::ChainSession &m_chain;
    QJsonArray m_addresses;
    QJsonArray m_topics;
    quint64 m_range;
    quint64 m_largest;
    quint64 m_ceiling;
    int m_successesAtCeiling = 0;
    int m_shrinks = 0;
};

} // namespace dd::sync
