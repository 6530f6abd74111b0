// datadao-cli mktx: build and sign a transaction offline, as `cast mktx` does when nonce, gas
// and chain are given.

#include "cli/calldatabuilder.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/signer.h"

#include "common/hex.h"
#include "eth/abifunction.h"
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
