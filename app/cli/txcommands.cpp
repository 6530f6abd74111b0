// datadao-cli mktx and send, with cast's arguments. Both build the transaction the same way:
// the target and calldata from the arguments; nonce, gas and fees from the options, and what the
// options leave out from the node (the call simulated first, so a revert comes back in words and
// nothing is signed). mktx prints the signed bytes (offline when everything is given) and sends
// nothing; send goes through the app's one TransactionService (simulation, chain id check,
// journal, receipt) and prints the receipt as `cast send` does.

#include "cli/calldatabuilder.h"
#include "cli/clitransactions.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/receipttext.h"
#include "cli/rpcsession.h"
#include "cli/signer.h"

#include "common/hex.h"
#include "dao/daodeployer.h"
#include "dao/transactionjournal.h"
#include "dao/transactionservice.h"
#include "eth/abifunction.h"
#include "eth/chainsession.h"
#include "eth/clientthread.h"
#include "eth/transaction.h"
#include "eth/units.h"

#include <QStandardPaths>

#include <memory>

namespace dd::cli {

namespace {

Result<eth::UInt256> amountOption(const CommandLine &cl, const QString &name, const QString &fallback = QString())
{
    const QString text = cl.value(name, fallback);
    auto value = eth::parseAmountWithUnit(text);
    if (!value)
        return Result<eth::UInt256>::failure(QStringLiteral("--%1: %2").arg(name, value.message()));
    return value;
}

QSet<QString> transactionOptions()
{
    QSet<QString> options = signerOptions() + rpcOptions();
    for (const char *name :
        {"nonce", "gas-limit", "gas-price", "priority-gas-price", "value", "data", "chain", "c", "timeout"})
        options.insert(QLatin1String(name));
    return options;
}

const char *transactionHelp = "Options:\n"
                              "      --data <DATA>                  raw calldata instead of SIG and ARGS\n"
                              "      --value <VALUE>                wei, or with a unit: 1ether, 20gwei\n"
                              "      --nonce <NONCE>                default: the account's pending nonce\n"
                              "      --gas-limit <GAS>              default: the node's estimate plus 20 %\n"
                              "      --gas-price <PRICE>            max fee per gas (or gas price with --legacy)\n"
                              "      --priority-gas-price <PRICE>   EIP-1559 tip\n"
                              "      --legacy                       a legacy EIP-155 transaction\n"
                              "  -c, --chain <ID>                   default: the node's\n"
                              "  -r, --rpc-url <URL>                the node [env: ETH_RPC_URL]\n\n";

// The target, value and calldata from the arguments: TO [SIG ARGS...] or --create CODE [SIG
// ARGS...], or --data instead of SIG and ARGS.
Result<eth::TxRequest> requestFrom(const CommandLine &cl)
{
    using R = Result<eth::TxRequest>;
    eth::TxRequest request;
    QStringList positional = cl.positional();
    if (cl.has(QStringLiteral("create"))) {
        if (positional.isEmpty())
            return R::failure(QStringLiteral("--create needs the contract's bytecode"));
        auto code = fromHex(positional.takeFirst());
        if (!code)
            return code.error();
        request.data = code.value();
    } else {
        if (positional.isEmpty())
            return R::failure(QStringLiteral("a recipient address is required"));
        auto to = crypto::Address::parse(positional.takeFirst());
        if (!to)
            return to.error();
        request.to = to.value();
    }
    if (cl.has(QStringLiteral("data"))) {
        auto data = fromHex(cl.value(QStringLiteral("data")));
        if (!data)
            return R::failure(QStringLiteral("--data: ") + data.message());
        request.data += data.value();
    } else {
        // For a call: selector + arguments; for a creation: constructor arguments after the code.
        auto calldata = buildCalldata(positional, request.to.has_value());
        if (!calldata)
            return calldata.error();
        request.data += calldata.value().data;
    }
    auto value = amountOption(cl, QStringLiteral("value"), QStringLiteral("0"));
    if (!value)
        return value.error();
    request.value = value.value();
    // The DAO contracts' custom errors put a revert into words (cast needs the target's ABI).
    if (const auto &abis = dao::DaoAbis::load())
        request.abi = &abis.value().errors;
    return request;
}

// A transaction from the options alone: the offline mktx, when nonce, gas, fees and chain are given.
eth::Transaction offlineTransaction(const CommandLine &cl, const eth::TxRequest &request)
{
    eth::Transaction tx;
    tx.type = cl.has(QStringLiteral("legacy")) ? eth::Transaction::Type::Legacy : eth::Transaction::Type::Eip1559;
    tx.to = request.to;
    tx.value = request.value;
    tx.data = request.data;
    return tx;
}

// Applies the options the user gave over what the node suggested.
Status applyOverrides(const CommandLine &cl, eth::Transaction &tx)
{
    if (cl.has(QStringLiteral("legacy")))
        tx.type = eth::Transaction::Type::Legacy;
    struct Override {
        const char *option;
        eth::UInt256 *field;
    };
    for (const Override &o : {Override {"nonce", &tx.nonce}, Override {"gas-limit", &tx.gasLimit},
             Override {"gas-price", &tx.maxFeePerGas}, Override {"priority-gas-price", &tx.maxPriorityFeePerGas}}) {
        if (!cl.has(QLatin1String(o.option)))
            continue;
        auto amount = amountOption(cl, QLatin1String(o.option));
        if (!amount)
            return amount.error();
        *o.field = amount.value();
    }
    const QString chain = cl.value(QStringLiteral("chain"), cl.value(QStringLiteral("c")));
    if (!chain.isEmpty()) {
        bool ok = false;
        tx.chainId = chain.toULongLong(&ok);
        if (!ok)
            return Status::failure(QStringLiteral("--chain must be a numeric chain id, not \"%1\"").arg(chain));
    }
    return success();
}

bool everythingGiven(const CommandLine &cl)
{
    for (const char *option : {"nonce", "gas-limit", "gas-price"}) {
        if (!cl.has(QLatin1String(option)))
            return false;
    }
    const bool tipGiven = cl.has(QStringLiteral("legacy")) || cl.has(QStringLiteral("priority-gas-price"));
    return tipGiven && (cl.has(QStringLiteral("chain")) || cl.has(QStringLiteral("c")));
}

// What mktx and send both start from: the request the arguments describe and the key to sign it.
struct Intent {
    eth::TxRequest request;
    crypto::PrivateKey key;
};

Result<Intent> intentFrom(const CommandLine &cl)
{
    if (!cl.ok())
        return Result<Intent>::failure(cl.error());
    auto request = requestFrom(cl);
    if (!request)
        return request.error();
    auto key = resolveSigner(cl, QString());
    if (!key)
        return key.error();
    return Intent {request.value(), key.value()};
}

// The chain a node serves, told apart from another with the same id (every local anvil is 31337)
// by its genesis block.
struct ChainIdentity {
    quint64 chainId = 0;
    QString genesis; // 0x-prefixed hash of block 0
};

Result<ChainIdentity> chainIdentity(eth::ChainSession &chain)
{
    auto id = chain.call(QStringLiteral("eth_chainId"));
    if (!id)
        return id.error();
    auto chainId = eth::quantityToU64(id.value());
    if (!chainId)
        return chainId.error();
    auto genesis = chain.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("0x0"), false});
    if (!genesis)
        return genesis.error();
    return ChainIdentity {chainId.value(), genesis.value().toObject().value(u"hash").toString()};
}

// send's journal: one per chain, so a pending transaction of one devnet never shifts the nonces
// of the next (the window keeps its own in its data folder, the dataset commands beside the
// profile).
QString journalFor(const ChainIdentity &chain)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/datadao/journals/%1-%2.sqlite").arg(chain.chainId).arg(chain.genesis.mid(2, 16));
}

std::chrono::seconds receiptTimeout(const CommandLine &cl)
{
    const int seconds = cl.value(QStringLiteral("timeout"), QStringLiteral("120")).toInt();
    return std::chrono::seconds(seconds > 0 ? seconds : 120);
}

} // namespace

int runMktx(const QStringList &args)
{
    CommandLine cl(args, transactionOptions(), {QStringLiteral("legacy"), QStringLiteral("create")});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Build and sign a transaction without sending it\n\n"
                             "Usage: datadao-cli mktx [OPTIONS] [TO] [SIG] [ARGS]...\n"
                             "       datadao-cli mktx --create <CODE> [SIG] [ARGS]...\n\n"
                             "With --nonce, --gas-limit, --gas-price (and --priority-gas-price or --legacy) and\n"
                             "--chain it works offline; what is left out comes from the node.\n\n")
            + QLatin1String(transactionHelp) + signerHelpText());
        return 0;
    }
    auto intent = intentFrom(cl);
    if (!intent)
        return fail(intent.message());
    const auto &[request, key] = intent.value();
    eth::Transaction tx;
    if (everythingGiven(cl)) {
        tx = offlineTransaction(cl, request);
    } else {
        eth::ClientThread network({rpcUrl(cl)});
        eth::ChainSession chain(network.client(), receiptTimeout(cl));
        auto prepared = chain.prepare(key.address(), request);
        if (!prepared)
            return fail(prepared.message());
        tx = prepared.value();
    }
    if (auto applied = applyOverrides(cl, tx); !applied)
        return fail(applied.message());
    print(toHex(tx.sign(key)));
    return 0;
}

int runSend(const QStringList &args)
{
    CommandLine cl(
        args, transactionOptions(), {QStringLiteral("legacy"), QStringLiteral("create"), QStringLiteral("async")});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Sign and publish a transaction, then print its receipt\n\n"
                             "Usage: datadao-cli send [OPTIONS] <TO> [SIG] [ARGS]...\n"
                             "       datadao-cli send [OPTIONS] --create <CODE> [SIG] [ARGS]...\n\n"
                             "The call is simulated first: a revert is printed in words and nothing is sent.\n\n"
                             "      --async                        print the hash and do not wait for the receipt\n"
                             "      --timeout <SECONDS>            how long to wait for the receipt [default: 120]\n")
            + QLatin1String(transactionHelp) + signerHelpText());
        return 0;
    }
    auto intent = intentFrom(cl);
    if (!intent)
        return fail(intent.message());
    const auto &[request, key] = intent.value();
    eth::ClientThread network({rpcUrl(cl)});
    eth::ChainSession chain(network.client(), receiptTimeout(cl));
    auto identity = chainIdentity(chain);
    if (!identity)
        return fail(identity.message());
    dao::KeySigner signer({key});
    dao::TransactionJournal journal(journalFor(identity.value()));
    if (auto opened = journal.open(); !opened)
        return fail(opened.message());
    dao::TransactionService service(network.client(), signer, journal, rpcUrl(cl).toString(), identity.value().chainId,
        QStringLiteral("ETH"), receiptTimeout(cl));
    auto prepared = service.prepare(key.address(), request, QStringLiteral("datadao-cli send"), QString());
    if (!prepared)
        return fail(prepared.message());
    if (!prepared.value().warning.isEmpty())
        return fail(prepared.value().warning); // nothing signed
    eth::Transaction &tx = prepared.value().transaction;
    if (auto applied = applyOverrides(cl, tx); !applied)
        return fail(applied.message());
    if (tx.chainId != identity.value().chainId)
        return fail(QStringLiteral("--chain %1, but the node is on chain %2. Nothing was signed.")
                        .arg(tx.chainId)
                        .arg(identity.value().chainId));
    auto hash = service.signAndSubmit(prepared.value());
    if (!hash)
        return fail(hash.message());
    if (cl.has(QStringLiteral("async"))) {
        print(toHex(hash.value()));
        return 0;
    }
    auto receipt = service.awaitReceipt(hash.value());
    if (!receipt)
        return fail(receipt.message());
    auto json = chain.call(QStringLiteral("eth_getTransactionReceipt"), {toHex(hash.value())});
    if (!json)
        return fail(json.message());
    print(receiptText(json.value().toObject(), false));
    return 0;
}

} // namespace dd::cli
