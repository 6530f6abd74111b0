#pragma once

// ChainSession: blocking helpers over a JsonRpcClient that lives on another thread. Meant for
// worker threads and command-line tools: each method waits for the node and returns a value.
// It builds and sends transactions the one careful way: simulate with eth_call first (a revert
// comes back in words and nothing is signed), estimate gas with a margin, pick EIP-1559 fees
// when the chain has a base fee (else a legacy EIP-155 gas price), check the chain id, sign,
// send, and wait for the receipt.

#include "common/result.h"
#include "crypto/privatekey.h"
#include "eth/contractabi.h"
#include "eth/jsonrpcclient.h"
#include "eth/transaction.h"

#include <QJsonObject>

namespace dd::eth {

struct TxRequest {
    std::optional<crypto::Address> to; // empty: deploy `data` as a contract
    UInt256 value;
    QByteArray data;
    const ContractAbi *abi = nullptr; // to put the target's custom errors into words
};

struct Receipt {
    QByteArray transactionHash;
    quint64 blockNumber = 0;
    bool success = false;
    UInt256 gasUsed;
    std::optional<crypto::Address> contractAddress;
    QJsonArray logs;
};

struct Fees {
    bool eip1559 = true;
    UInt256 maxFeePerGas; // or the legacy gas price
    UInt256 maxPriorityFeePerGas;
};

class ChainSession {
public:
    explicit ChainSession(JsonRpcClient &client, std::chrono::milliseconds receiptTimeout = std::chrono::seconds(120));

    Result<QJsonValue> call(const QString &method, const QJsonArray &params = {});
    // The same call, answered later: the caller can work while the node does.
    QFuture<Result<QJsonValue>> callLater(const QString &method, const QJsonArray &params = {});
    QFuture<Result<QList<LogEntry>>> getLogsLater(const QJsonObject &filter); // parsed on the client's thread
    // One request for many calls; each answer is its own result.
    Result<QList<Result<QJsonValue>>> batch(const QList<RpcCall> &calls);
    QFuture<Result<QList<Result<QJsonValue>>>> batchLater(const QList<RpcCall> &calls);
    Result<quint64> chainId();
    Result<quint64> blockNumber();
    Result<UInt256> balance(const crypto::Address &who);
    Result<UInt256> pendingNonce(const crypto::Address &who);
    Result<UInt256> minedNonce(const crypto::Address &who); // transactions included up to "latest"
    // Fees from eth_feeHistory (the next block's base fee, the median tip paid recently), else
    // from the latest block and eth_maxPriorityFeePerGas, else the legacy eth_gasPrice.
    Result<Fees> suggestFees();
    // eth_call; a revert is an error whose message says why (using abi's custom errors).
    Result<QByteArray> ethCall(
        const crypto::Address &from, const TxRequest &request, const QString &block = QStringLiteral("latest"));
    // Builds the transaction a send would sign (nonce, fees, gas), without signing it.
    Result<Transaction> prepare(const crypto::Address &from, const TxRequest &request);
    // Returns the hash, after checking that the node's answer is the hash of what was sent.
    Result<QByteArray> sendRaw(const QByteArray &raw);
    // One look: the receipt, or nothing while the transaction is not mined.
    Result<std::optional<Receipt>> receipt(const QByteArray &hash);
    // Whether the node knows the transaction at all (in its pool or in a block).
    Result<bool> knowsTransaction(const QByteArray &hash);
    Result<Receipt> waitForReceipt(const QByteArray &hash);
    // prepare + sign + send + wait; a reverted receipt is an error too.
    Result<Receipt> send(const crypto::PrivateKey &key, const TxRequest &request);

private:
    JsonRpcClient &m_client;
    std::chrono::milliseconds m_receiptTimeout;
    std::optional<quint64> m_chainId;
};

QJsonObject callObject(const std::optional<crypto::Address> &from, const TxRequest &request);

} // namespace dd::eth
