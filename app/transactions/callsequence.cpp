#include "transactions/callsequence.h"

#include "transactions/transactioncontroller.h"

namespace dd::app {

CallSequence::CallSequence(
    TransactionController &transactions, QString from, QList<SequencedCall> calls, QObject *parent)
    : QObject(parent), m_transactions(transactions), m_from(std::move(from)), m_calls(std::move(calls))
{
    connect(&m_transactions, &TransactionController::changed, this, &CallSequence::onStage);
    connect(&m_transactions, &TransactionController::confirmed, this, [this](const QString &, const QJsonArray &logs) {
        if (m_waiting)
            m_logs = logs;
    });
}

void CallSequence::start()
{
    m_index = -1;
    next();
}

void CallSequence::next()
{
    ++m_index;
    if (m_index >= m_calls.size()) {
        m_done = true;
        m_waiting = false;
        emit finished(true, QString(), m_logs);
        return;
    }
    emit stepStarted(m_index, int(m_calls.size()), m_calls[m_index].summary);
    m_waiting = true; // the request moves the sheet to "preparing" first, so its old "done" is not read as ours
    m_transactions.requestCall(m_from, m_calls[m_index].request, m_calls[m_index].summary);
}

void CallSequence::onStage()
{
    if (!m_waiting || m_done)
        return;
    const QString stage = m_transactions.stage();
    if (stage == QLatin1String("done")) {
        m_waiting = false;
        // After the sheet has shown its result: the next request replaces it.
        QMetaObject::invokeMethod(this, &CallSequence::next, Qt::QueuedConnection);
    } else if (stage == QLatin1String("failed")) {
        m_waiting = false;
        m_done = true;
        emit finished(false, m_transactions.message(), {});
    } else if (stage == QLatin1String("idle")) {
        m_waiting = false;
        m_done = true;
        emit finished(
            false, tr("The confirmation was closed before \"%1\" was sent.").arg(m_calls[m_index].summary), {});
    }
}

} // namespace dd::app
