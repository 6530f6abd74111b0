#include "eth/chainsession.h"

#include "common/hex.h"

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

Result<Fees> ChainSession::suggestFees()
{
    auto block = call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
    if (!block)
        return block.error();
    const QJsonValue baseFee = block.value().toObject().value(QLatin1String("baseFeePerGas"));
    Fees fees;
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
    auto tip = quantity(call(QStringLiteral("eth_maxPriorityFeePerGas")));
    fees.maxPriorityFeePerGas = tip ? tip.value() : UInt256(1000000000);
    // Room for the base fee to double before the transaction is priced out (as wallets do).
    fees.maxFeePerGas = base.value() * UInt256(2) + fees.maxPriorityFeePerGas;
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
    return bytes;
}

Result<Receipt> ChainSession::waitForReceipt(const QByteArray &hash)
{
    QDeadlineTimer deadline(m_receiptTimeout);
    int pollMs = 50;
    while (!deadline.hasExpired()) {
        auto receipt = call(QStringLiteral("eth_getTransactionReceipt"), {toHex(hash)});
        if (!receipt)
            return receipt.error();
        if (receipt.value().isObject()) {
            const QJsonObject r = receipt.value().toObject();
            Receipt out;
            out.transactionHash = hash;
            out.blockNumber = quantityToU64(r.value(QLatin1String("blockNumber"))).value();
            out.success = r.value(QLatin1String("status")).toString() == QLatin1String("0x1");
            out.gasUsed = UInt256::parse(r.value(QLatin1String("gasUsed")).toString()).value();
            out.logs = r.value(QLatin1String("logs")).toArray();
            const QString created = r.value(QLatin1String("contractAddress")).toString();
            if (!created.isEmpty())
                out.contractAddress = crypto::Address::parse(created.toLower()).value();
            return out;
        }
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
