#include "sync/logfetcher.h"

#include "common/logging.h"
#include "eth/uint256.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <optional>

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
        QFuture<Result<QJsonValue>> answer;
    };
    auto ask = [this, to](quint64 start) {
        Request r;
        r.from = start;
        r.to = std::min(to, start + m_range - 1);
        QJsonObject filter {{QStringLiteral("fromBlock"), quantity(r.from)},
            {QStringLiteral("toBlock"), quantity(r.to)}, {QStringLiteral("address"), m_addresses},
            {QStringLiteral("topics"), m_topics}};
        r.timer.start();
        r.answer = m_chain.callLater(QStringLiteral("eth_getLogs"), {filter});
        return r;
    };
    if (from > to)
        return success();
    Request current = ask(from);
    while (true) {
        if (cancel && cancel->load())
            return Status::failure(QStringLiteral("Sync was stopped."), ErrorCode::Cancelled);
        current.answer.waitForFinished();
        const Result<QJsonValue> logs = current.answer.result();
        const qint64 elapsed = current.timer.elapsed();
        if (!logs || !logs.value().isArray()) {
            // A refusal (too many blocks or results) or a timeout may pass with a smaller range; an
            // unreachable node will not.
            const bool refused
                = !logs && (logs.code() == ErrorCode::Rpc || logs.message().contains(QLatin1String("did not answer")));
            if ((refused || logs) && m_range > 1) {
                m_range = std::max<quint64>(1, std::min(m_range, current.to - current.from + 1) / 2);
                m_ceiling = m_range;
                m_successesAtCeiling = 0;
                ++m_shrinks;
                qCInfo(lcChain) << "eth_getLogs range shrinks to" << m_range << (logs ? QString() : logs.message());
                current = ask(current.from);
                continue;
            }
            return logs ? Status::failure(QStringLiteral("The node answered eth_getLogs with something other than a "
                                                         "list of logs."),
                       ErrorCode::Network)
                        : Status(logs.error());
        }
        const QJsonArray array = logs.value().toArray();
        const quint64 span = current.to - current.from + 1;
        // Fast and light: ask for more next time (within what nodes commonly allow); heavy: less.
        if (m_range == m_ceiling && ++m_successesAtCeiling >= 100) {
            m_ceiling = m_largest; // the refusal may have been passing: try wider again
            m_successesAtCeiling = 0;
        }
        if (array.size() > heavyAnswer && span > 1)
            m_range = std::max<quint64>(1, span / 2);
        else if (elapsed < 1000 && array.size() < heavyAnswer / 2 && span == m_range)
            m_range = std::min(m_ceiling, m_range * 2);
        // The next range is asked for before this one is handled.
        const bool more = current.to < to;
        const quint64 handledFrom = current.from;
        const quint64 handledTo = current.to;
        std::optional<Request> next;
        if (more)
            next = ask(handledTo + 1);
        if (auto handled = handler(handledFrom, handledTo, array); !handled) {
            if (next)
                next->answer.waitForFinished(); // nothing may outlive the handler's caller
            return handled;
        }
        if (!next)
            return success();
        current = std::move(*next);
    }
}

} // namespace dd::sync
