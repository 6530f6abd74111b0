#include "dao/transactiontracker.h"

#include "common/hex.h"
#include "common/logging.h"

namespace dd::dao {

TransactionTracker::TransactionTracker(eth::ChainSession &chain, TransactionJournal &journal)
    : m_chain(chain), m_journal(journal)
{
}

Result<QList<TrackedChange>> TransactionTracker::reconcile(quint64 chainId)
{
    auto entries = m_journal.unsettled(chainId);
    if (!entries)
        return entries.error();
    if (entries.value().isEmpty())
        return QList<TrackedChange>();
    auto open = m_chain.chainId();
    if (!open)
        return open.error();
    if (open.value() != chainId)
        return Result<QList<TrackedChange>>::failure(
            QStringLiteral("The node is on chain %1, not chain %2: pending transactions were not checked.")
                .arg(open.value())
                .arg(chainId),
            ErrorCode::WrongNetwork);
    QList<TrackedChange> changes;
    for (const JournalEntry &entry : entries.value()) {
        auto change = check(entry);
        if (!change)
            return change.error();
        if (!change.value())
            continue;
        const TrackedChange &c = *change.value();
        if (auto saved = m_journal.setStatus(entry.hash, c.status, c.block,
                c.status == QLatin1String("mined") || c.status == QLatin1String("pending") ? QString() : c.note);
            !saved)
            return saved.error();
        qCInfo(lcChain) << "journal" << entry.hash << c.status;
        changes.append(c);
    }
    return changes;
}

Result<std::optional<TrackedChange>> TransactionTracker::check(const JournalEntry &entry)
{
    using Change = std::optional<TrackedChange>;
    const QByteArray hash = fromHex(entry.hash).value();
    auto settled = [&]() -> Result<Change> {
        auto receipt = m_chain.receipt(hash);
        if (!receipt)
            return receipt.error();
        if (!receipt.value())
            return Change();
        const quint64 block = receipt.value()->blockNumber;
        return Change(receipt.value()->success
                ? TrackedChange {entry.hash, QStringLiteral("mined"), tr("Mined in block %1").arg(block), block,
                    receipt.value()}
                : TrackedChange {entry.hash, QStringLiteral("reverted"),
                    tr("Mined but reverted in block %1").arg(block), block, receipt.value()});
    };
    auto mined = settled();
    if (!mined || mined.value())
        return mined;
    auto known = m_chain.knowsTransaction(hash);
    if (!known)
        return known.error();
    if (known.value()) {
        if (entry.status == QLatin1String("pending"))
            return Change();
        return Change(TrackedChange {entry.hash, QStringLiteral("pending"), tr("Waiting to be mined")});
    }
    auto used = m_chain.minedNonce(entry.sender);
    if (!used)
        return used.error();
    if (used.value() > entry.nonce) {
        // It may have been mined a moment ago, between the two questions.
        auto late = settled();
        if (!late || late.value())
            return late;
        return Change(TrackedChange {entry.hash, QStringLiteral("replaced"),
            tr("Another transaction with nonce %1 from this account was mined instead.").arg(entry.nonce.toDecimal())});
    }
    auto resent = m_chain.sendRaw(entry.raw);
    if (!resent) {
        if (resent.code() != ErrorCode::Rpc)
            return resent.error(); // the node is unreachable: decide nothing
        return Change(TrackedChange {entry.hash, QStringLiteral("dropped"),
            tr("The node dropped it and refuses it again: %1").arg(resent.message())});
    }
    return Change(TrackedChange {entry.hash, QStringLiteral("pending"),
        entry.status == QLatin1String("signed") ? tr("Sent (it had been signed but not sent)")
                                                : tr("Sent again (the node had dropped it)")});
}

} // namespace dd::dao
