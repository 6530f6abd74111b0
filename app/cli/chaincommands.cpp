// Read-only chain commands with cast's arguments and output: chain-id, block-number, balance,
// nonce, call, receipt.

#include "cli/calldatabuilder.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/receipttext.h"
#include "cli/rpcsession.h"

#include "common/hex.h"
#include "crypto/address.h"
#include "eth/abicodec.h"
#include "eth/abifunction.h"
#include "eth/abitext.h"
#include "eth/uint256.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace dd::cli {

namespace {

const char *rpcHelp
    = "\nOptions:\n  -r, --rpc-url <URL>   the node [env: ETH_RPC_URL, default http://localhost:8545]\n";

// Prints a hex quantity result in decimal.
int printQuantity(const Result<QJsonValue> &result)
{
    if (!result)
        return fail(result.message());
    auto n = eth::UInt256::parse(result.value().toString());
    if (!n)
        return fail(QStringLiteral("the node sent an invalid number: ") + n.message());
    print(n.value().toDecimal());
    return 0;
}

QString blockTag(const CommandLine &cl)
{
    return cl.value(QStringLiteral("block"), cl.value(QStringLiteral("B"), QStringLiteral("latest")));
}

QSet<QString> withBlock(QSet<QString> options)
{
    options.insert(QStringLiteral("block"));
    options.insert(QStringLiteral("B"));
    return options;
}

} // namespace

int runChainId(const QStringList &args)
{
    CommandLine cl(args, rpcOptions(), {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print the chain id of the node\n\nUsage: datadao-cli chain-id [OPTIONS]\n")
            + QLatin1String(rpcHelp));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    return printQuantity(rpcCall(cl, QStringLiteral("eth_chainId")));
}

int runBlockNumber(const QStringList &args)
{
    CommandLine cl(args, rpcOptions(), {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print the latest block number\n\nUsage: datadao-cli block-number [OPTIONS]\n")
            + QLatin1String(rpcHelp));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    return printQuantity(rpcCall(cl, QStringLiteral("eth_blockNumber")));
}

int runBalance(const QStringList &args)
{
    CommandLine cl(args, withBlock(rpcOptions()), {QStringLiteral("ether"), QStringLiteral("e")});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print an account's native balance in wei (or ether with --ether)\n\n"
                             "Usage: datadao-cli balance [OPTIONS] <WHO>\n\n"
                             "  -e, --ether            in ether, with 18 decimals\n"
                             "  -B, --block <BLOCK>    a block number or tag [default: latest]\n")
            + QLatin1String(rpcHelp));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("expected one address"));
    auto who = crypto::Address::parse(cl.positional().first());
    if (!who)
        return fail(who.message());
    auto result = rpcCall(cl, QStringLiteral("eth_getBalance"), {who.value().toChecksumString(), blockTag(cl)});
    if (!result)
        return fail(result.message());
    auto wei = eth::UInt256::parse(result.value().toString());
    if (!wei)
        return fail(wei.message());
    if (!cl.has(QStringLiteral("ether")) && !cl.has(QStringLiteral("e"))) {
        print(wei.value().toDecimal());
        return 0;
    }
    // cast prints all 18 decimals.
    QString digits = wei.value().toDecimal().rightJustified(19, u'0');
    print(digits.left(digits.size() - 18) + u'.' + digits.right(18));
    return 0;
}

int runNonce(const QStringList &args)
{
    CommandLine cl(args, withBlock(rpcOptions()), {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print an account's nonce\n\nUsage: datadao-cli nonce [OPTIONS] <WHO>\n")
            + QLatin1String(rpcHelp));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("expected one address"));
    auto who = crypto::Address::parse(cl.positional().first());
    if (!who)
        return fail(who.message());
    return printQuantity(
        rpcCall(cl, QStringLiteral("eth_getTransactionCount"), {who.value().toChecksumString(), blockTag(cl)}));
}

int runCall(const QStringList &args)
{
    QSet<QString> options = withBlock(rpcOptions());
    options.insert(QStringLiteral("from"));
    options.insert(QStringLiteral("f"));
    CommandLine cl(args, options, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Call a contract without a transaction (eth_call)\n\n"
                             "Usage: datadao-cli call [OPTIONS] <TO> [SIG] [ARGS]...\n\n"
                             "With output types in SIG (\"balanceOf(address)(uint256)\") the result is decoded.\n")
            + QLatin1String(rpcHelp));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    QStringList positional = cl.positional();
    if (positional.isEmpty())
        return fail(QStringLiteral("a contract address is required"));
    auto to = crypto::Address::parse(positional.takeFirst());
    if (!to)
        return fail(to.message());
    auto calldata = buildCalldata(positional, true);
    if (!calldata)
        return fail(calldata.message());
    const QByteArray data = calldata.value().data;
    const std::optional<eth::AbiFunction> function = calldata.value().function;
    QJsonObject call {{QStringLiteral("to"), to.value().toChecksumString()}, {QStringLiteral("data"), toHex(data)}};
    const QString from = cl.value(QStringLiteral("from"), cl.value(QStringLiteral("f")));
    if (!from.isEmpty())
        call.insert(QStringLiteral("from"), from);
    auto result = rpcCall(cl, QStringLiteral("eth_call"), {call, blockTag(cl)});
    if (!result)
        return fail(result.error().data.isEmpty()
                ? result.message()
                : QStringLiteral("%1, data: \"%2\"").arg(result.message(), result.error().data));
    auto bytes = fromHex(result.value().toString());
    if (!bytes)
        return fail(QStringLiteral("the node sent invalid hex: ") + bytes.message());
    if (!function || function->outputs.empty()) {
        print(toHex(bytes.value()));
        return 0;
    }
    if (bytes.value().isEmpty())
        return fail(
            QStringLiteral("contract %1 does not have any code, or returned nothing").arg(to.value().toLowerHex()));
    auto values = eth::abi::decode(function->outputs, bytes.value());
    if (!values)
        return fail(values.message());
    for (std::size_t i = 0; i < function->outputs.size(); ++i)
        print(eth::abitext::format(function->outputs[i], values.value()[i]));
    return 0;
}

int runReceipt(const QStringList &args)
{
    CommandLine cl(args, rpcOptions() + QSet<QString> {QStringLiteral("timeout")},
        {QStringLiteral("async"), QStringLiteral("json"), QStringLiteral("j")});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print a transaction's receipt (or one field of it)\n\n"
                             "Usage: datadao-cli receipt [OPTIONS] <TX_HASH> [FIELD]\n\n"
                             "      --async              exit at once if the transaction is not mined\n"
                             "  -j, --json               the node's receipt as JSON\n"
                             "      --timeout <SECONDS>  how long to wait for it to be mined [default: 120]\n")
            + QLatin1String(rpcHelp));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    const QStringList positional = cl.positional();
    if (positional.isEmpty() || positional.size() > 2)
        return fail(QStringLiteral("expected a transaction hash and at most one field"));
    auto hash = fromHex(positional[0]);
    if (!hash || hash.value().size() != 32)
        return fail(QStringLiteral("\"%1\" is not a transaction hash (32 bytes of hex)").arg(positional[0]));
    const bool wait = !cl.has(QStringLiteral("async"));
    QDeadlineTimer deadline(std::chrono::seconds(cl.value(QStringLiteral("timeout"), QStringLiteral("120")).toInt()));
    Result<QJsonValue> receipt = QJsonValue();
    for (;;) {
        receipt = rpcCall(cl, QStringLiteral("eth_getTransactionReceipt"), {toHex(hash.value())});
        if (!receipt)
            return fail(receipt.message());
        if (receipt.value().isObject() || !wait || deadline.hasExpired())
            break;
        QThread::msleep(500);
    }
    if (!receipt.value().isObject())
        return fail(QStringLiteral("tx not found: %1").arg(toHex(hash.value())));
    const QJsonObject object = receipt.value().toObject();
    if (cl.has(QStringLiteral("json")) || cl.has(QStringLiteral("j"))) {
        print(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (positional.size() == 2) {
        auto field = receiptField(object, positional[1]);
        if (!field)
            return fail(field.message());
        print(field.value());
        return 0;
    }
    print(receiptText(object, true));
    return 0;
}

} // namespace dd::cli
