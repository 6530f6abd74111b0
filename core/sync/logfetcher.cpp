#include "sync/logfetcher.h"

#include "common/logging.h"
#include "eth/uint256.h"

#include <QElapsedTimer>
#include <QJsonObject>

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
    quint64 next = from;
    while (next <= to) {
        if (cancel && cancel->load())
            return Status::failure(QStringLiteral("Sync was stopped."), ErrorCode::Cancelled);
        const quint64 end = std::min(to, next + m_range - 1);
        QJsonObject filter {{QStringLiteral("fromBlock"), quantity(next)}, {QStringLiteral("toBlock"), quantity(end)},
            {QStringLiteral("address"), m_addresses}, {QStringLiteral("topics"), m_topics}};
        QElapsedTimer timer;
        timer.start();
        auto logs = m_chain.call(QStringLiteral("eth_getLogs"), {filter});
        if (!logs || !logs.value().isArray()) {
            // A refusal (too many blocks or results) or a timeout may pass with a smaller range; an
            // unreachable node will not.
            const bool refused
                = !logs && (logs.code() == ErrorCode::Rpc || logs.message().contains(QLatin1String("did not answer")));
            if ((refused || logs) && m_range > 1) {
                // A node that refuses a range (too many blocks or results) or times out on it.
                m_range = std::max<quint64>(1, m_range / 2);
                m_ceiling = m_range;
                m_successesAtCeiling = 0;
                ++m_shrinks;
                qCInfo(lcChain) << "eth_getLogs range shrinks to" << m_range << (logs ? QString() : logs.message());
                continue;
            }
            return logs ? Status::failure(QStringLiteral("The node answered eth_getLogs with something other than a "
                                                         "list of logs."),
                       ErrorCode::Network)
                        : Status(logs.error());
        }
        if (auto handled = handler(next, end, logs.value().toArray()); !handled)
            return handled;
        // Fast and light: ask for more next time (within what nodes commonly allow).
        if (m_range == m_ceiling && ++m_successesAtCeiling >= 100) {
            m_ceiling = m_largest; // the refusal may have been passing: try wider again
            m_successesAtCeiling = 0;
        }
        if (timer.elapsed() < 1000 && logs.value().toArray().size() < 5000 && end - next + 1 == m_range)
            m_range = std::min(m_ceiling, m_range * 2);
        next = end + 1;
    }
    return success();
}

} // namespace dd::sync
