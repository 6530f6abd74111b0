#include "sync/logfetcher.h"

#include "common/logging.h"
#include "eth/uint256.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <deque>
#include <iterator>

namespace dd::sync {

namespace {

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

Status LogFetcher::fetch(quint64 from, quint64 to, const RangeHandler &handler, const std::atomic_bool *cancel)
{
    struct Request {
        quint64 from = 0;
        quint64 to = 0;
        QElapsedTimer timer;
        QFuture<Result<QList<eth::LogEntry>>> answer;
    };
    if (from > to)
        return success();
    // A catch-up (not the few blocks of a poll) ends in ranges that split what is left among
    // the requests in flight: the node prepares them side by side, and the densest stretch
    // (which no range size can foresee) does not arrive as one answer after all the others.
    const bool catchingUp = to - from + 1 >= splitSpan;
    auto ask = [this, to, catchingUp](quint64 start, quint64 end) {
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
        r.answer = m_chain.getLogsLater(filter);
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
        const Result<QList<eth::LogEntry>> logs = current.answer.result();
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
        const QList<eth::LogEntry> &array = logs.value();
        // Fast and light: ask for more next time (within what nodes commonly allow); heavy: less.
        if (m_range == m_ceiling && ++m_successesAtCeiling >= 100) {
            m_ceiling = m_largest; // the refusal may have been passing: try wider again
            m_successesAtCeiling = 0;
        }
        // Heavy: the next range is sized for half a heavy answer at this density, so a dense
        // stretch comes in several answers, each handled while the node prepares the next.
        if (array.size() > heavyAnswer && span > 1)
            m_range = std::max<quint64>(1, span * quint64(heavyAnswer / 2) / quint64(array.size()));
        else if (elapsed < 1000 && span == m_range && array.size() < heavyAnswer / 8)
            m_range = std::min(m_ceiling, m_range * 4);
        else if (elapsed < 1000 && span == m_range && array.size() < heavyAnswer / 2)
            m_range = std::min(m_ceiling, m_range * 2);
        const quint64 handledFrom = current.from;
        const quint64 handledTo = current.to;
        window.pop_front();
        fill(); // the next ranges are asked for before this one is handled
        if (auto handled = handler(handledFrom, handledTo, array); !handled) {
            settle();
            return handled;
        }
    }
    return success();
}

} // namespace dd::sync
