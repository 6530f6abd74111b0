// datadao-cli mktx: build and sign a transaction offline, as `cast mktx` does when nonce, gas
// and chain are given; and send: build it against the node (simulated first, so a revert comes
// back in words and nothing is sent), sign, send and print the receipt as `cast send` does.

#include "cli/calldatabuilder.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/receipttext.h"
#include "cli/rpcsession.h"
#include "cli/signer.h"

#include "common/hex.h"
#include "dao/daodeployer.h"
#include "eth/abifunction.h"
#include "eth/chainsession.h"
#include "eth/clientthread.h"
#include "eth/transaction.h"
#include "eth/units.h"

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

} // namespace

int runMktx(const QStringList &args)
{
    QSet<QString> valueOptions = signerOptions();
    for (const char *name :
        {"nonce", "gas-limit", "gas-price", "priority-gas-price", "value", "chain", "c", "rpc-url", "r"})
        valueOptions.insert(QLatin1String(name));
    CommandLine cl(args, valueOptions, {QStringLiteral("legacy"), QStringLiteral("create")});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Build and sign a transaction without sending it\n\n"
                             "Usage: datadao-cli mktx [OPTIONS] [TO] [SIG] [ARGS]...\n"
                             "       datadao-cli mktx --create <CODE> [SIG] [ARGS]...\n\n"
                             "Options:\n"
                             "      --nonce <NONCE>\n"
                             "      --gas-limit <GAS>\n"
                             "      --gas-price <PRICE>            max fee per gas (EIP-1559) or gas price (--legacy)\n"
                             "      --priority-gas-price <PRICE>   EIP-1559 tip\n"
                             "      --value <VALUE>                wei, or with a unit: 1ether, 20gwei\n"
                             "      --legacy                       a legacy EIP-155 transaction\n"
                             "  -c, --chain <ID>\n\n")
            + signerHelpText());
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    for (const char *required : {"nonce", "gas-limit", "gas-price"}) {
        if (!cl.has(QLatin1String(required)))
            return fail(QStringLiteral("--%1 is required: this build of datadao-cli makes transactions offline only")
                            .arg(QLatin1String(required)));
    }
    const bool legacy = cl.has(QStringLiteral("legacy"));
    if (!legacy && !cl.has(QStringLiteral("priority-gas-price")))
        return fail(QStringLiteral("--priority-gas-price is required for an EIP-1559 transaction (or use --legacy)"));
    const QString chainText = cl.value(QStringLiteral("chain"), cl.value(QStringLiteral("c"), QStringLiteral("1")));
    bool chainOk = false;
    const quint64 chainId = chainText.toULongLong(&chainOk);
    if (!chainOk)
        return fail(QStringLiteral("--chain must be a numeric chain id, not \"%1\"").arg(chainText));

    eth::Transaction tx;
    tx.type = legacy ? eth::Transaction::Type::Legacy : eth::Transaction::Type::Eip1559;
    tx.chainId = chainId;
    QStringList positional = cl.positional();
    if (cl.has(QStringLiteral("create"))) {
        if (positional.isEmpty())
            return fail(QStringLiteral("--create needs the contract's bytecode"));
        auto code = fromHex(positional.takeFirst());
        if (!code)
            return fail(code.message());
        tx.data = code.value();
    } else {
        if (positional.isEmpty())
            return fail(QStringLiteral("a recipient address is required"));
        auto to = crypto::Address::parse(positional.takeFirst());
        if (!to)
            return fail(to.message());
        tx.to = to.value();
    }
    // For a call: selector + arguments; for a creation: constructor arguments after the code.
    auto calldata = buildCalldata(positional, tx.to.has_value());
    if (!calldata)
        return fail(calldata.message());
    tx.data += calldata.value().data;
    auto nonce = eth::UInt256::parse(cl.value(QStringLiteral("nonce")));
    auto gasLimit = eth::UInt256::parse(cl.value(QStringLiteral("gas-limit")));
    auto gasPrice = amountOption(cl, QStringLiteral("gas-price"));
    auto tip = amountOption(cl, QStringLiteral("priority-gas-price"), QStringLiteral("0"));
    auto value = amountOption(cl, QStringLiteral("value"), QStringLiteral("0"));
    for (const Error *e : {nonce ? nullptr : &nonce.error(), gasLimit ? nullptr : &gasLimit.error(),
             gasPrice ? nullptr : &gasPrice.error(), tip ? nullptr : &tip.error(), value ? nullptr : &value.error()}) {
        if (e)
            return fail(e->message);
    }
    tx.nonce = nonce.value();
    tx.gasLimit = gasLimit.value();
    tx.maxFeePerGas = gasPrice.value();
    tx.maxPriorityFeePerGas = tip.value();
    tx.value = value.value();
    auto key = resolveSigner(cl, QString());
    if (!key)
        return fail(key.message());
    print(toHex(tx.sign(key.value())));
    return 0;
}

} // namespace dd::cli

namespace dd::cli {

int runSend(const QStringList &args)
{
    QSet<QString> valueOptions = signerOptions() + rpcOptions();
    for (const char *name : {"nonce", "gas-limit", "gas-price", "priority-gas-price", "value", "data", "timeout"})
        valueOptions.insert(QLatin1String(name));
    CommandLine cl(args, valueOptions, {QStringLiteral("legacy"), QStringLiteral("create"), QStringLiteral("async")});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Sign and publish a transaction, then print its receipt\n\n"
                             "Usage: datadao-cli send [OPTIONS] <TO> [SIG] [ARGS]...\n"
                             "       datadao-cli send [OPTIONS] --create <CODE> [SIG] [ARGS]...\n\n"
                             "The call is simulated first: a revert is printed in words and nothing is sent.\n\n"
                             "Options:\n"
                             "      --data <DATA>                  raw calldata instead of SIG and ARGS\n"
                             "      --value <VALUE>                wei, or with a unit: 1ether, 20gwei\n"
                             "      --nonce <NONCE>                default: the account's pending nonce\n"
                             "      --gas-limit <GAS>              default: the estimate plus 20 %\n"
                             "      --gas-price <PRICE>            max fee per gas (or gas price with --legacy)\n"
                             "      --priority-gas-price <PRICE>   EIP-1559 tip\n"
                             "      --legacy                       a legacy EIP-155 transaction\n"
                             "      --async                        print the hash and do not wait for the receipt\n"
                             "      --timeout <SECONDS>            how long to wait for the receipt [default: 120]\n"
                             "  -r, --rpc-url <URL>                the node [env: ETH_RPC_URL]\n\n")
            + signerHelpText());
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    eth::TxRequest request;
    QStringList positional = cl.positional();
    if (cl.has(QStringLiteral("create"))) {
        if (positional.isEmpty())
            return fail(QStringLiteral("--create needs the contract's bytecode"));
        auto code = fromHex(positional.takeFirst());
        if (!code)
            return fail(code.message());
        request.data = code.value();
    } else {
        if (positional.isEmpty())
            return fail(QStringLiteral("a recipient address is required"));
        auto to = crypto::Address::parse(positional.takeFirst());
        if (!to)
            return fail(to.message());
        request.to = to.value();
    }
    if (cl.has(QStringLiteral("data"))) {
        auto data = fromHex(cl.value(QStringLiteral("data")));
        if (!data)
            return fail(QStringLiteral("--data: ") + data.message());
        request.data += data.value();
    } else {
        auto calldata = buildCalldata(positional, request.to.has_value());
        if (!calldata)
            return fail(calldata.message());
        request.data += calldata.value().data;
    }
    auto value = amountOption(cl, QStringLiteral("value"), QStringLiteral("0"));
    if (!value)
        return fail(value.message());
    request.value = value.value();
    auto key = resolveSigner(cl, QString());
    if (!key)
        return fail(key.message());
    // The DAO contracts' custom errors put a revert into words (cast needs the target's ABI).
    if (const auto &abis = dao::DaoAbis::load())
        request.abi = &abis.value().errors;

    const int timeout = cl.value(QStringLiteral("timeout"), QStringLiteral("120")).toInt();
    eth::ClientThread network({rpcUrl(cl)});
    eth::ChainSession chain(network.client(), std::chrono::seconds(timeout > 0 ? timeout : 120));
    auto prepared = chain.prepare(key.value().address(), request);
    if (!prepared)
        return fail(prepared.message());
    eth::Transaction tx = prepared.value();
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
            return fail(amount.message());
        *o.field = amount.value();
    }
    auto hash = chain.sendRaw(tx.sign(key.value()));
    if (!hash)
        return fail(hash.message());
    if (cl.has(QStringLiteral("async"))) {
        print(toHex(hash.value()));
        return 0;
    }
    auto receipt = chain.waitForReceipt(hash.value());
    if (!receipt)
        return fail(receipt.message());
    auto json = chain.call(QStringLiteral("eth_getTransactionReceipt"), {toHex(hash.value())});
    if (!json)
        return fail(json.message());
    print(receiptText(json.value().toObject(), false));
    return 0;
}

} // namespace dd::cli
