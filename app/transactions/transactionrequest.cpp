#include "transactions/transactionrequest.h"

namespace dd::app {

bool TransactionRequest::end()
{
    if (m_ended)
        return false;
    m_ended = true;
    deleteLater();
    return true;
}

void TransactionRequest::finish(const eth::Receipt &receipt)
{
    if (end())
        emit mined(receipt);
}

void TransactionRequest::finishSigned(const QString &words)
{
    if (end())
        emit signedOnly(words);
}

void TransactionRequest::fail(const QString &message)
{
    if (end())
        emit failed(message);
}

} // namespace dd::app
