#include "dao/transactionservice.h"

#include "common/hex.h"
#include "common/logging.h"
#include "dao/transactiontracker.h"
#include "dao/votewords.h"
#include "eth/abicodec.h"
#include "eth/abitext.h"
#include "eth/units.h"

namespace dd::dao {

namespace {

// After the send, the row (with its raw bytes) already exists; a failed status update is
// logged, and the next sync corrects it from the chain.
void noteStatus(TransactionJournal &journal, const QString &hash, const QString &status, quint64 block = 0,
    const QString &error = QString())
{
    if (auto updated = journal.setStatus(hash, status, block, error); !updated)
        qCWarning(lcChain) << updated.message();
}

// Arguments in the member's words, the raw value beside them (ERC-7730 clear signing): what the
// app knows an id, address or role as, an ERC-20 amount in tokens (18 decimals), a Governor
// vote's support as For, Against or Abstain.
QString describeArgument(
    const eth::AbiType &type, const eth::AbiValue &value, const QString &tokenSymbol, const KnownNames &names)
{
    const QString raw = eth::abitext::format(type, value);
    if (const QString name = names.nameOf(type, value); !name.isEmpty())
        return QStringLiteral("%1  (%2)").arg(name, raw);
    if (type.kind == eth::AbiType::Kind::Uint && type.name == QLatin1String("support")) {
        const eth::UInt256 support = value.asNumber();
        const QString word = support <= eth::UInt256(quint64(2)) ? supportLabel(int(support.low64())) : QString();
        return word.isEmpty() ? raw : QStringLiteral("%1  (%2)").arg(word, raw);
    }
    const bool amount = type.kind == eth::AbiType::Kind::Uint
        && (type.name == QLatin1String("value") || type.name == QLatin1String("amount"));
    if (tokenSymbol.isEmpty() || !amount)
        return raw;
    return QStringLiteral("%1 %2  (%3)").arg(eth::formatUnits(value.asNumber(), 18), tokenSymbol, raw);
}

} // namespace

TransactionService::TransactionService(eth::JsonRpcClient &client, TransactionSigner &signer,
    TransactionJournal &journal, QString networkName, quint64 expectedChainId, QString nativeSymbol,
    std::chrono::milliseconds receiptTimeout)
    : m_chain(client, receiptTimeout),
      m_signer(signer),
      m_journal(journal),
      m_networkName(std::move(networkName)),
      m_expectedChainId(expectedChainId),
      m_nativeSymbol(std::move(nativeSymbol))
{
}

Result<PreparedTransaction> TransactionService::prepare(const crypto::Address &from, const eth::TxRequest &request,
    const QString &summary, const QString &contractName, const QString &tokenSymbol, const KnownNames &names)
{
    auto tx = m_chain.prepare(from, request);
    if (!tx)
        return tx.error();
    if (tx.value().chainId != m_expectedChainId)
        return Error {QStringLiteral("The node is on chain %1, but this DAO lives on chain %2. Nothing was signed.")
                          .arg(tx.value().chainId)
                          .arg(m_expectedChainId),
            ErrorCode::WrongNetwork, {}};
    auto local = m_journal.nextLocalNonce(tx.value().chainId, from);
    if (local && local.value() && *local.value() > tx.value().nonce) {
        // Our own transactions the node does not count: sent and not seen yet, or signed and
        // never sent (the app stopped between journal and send), which would leave a gap that
        // the new one waits behind for ever. The tracker sends those again, or settles them,
        // first; then the journal's next nonce is one the node can mine.
        if (auto reconciled = TransactionTracker(m_chain, m_journal).reconcile(tx.value().chainId); !reconciled)
            return reconciled.error();
        local = m_journal.nextLocalNonce(tx.value().chainId, from);
        if (local && local.value() && *local.value() > tx.value().nonce)
            tx.value().nonce = *local.value();
    }

    PreparedTransaction out;
    out.transaction = tx.value();
    out.from = from;
    out.summary = summary;
    const eth::Transaction &t = out.transaction;
    out.details.append({tr("Network"), QStringLiteral("%1 (chain %2)").arg(m_networkName).arg(t.chainId)});
    const QString sender = names.nameOf(from);
    out.details.append({tr("From"),
        sender.isEmpty() ? from.toChecksumString() : QStringLiteral("%1  (%2)").arg(sender, from.toChecksumString())});
    out.details.append({tr("Contract"),
        t.to ? QStringLiteral("%1 %2").arg(contractName, t.to->toChecksumString()) : tr("new contract")});
    const eth::AbiFunction *function
        = request.abi && t.data.size() >= 4 ? request.abi->functionBySelector(t.data.left(4)) : nullptr;
    if (function) {
        out.details.append({tr("Function"), function->signature()});
        auto args = eth::abi::decode(function->inputs, t.data.mid(4));
        if (args) {
            for (std::size_t i = 0; i < function->inputs.size(); ++i)
                out.details.append(
                    {QStringLiteral("  %1").arg(function->inputs[i].name.isEmpty() ? QStringLiteral("arg%1").arg(i)
                                                                                   : function->inputs[i].name),
                        describeArgument(function->inputs[i], args.value()[i], tokenSymbol, names)});
        }
    } else if (!t.data.isEmpty()) {
        out.details.append({tr("Data"), tr("%1 bytes, not decoded").arg(t.data.size())});
    }
    out.details.append({tr("Value"), QStringLiteral("%1 %2").arg(eth::formatUnits(t.value, 18), m_nativeSymbol)});
    const eth::UInt256 maxFee = t.gasLimit * t.maxFeePerGas;
    out.details.append({tr("Max network fee"),
        QStringLiteral("%1 %2 (gas %3 × %4 gwei)")
            .arg(eth::formatUnits(maxFee, 18), m_nativeSymbol, t.gasLimit.toDecimal(),
                eth::formatUnits(t.maxFeePerGas, 9))});
    out.details.append({tr("Nonce"), t.nonce.toDecimal()});
    auto balance = m_chain.balance(from);
    if (!balance)
        return balance.error();
    const eth::UInt256 needed = t.value + maxFee;
    if (balance.value() < needed)
        out.warning = tr("This account holds %1 %3 but the transaction needs up to %2 %3 (value plus the maximum "
                         "network fee). Add %3 to the account before signing.")
                          .arg(eth::formatUnits(balance.value(), 18), eth::formatUnits(needed, 18), m_nativeSymbol);
    return out;
}

Result<QByteArray> TransactionService::signAndSubmit(const PreparedTransaction &prepared)
{
    // The chain id again, right before the signature: the node may have changed since prepare().
    auto id = m_chain.call(QStringLiteral("eth_chainId"));
    if (!id)
        return id.error();
    auto chainId = eth::quantityToU64(id.value());
    if (!chainId || chainId.value() != m_expectedChainId)
        return Error {
            QStringLiteral("The node switched to another chain. Nothing was signed."), ErrorCode::WrongNetwork, {}};
    auto raw = m_signer.signTransaction(prepared.from, prepared.transaction);
    if (!raw)
        return raw.error();
    auto decoded = eth::decodeRawTransaction(raw.value());
    if (!decoded)
        return decoded.error();
    JournalEntry entry;
    entry.hash = toHex(decoded.value().hash);
    entry.chainId = prepared.transaction.chainId;
    entry.sender = prepared.from;
    entry.nonce = prepared.transaction.nonce;
    entry.raw = raw.value();
    entry.summary = prepared.summary;
    entry.status = QStringLiteral("signed");
    entry.createdAt = QDateTime::currentDateTimeUtc();
    if (auto recorded = m_journal.record(entry); !recorded)
        return recorded.error(); // not sent: a transaction the journal cannot hold is not sent
    auto hash = m_chain.sendRaw(raw.value());
    if (!hash) {
        // A node that refused it: failed. One that did not answer (or lied) may still have
        // taken it: the row stays "signed" and the tracker finds out or sends it again.
        if (hash.code() == ErrorCode::Rpc)
            noteStatus(m_journal, entry.hash, QStringLiteral("failed"), 0, hash.message());
        return hash.error();
    }
    noteStatus(m_journal, entry.hash, QStringLiteral("pending"));
    qCInfo(lcChain) << "sent" << entry.hash;
    return hash;
}

Result<eth::Receipt> TransactionService::awaitReceipt(const QByteArray &hash)
{
    auto receipt = m_chain.waitForReceipt(hash);
    if (!receipt)
        return receipt.error(); // still pending in the journal
    noteStatus(m_journal, toHex(hash), receipt.value().success ? QStringLiteral("mined") : QStringLiteral("reverted"),
        receipt.value().blockNumber);
    if (!receipt.value().success)
        return Result<eth::Receipt>::failure(
            QStringLiteral("The transaction was mined in block %1 but reverted.").arg(receipt.value().blockNumber),
            ErrorCode::Rpc);
    return receipt;
}

Result<eth::Receipt> TransactionService::signAndSend(const PreparedTransaction &prepared)
{
    auto hash = signAndSubmit(prepared);
    if (!hash)
        return hash.error();
    return awaitReceipt(hash.value());
}

} // namespace dd::dao
