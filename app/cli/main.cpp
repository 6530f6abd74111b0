// datadao-cli: the DataDAO core from a terminal. Where Foundry's cast has the same operation,
// the arguments and the output are the same, so scripts can switch tools.

#include "cli/commands.h"
#include "common/allocator.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace dd::cli;

static int usage(int code)
{
    print(QStringLiteral("DataDAO Desktop command line\n\nUsage: datadao-cli <COMMAND>\n\nCommands:\n"
                         "  wallet                Keys: new, address, sign, verify, decrypt-keystore\n"
                         "  keccak                Hash data with Keccak-256\n"
                         "  to-check-sum-address  Print an address in its EIP-55 checksummed form\n"
                         "  sig                   Print a function selector\n"
                         "  calldata              ABI-encode a call with its selector\n"
                         "  abi-encode            ABI-encode arguments\n"
                         "  abi-decode            Decode ABI output (or --input) data\n"
                         "  decode-calldata       Decode calldata against a signature\n"
                         "  mktx                  Build and sign a transaction offline\n"
                         "  chain-id              Print the node's chain id\n"
                         "  block-number          Print the latest block number\n"
                         "  balance               Print an account's native balance\n"
                         "  nonce                 Print an account's nonce\n"
                         "  call                  Call a contract (eth_call)\n"
                         "  send                  Sign and send a transaction, print its receipt\n"
                         "  receipt               Print a transaction's receipt\n"
                         "  devnet                A local chain with the DAO: up, down, status\n"
                         "  sync                  Read a DAO's governance events into a cache file\n"
                         "  cid                   Print a file's IPFS CID\n"
                         "  car                   CAR v1 files: create, verify, ls\n"
                         "  commp                 Print a CAR's Filecoin piece CID (CommP)\n"
                         "  storage               A local storage node; upload to Kubo, verified download\n"
                         "  pin                   Pin with a remote pinning service: pin remote add, ls, rm\n"
                         "  dataset               Datasets: inspect, metadata, publish, list, buy, get\n"
                         "  curation              The data-quality queue: queue, show, curators, review, appeal,\n"
                         "                        challenge, fund, expire\n\n"
                         "Run 'datadao-cli <COMMAND> --help' for a command's options."));
    return code;
}

int main(int argc, char *argv[])
{
    dd::keepLargeBuffersForReuse();
    QCoreApplication app(argc, argv);
    // Output is for scripts: failures reach stderr once, as "Error: ...", not as log lines too.
    if (qEnvironmentVariableIsEmpty("DD_CLI_VERBOSE"))
        QLoggingCategory::setFilterRules(QStringLiteral("dd.*=false"));
    QCoreApplication::setApplicationName(QStringLiteral("datadao-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    const QStringList args = app.arguments().mid(1);
    const QString command = args.value(0);
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("wallet"))
        return runWallet(rest);
    if (command == QLatin1String("keccak") || command == QLatin1String("k"))
        return runKeccak(rest);
    if (command == QLatin1String("to-check-sum-address") || command == QLatin1String("ta"))
        return runToCheckSumAddress(rest);
    if (command == QLatin1String("sig") || command == QLatin1String("si"))
        return runSig(rest);
    if (command == QLatin1String("calldata") || command == QLatin1String("cd"))
        return runCalldata(rest);
    if (command == QLatin1String("abi-encode") || command == QLatin1String("ae"))
        return runAbiEncode(rest);
    if (command == QLatin1String("abi-decode") || command == QLatin1String("ad"))
        return runAbiDecode(rest);
    if (command == QLatin1String("decode-calldata") || command == QLatin1String("cdd"))
        return runDecodeCalldata(rest);
    if (command == QLatin1String("mktx") || command == QLatin1String("m"))
        return runMktx(rest);
    if (command == QLatin1String("chain-id") || command == QLatin1String("ci"))
        return runChainId(rest);
    if (command == QLatin1String("block-number") || command == QLatin1String("bn"))
        return runBlockNumber(rest);
    if (command == QLatin1String("balance") || command == QLatin1String("b"))
        return runBalance(rest);
    if (command == QLatin1String("nonce") || command == QLatin1String("n"))
        return runNonce(rest);
    if (command == QLatin1String("call") || command == QLatin1String("c"))
        return runCall(rest);
    if (command == QLatin1String("send") || command == QLatin1String("s"))
        return runSend(rest);
    if (command == QLatin1String("receipt") || command == QLatin1String("re"))
        return runReceipt(rest);
    if (command == QLatin1String("sync"))
        return runSync(rest);
    if (command == QLatin1String("devnet"))
        return runDevnet(rest);
    if (command == QLatin1String("cid"))
        return runCid(rest);
    if (command == QLatin1String("car"))
        return runCar(rest);
    if (command == QLatin1String("storage"))
        return runStorage(rest);
    if (command == QLatin1String("pin"))
        return runPin(rest);
    if (command == QLatin1String("commp"))
        return runCommp(rest);
    if (command == QLatin1String("dataset"))
        return runDataset(rest);
    if (command == QLatin1String("curation"))
        return runCuration(rest);
    if (command == QLatin1String("--version") || command == QLatin1String("-V")) {
        print(QStringLiteral("datadao-cli " DD_VERSION));
        return 0;
    }
    if (command.isEmpty())
        return usage(2);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage(0);
    return fail(QStringLiteral("unrecognized subcommand '%1'; see datadao-cli --help").arg(command));
}
