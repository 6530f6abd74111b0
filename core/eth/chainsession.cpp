#include "eth/chainsession.h"

#include "common/hex.h"
#include "crypto/keccak.h"

#include <algorithm>

#include <QDeadlineTimer>
#include <QThread>

namespace dd::eth {

namespace {

Result<UInt256> quantity(const Result<QJsonValue> &value)
{
    if (!value)
        return value.error();
    auto n = UInt256::parse(value.value().toString());
    if (!n)
        return Result<UInt256>::failure(
            QStringLiteral("The node sent an invalid number: %1").arg(n.message()), ErrorCode::Network);
    return n;
}

} // namespace

QJsonObject callObject(const std::optional<crypto::Address> &from, const TxRequest &request)
{
    QJsonObject object {{QStringLiteral("data"), toHex(request.data)}};
    if (from && !from->isNull())
        object.insert(QStringLiteral("from"), from->toChecksumString());
    if (request.to)
        object.insert(QStringLiteral("to"), request.to->toChecksumString());
    if (!request.value.isZero())
        object.insert(QStringLiteral("value"), request.value.toHex());
    return object;
}

ChainSession::ChainSession(JsonRpcClient &client, std::chrono::milliseconds receiptTimeout)
    : m_client(client), m_receiptTimeout(receiptTimeout)
{
    Q_ASSERT_X(client.thread() != QThread::currentThread(), "ChainSession",
        "the client must live on another thread, or waiting would deadlock");
}

Result<QJsonValue> ChainSession::call(const QString &method, const QJsonArray &params)
{
    auto future = m_client.call(method, params);
    future.waitForFinished();
    return future.result();
}

QFuture<Result<QJsonValue>> ChainSession::callLater(const QString &method, const QJsonArray &params)
{
    return m_client.call(method, params);
}

QFuture<Result<QList<LogEntry>>> ChainSession::getLogsLater(const QJsonObject &filter)
{
    return m_client.getLogs(filter);
}

Result<QList<Result<QJsonValue>>> ChainSession::batch(const QList<RpcCall> &calls)
{
    auto future = batchLater(calls);
    future.waitForFinished();
    return future.result();
}

QFuture<Result<QList<Result<QJsonValue>>>> ChainSession::batchLater(const QList<RpcCall> &calls)
{
    if (calls.isEmpty())
        return QtFuture::makeReadyFuture(Result<QList<Result<QJsonValue>>>(QList<Result<QJsonValue>>()));
    return m_client.batch(calls);
}

Result<quint64> ChainSession::chainId()
{
    if (m_chainId)
        return *m_chainId;
    auto id = call(QStringLiteral("eth_chainId"));
    if (!id)
        return id.error();
    auto value = quantityToU64(id.value());
    if (value)
        m_chainId = value.value();
    return value;
}

Result<quint64> ChainSession::blockNumber()
{
    auto n = call(QStringLiteral("eth_blockNumber"));
    if (!n)
        return n.error();
    return quantityToU64(n.value());
}

Result<UInt256> ChainSession::balance(const crypto::Address &who)
{
    return quantity(call(QStringLiteral("eth_getBalance"), {who.toChecksumString(), QStringLiteral("latest")}));
}

Result<UInt256> ChainSession::pendingNonce(const crypto::Address &who)
{
    return quantity(
        call(QStringLiteral("eth_getTransactionCount"), {who.toChecksumString(), QStringLiteral("pending")}));
}

Result<UInt256> ChainSession::minedNonce(const crypto::Address &who)
{
    return quantity(
        call(QStringLiteral("eth_getTransactionCount"), {who.toChecksumString(), QStringLiteral("latest")}));
}

namespace {

// The tip most recent transactions paid: the median of the per-block median rewards, over the
// blocks that had transactions. Empty blocks say nothing about the market.
std::optional<UInt256> medianTip(const QJsonObject &history)
{
    const QJsonArray rewards = history.value(QLatin1String("reward")).toArray();
    const QJsonArray ratios = history.value(QLatin1String("gasUsedRatio")).toArray();
    std::vector<UInt256> tips;
    for (qsizetype i = 0; i < rewards.size() && i < ratios.size(); ++i) {
        if (ratios[i].toDouble() <= 0)
            continue;
        auto tip = UInt256::parse(rewards[i].toArray().first().toString());
        if (tip && !tip.value().isZero())
            tips.push_back(tip.value());
    }
    if (tips.empty())
        return std::nullopt;
    std::sort(tips.begin(), tips.end());
    return tips[tips.size() / 2];
}

} // namespace

Result<Fees> ChainSession::suggestFees()
{
    Fees fees;
    std::optional<UInt256> nextBaseFee;
    std::optional<UInt256> tip;
    // The last of baseFeePerGas is the base fee of the block after "latest": the next one.
    auto history
        = call(QStringLiteral("eth_feeHistory"), {QStringLiteral("0xa"), QStringLiteral("latest"), QJsonArray {50}});
    if (history) {
        const QJsonObject h = history.value().toObject();
        auto base = UInt256::parse(h.value(QLatin1String("baseFeePerGas")).toArray().last().toString());
        if (base && !base.value().isZero()) {
            nextBaseFee = base.value();
            tip = medianTip(h);
        }
    }
    if (!nextBaseFee) {
        auto block = call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
        if (!block)
            return block.error();
        const QJsonValue baseFee = block.value().toObject().value(QLatin1String("baseFeePerGas"));
        if (baseFee.isUndefined() || baseFee.isNull()) {
            fees.eip1559 = false;
            auto price = quantity(call(QStringLiteral("eth_gasPrice")));
            if (!price)
                return price.error();
            fees.maxFeePerGas = price.value();
            return fees;
        }
        auto base = UInt256::parse(baseFee.toString());
        if (!base)
            return Result<Fees>::failure(QStringLiteral("The node sent an invalid base fee."), ErrorCode::Network);
        nextBaseFee = base.value();
    }
    if (!tip) {
        auto suggested = quantity(call(QStringLiteral("eth_maxPriorityFeePerGas")));
        tip = suggested ? suggested.value() : UInt256(1000000000);
    }
    fees.maxPriorityFeePerGas = *tip;
    // Room for the base fee to double before the transaction is priced out (as wallets do).
    fees.maxFeePerGas = *nextBaseFee * UInt256(2) + fees.maxPriorityFeePerGas;
    return fees;
}

Result<QByteArray> ChainSession::ethCall(const crypto::Address &from, const TxRequest &request, const QString &block)
{
    auto result = call(QStringLiteral("eth_call"), {callObject(from, request), block});
    if (!result) {
        if (result.code() == ErrorCode::Rpc
            && (result.error().data.startsWith(QLatin1String("0x"))
                || result.message().contains(QLatin1String("revert")))) {
            const QByteArray revert = fromHex(result.error().data).value();
            const ContractAbi empty;
            const QString words = (request.abi ? *request.abi : empty).describeRevert(revert);
            return Error {words, ErrorCode::Rpc, result.error().data};
        }
        return result.error();
    }
    auto bytes = fromHex(result.value().toString());
    if (!bytes)
        return Result<QByteArray>::failure(QStringLiteral("The node sent invalid hex."), ErrorCode::Network);
    return bytes;
}

Result<Transaction> ChainSession::prepare(const crypto::Address &from, const TxRequest &request)
{
    auto id = chainId();
    if (!id)
        return id.error();
    // Simulate on the pending block: that is where the transaction will run (block.number and
    // timestamp one step ahead of "latest", which matters for votes at a proposal's start).
    auto simulated = ethCall(from, request, QStringLiteral("pending"));
    if (!simulated)
        return simulated.error();
    auto gas
        = quantity(call(QStringLiteral("eth_estimateGas"), {callObject(from, request), QStringLiteral("pending")}));
    if (!gas)
        return gas.error();
    auto nonce = pendingNonce(from);
    if (!nonce)
        return nonce.error();
    auto fees = suggestFees();
    if (!fees)
        return fees.error();
    Transaction tx;
    tx.type = fees.value().eip1559 ? Transaction::Type::Eip1559 : Transaction::Type::Legacy;
    tx.chainId = id.value();
    tx.nonce = nonce.value();
    tx.maxFeePerGas = fees.value().maxFeePerGas;
    tx.maxPriorityFeePerGas = fees.value().maxPriorityFeePerGas;
    tx.gasLimit = gas.value() + UInt256(gas.value().low64() / 5); // a 20 % margin over the estimate
    tx.to = request.to;
    tx.value = request.value;
    tx.data = request.data;
    return tx;
}

Result<QByteArray> ChainSession::sendRaw(const QByteArray &raw)
{
    auto hash = call(QStringLiteral("eth_sendRawTransaction"), {toHex(raw)});
    if (!hash)
        return hash.error();
    auto bytes = fromHex(hash.value().toString());
    if (!bytes || bytes.value().size() != 32)
        return Result<QByteArray>::failure(
            QStringLiteral("The node sent an invalid transaction hash."), ErrorCode::Network);
    // A transaction's hash is the keccak of its signed bytes, for every type. A node that names
    // another hash is not telling the truth about what it accepted.
    const QByteArray expected = crypto::keccak256(raw);
    if (bytes.value() != expected)
        return Result<QByteArray>::failure(QStringLiteral("The node answered with hash %1 for the transaction %2: it "
                                                          "contradicts itself, so the transaction is not trusted "
                                                          "to be sent.")
                                               .arg(toHex(bytes.value()), toHex(expected)),
            ErrorCode::Network);
    return bytes;
}

Result<std::optional<Receipt>> ChainSession::receipt(const QByteArray &hash)
{
    auto answer = call(QStringLiteral("eth_getTransactionReceipt"), {toHex(hash)});
    if (!answer)
        return answer.error();
    if (answer.value().isNull())
        return std::optional<Receipt>();
    const QJsonObject r = answer.value().toObject();
    auto fail = [](const QString &why) {
        return Result<std::optional<Receipt>>::failure(
            QStringLiteral("The node sent an invalid receipt: %1").arg(why), ErrorCode::Network);
    };
    if (r.value(QLatin1String("transactionHash")).toString().toLower() != toHex(hash))
        return fail(QStringLiteral("it is the receipt of transaction %1, not of %2")
                        .arg(r.value(QLatin1String("transactionHash")).toString(), toHex(hash)));
    Receipt out;
    out.transactionHash = hash;
    auto block = quantityToU64(r.value(QLatin1String("blockNumber")));
    auto gasUsed = UInt256::parse(r.value(QLatin1String("gasUsed")).toString());
    if (!block || !gasUsed)
        return fail(QStringLiteral("no block number or gas used"));
    out.blockNumber = block.value();
    out.gasUsed = gasUsed.value();
    out.success = r.value(QLatin1String("status")).toString() == QLatin1String("0x1");
    out.logs = r.value(QLatin1String("logs")).toArray();
    const QString created = r.value(QLatin1String("contractAddress")).toString();
    if (!created.isEmpty()) {
        auto address = crypto::Address::parse(created.toLower());
        if (!address)
            return fail(address.message());
        out.contractAddress = address.value();
    }
    return std::optional<Receipt>(out);
}

Result<bool> ChainSession::knowsTransaction(const QByteArray &hash)
{
    auto answer = call(QStringLiteral("eth_getTransactionByHash"), {toHex(hash)});
    if (!answer)
        return answer.error();
    return answer.value().isObject();
}

Result<Receipt> ChainSession::waitForReceipt(const QByteArray &hash)
{
    QDeadlineTimer deadline(m_receiptTimeout);
    int pollMs = 50;
    while (!deadline.hasExpired()) {
        auto found = receipt(hash);
        if (!found)
            return found.error();
        if (found.value())
            return *found.value();
        QThread::msleep(pollMs);
        pollMs = std::min(pollMs * 2, 1000);
    }
    return Result<Receipt>::failure(QStringLiteral("Transaction %1 was sent but not mined within %2 s; it may still "
                                                   "be mined later.")
                                        .arg(toHex(hash))
                                        .arg(m_receiptTimeout.count() / 1000),
        ErrorCode::Network);
}

Result<Receipt> ChainSession::send(const crypto::PrivateKey &key, const TxRequest &request)
{
    auto tx = prepare(key.address(), request);
    if (!tx)
        return tx.error();
    auto hash = sendRaw(tx.value().sign(key));
    if (!hash)
        return hash.error();
    auto receipt = waitForReceipt(hash.value());
    if (receipt && !receipt.value().success)
        return Result<Receipt>::failure(
            QStringLiteral("Transaction %1 was mined but reverted.").arg(toHex(hash.value())), ErrorCode::Rpc);
    return receipt;
}

} // namespace dd::eth
