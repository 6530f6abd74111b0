#include "sync/logfetcher.h"

#include "common/logging.h"
#include "eth/uint256.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QThreadPool>

#include <deque>
#include <iterator>

namespace dd::sync {

namespace {

// One thread that decodes answers, for the whole process: not the global pool, where a caller
// that waits (a sync run with QtConcurrent) could keep its own decoding from running; and not
// the fetcher's, since an answer can still come in after a stopped fetcher is gone.
QThreadPool &decodeThread()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // never destroyed: answers may come in until the process ends
        p->setMaxThreadCount(1);
        return p;
    }();
    return *pool;
}

QString quantity(quint64 n)
{
    return QStringLiteral("0x%1").arg(n, 0, 16);
}

} // namespace

LogFetcher::LogFetcher(
    eth::ChainSession &chain, QJsonArray addresses, QJsonArray topics, quint64 initialRange, quint64 largestRange)
    : m_chain(chain),
      m_addresses(std::move(addresses)),
      m_topics(std::move(topics)),
      m_range(std::max<quint64>(1, std::min(initialRange, largestRange))),
      m_largest(std::max<quint64>(1, largestRange)),
      m_ceiling(m_largest)
{
}

Status LogFetcher::fetch(
    quint64 from, quint64 to, Decode decode, const RangeHandler &handler, const std::atomic_bool *cancel)
{
    struct Decoded {
        qsizetype logs = 0;
        Result<cache::EventBatch> batch;
    };
    struct Request {
        quint64 from = 0;
        quint64 to = 0;
        QElapsedTimer timer;
        QFuture<Result<Decoded>> answer; // the node's error, or the logs decoded
    };
    // Shared with the continuations: one may still run after a cancelled fetch returned.
    const auto decoder = std::make_shared<const Decode>(std::move(decode));
    if (from > to)
        return success();
    // A catch-up (not the few blocks of a poll) ends in ranges that split what is left among
    // the requests in flight: the node prepares them side by side, and the densest stretch
    // (which no range size can foresee) does not arrive as one answer after all the others.
    const bool catchingUp = to - from + 1 >= splitSpan;
    auto ask = [this, to, catchingUp, decoder](quint64 start, quint64 end) {
        Request r;
        r.from = start;
        quint64 size = m_range;
        if (catchingUp)
            size = std::max<quint64>(1, std::min(size, (to - start + 1) / maxInFlight));
        r.to = std::min({end, to, start + size - 1});
        QJsonObject filter {{QStringLiteral("fromBlock"), quantity(r.from)},
            {QStringLiteral("toBlock"), quantity(r.to)}, {QStringLiteral("address"), m_addresses},
            {QStringLiteral("topics"), m_topics}};
        r.timer.start();
        r.answer = m_chain.getLogsLater(filter).then(
            &decodeThread(), [decoder](const Result<QList<eth::LogEntry>> &logs) -> Result<Decoded> {
                if (!logs)
                    return logs.error();
                return Decoded {logs.value().size(), (*decoder)(logs.value())};
            });
        return r;
    };
    std::deque<Request> window; // consecutive ranges, the oldest first
    quint64 nextFrom = from; // the first block no request in the window covers
    auto fill = [&] {
        while (window.size() < maxInFlight && nextFrom <= to) {
            window.push_back(ask(nextFrom, to));
            nextFrom = window.back().to + 1;
        }
    };
    auto settle = [&] { // nothing in flight outlives the call
        for (Request &r : window)
            r.answer.waitForFinished();
    };
    fill();
    while (!window.empty()) {
        if (cancel && cancel->load())
            return Status::failure(QStringLiteral("Sync was stopped."), ErrorCode::Cancelled);
        Request &current = window.front();
        current.answer.waitForFinished();
        const Result<Decoded> logs = current.answer.result();
        const qint64 elapsed = current.timer.elapsed();
        const quint64 span = current.to - current.from + 1;
        if (!logs) {
            // A refusal (too many blocks or results) or a timeout may pass with a smaller range; an
            // unreachable node will not.
            const bool refused
                = logs.code() == ErrorCode::Rpc || logs.message().contains(QLatin1String("did not answer"));
            if (refused && m_range > 1 && span > 1) {
                m_range = std::max<quint64>(1, std::min(m_range, span) / 2);
                m_ceiling = m_range;
                m_successesAtCeiling = 0;
                ++m_shrinks;
                qCInfo(lcChain) << "eth_getLogs range shrinks to" << m_range << logs.message();
                // The refused range is asked again in pieces, ahead of the rest of the window.
                const quint64 refusedFrom = current.from;
                const quint64 refusedTo = current.to;
                window.pop_front();
                std::deque<Request> pieces;
                for (quint64 at = refusedFrom; at <= refusedTo; at = pieces.back().to + 1)
                    pieces.push_back(ask(at, refusedTo));
                window.insert(
                    window.begin(), std::make_move_iterator(pieces.begin()), std::make_move_iterator(pieces.end()));
                continue;
            }
            settle();
            return Status(logs.error());
        }
        const qsizetype logCount = logs.value().logs;
        // Fast and light: ask for more next time (within what nodes commonly allow); heavy: less.
        if (m_range == m_ceiling && ++m_successesAtCeiling >= 100) {
            m_ceiling = m_largest; // the refusal may have been passing: try wider again
            m_successesAtCeiling = 0;
        }
        // Heavy: the next range is sized for half a heavy answer at this density, so a dense
        // stretch comes in several answers, each handled while the node prepares the next.
        if (logCount > heavyAnswer && span > 1)
            m_range = std::max<quint64>(1, span * quint64(heavyAnswer / 2) / quint64(logCount));
        else if (elapsed < 1000 && span == m_range && logCount < heavyAnswer / 8)
            m_range = std::min(m_ceiling, m_range * 4);
        else if (elapsed < 1000 && span == m_range && logCount < heavyAnswer / 2)
            m_range = std::min(m_ceiling, m_range * 2);
        const quint64 handledFrom = current.from;
        const quint64 handledTo = current.to;
        window.pop_front();
        fill(); // the next ranges are asked for before this one is handled
        if (!logs.value().batch) {
            settle();
            return Status(logs.value().batch.error());
        }
        cache::EventBatch batch = logs.value().batch.value(); // its lists are shared, not copied
        if (auto handled = handler(handledFrom, handledTo, batch); !handled) {
            settle();
            return handled;
        }
    }
    return success();
}

} // namespace dd::sync
