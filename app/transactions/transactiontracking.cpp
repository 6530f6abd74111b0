#include "transactions/transactiontracking.h"

#include "network/chaincontroller.h"

#include "common/executor.h"

namespace dd::app {

TransactionTracking::TransactionTracking(
    Executor &executor, dao::TransactionJournal &journal, ChainController &chain, QObject *parent)
    : QObject(parent), m_executor(executor), m_journal(journal), m_chain(chain)
{
    connect(&m_chain, &ChainController::statusChanged, this, &TransactionTracking::onChainStatus);
    connect(&m_chain, &ChainController::profileChanged, this, [this] { m_lastBlock = -1; });
}

void TransactionTracking::onChainStatus()
{
    if (!m_chain.connected() || m_chain.blockNumber() == m_lastBlock)
        return;
    m_lastBlock = m_chain.blockNumber();
    checkNow();
}

void TransactionTracking::checkNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    if (!m_chain.client() || !m_chain.profile())
        return;
    m_running = true;
    m_again = false;
    eth::JsonRpcClient *client = m_chain.client();
    dao::TransactionJournal *journal = &m_journal;
    const quint64 chainId = m_chain.profile()->chainId;
    const bool started = m_executor.submit(
        this,
        [client, journal, chainId] {
            eth::ChainSession chain(*client, std::chrono::seconds(30));
            return dao::TransactionTracker(chain, *journal).reconcile(chainId);
        },
        [this](const Result<QList<dao::TrackedChange>> &changes) {
            m_running = false;
            setError(changes ? QString() : tr("Pending transactions could not be checked: %1").arg(changes.message()));
            if (changes && !changes.value().isEmpty()) {
                for (const dao::TrackedChange &change : changes.value())
                    emit settled(change);
                emit journalChanged();
                m_chain.refresh(); // balances moved
            }
            if (m_again)
                checkNow();
        });
    if (!started)
        m_running = false;
}

void TransactionTracking::setError(const QString &error)
{
    if (error == m_error)
        return;
    m_error = error;
    emit errorChanged();
}

} // namespace dd::app
