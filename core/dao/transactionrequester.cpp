#include "dao/transactionrequester.h"

namespace dd::dao {

Result<QList<eth::Receipt>> sendInOrder(TransactionRequester &requester, const QList<TransactionAsk> &asks,
    const SequenceStep &step, const std::atomic_bool *cancel)
{
    QList<eth::Receipt> receipts;
    for (qsizetype i = 0; i < asks.size(); ++i) {
        if (cancel && *cancel)
            return Result<QList<eth::Receipt>>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        if (step)
            step(int(i), int(asks.size()), asks[i]);
        auto receipt = requester.send(asks[i], cancel);
        if (!receipt) {
            // One of several: say which, so "declined" or a revert is not read as the whole.
            if (asks.size() == 1)
                return receipt.error();
            return Error {QStringLiteral("%1: %2").arg(asks[i].summary, receipt.message()), receipt.code(), {}};
        }
        receipts.append(receipt.value());
    }
    return receipts;
}

} // namespace dd::dao
