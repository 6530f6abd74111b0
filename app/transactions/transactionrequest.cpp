#include "transactions/transactionrequest.h"

namespace dd::app {

void TransactionRequest::finish(const eth::Receipt &receipt)
{
    if (m_ended)
        return;
    m_ended = true;
    emit mined(receipt);
    deleteLater();
}

void TransactionRequest::fail(const QString &message)
{
    if (m_ended)
        return;
    m_ended = true;
    emit failed(message);
    deleteLater();
}

} // namespace dd::app
