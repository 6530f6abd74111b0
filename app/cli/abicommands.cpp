// ABI commands with cast's arguments and output: sig, calldata, abi-encode, abi-decode,
// decode-calldata.

#include "cli/commandline.h"
#include "cli/commands.h"

#include "common/hex.h"
#include "eth/abicodec.h"
#include "eth/abifunction.h"
#include "eth/abitext.h"

namespace dd::cli {

namespace {

Result<eth::AbiFunction> signatureArg(const CommandLine &cl)
{
    if (cl.positional().isEmpty())
        return Result<eth::AbiFunction>::failure(
            QStringLiteral("a signature is required, like \"transfer(address,uint256)\""));
    return eth::AbiFunction::parse(cl.positional().first());
}

int printValues(const std::vector<eth::AbiType> &types, const eth::AbiValue::List &values)
{
    for (std::size_t i = 0; i < types.size(); ++i)
        print(eth::abitext::format(types[i], values[i]));
    return 0;
}

Result<QByteArray> encodeArgs(const eth::AbiFunction &f, const QStringList &texts)
{
    auto values = eth::abitext::parseValues(f.inputs, texts);
    if (!values)
        return values.error();
    return eth::abi::encode(f.inputs, values.value());
}

} // namespace

int runSig(const QStringList &args)
{
    CommandLine cl(args, {}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print the 4-byte selector of a function signature\n\n"
                             "Usage: datadao-cli sig <SIG>\n\n"
                             "SIG is \"transfer(address,uint256)\" or a Solidity declaration."));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    auto f = signatureArg(cl);
    if (!f)
        return fail(f.message());
    print(toHex(f.value().selector()));
    return 0;
}

int runCalldata(const QStringList &args)
{
    CommandLine cl(args, {}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("ABI-encode a function call with its selector\n\n"
                             "Usage: datadao-cli calldata <SIG> [ARGS]...\n\n"
                             "Arrays are written [a,b], tuples (a,b); numbers in decimal or 0x hex."));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    auto f = signatureArg(cl);
    if (!f)
        return fail(f.message());
    auto encoded = encodeArgs(f.value(), cl.positional().mid(1));
    if (!encoded)
        return fail(encoded.message());
    print(toHex(f.value().selector() + encoded.value()));
    return 0;
}

int runAbiEncode(const QStringList &args)
{
    CommandLine cl(args, {}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral(
            "ABI-encode arguments (without a selector)\n\nUsage: datadao-cli abi-encode <SIG> [ARGS]..."));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    auto f = signatureArg(cl);
    if (!f)
        return fail(f.message());
    auto encoded = encodeArgs(f.value(), cl.positional().mid(1));
    if (!encoded)
        return fail(encoded.message());
    print(toHex(encoded.value()));
    return 0;
}

int runAbiDecode(const QStringList &args)
{
    CommandLine cl(args, {}, {QStringLiteral("input"), QStringLiteral("i")});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Decode ABI-encoded output data (or input data with --input)\n\n"
                             "Usage: datadao-cli abi-decode [--input] <SIG> <DATA>\n\n"
                             "SIG is \"name(inputs)(outputs)\"; without --input the outputs are decoded."));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 2)
        return fail(QStringLiteral("expected a signature and data"));
    auto f = signatureArg(cl);
    if (!f)
        return fail(f.message());
    auto data = fromHex(cl.positional()[1]);
    if (!data)
        return fail(data.message());
    const bool input = cl.has(QStringLiteral("input")) || cl.has(QStringLiteral("i"));
    const auto &types = input ? f.value().inputs : f.value().outputs;
    QByteArray payload = data.value();
    if (input && payload.size() % 32 == 4)
        payload = payload.mid(4); // cast accepts input data with its selector
    auto values = eth::abi::decode(types, payload);
    if (!values)
        return fail(values.message());
    return printValues(types, values.value());
}

int runDecodeCalldata(const QStringList &args)
{
    CommandLine cl(args, {}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Decode calldata (selector + arguments) against a signature\n\n"
                             "Usage: datadao-cli decode-calldata <SIG> <CALLDATA>"));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 2)
        return fail(QStringLiteral("expected a signature and calldata"));
    auto f = signatureArg(cl);
    if (!f)
        return fail(f.message());
    auto data = fromHex(cl.positional()[1]);
    if (!data)
        return fail(data.message());
    if (data.value().size() < 4 || data.value().left(4) != f.value().selector())
        return fail(QStringLiteral("the calldata does not start with the selector %1 of %2")
                        .arg(toHex(f.value().selector()), f.value().signature()));
    auto values = eth::abi::decode(f.value().inputs, data.value().mid(4));
    if (!values)
        return fail(values.message());
    return printValues(f.value().inputs, values.value());
}

} // namespace dd::cli
