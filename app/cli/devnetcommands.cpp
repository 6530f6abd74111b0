// datadao-cli devnet up|down|status: a local chain (anvil) with the DAO deployed and seeded,
// a demo forum (scripts/demo_forum.py serving recorded Discourse answers) that a seeded proposal
// links, and a DAO profile the app opens.

#include "cli/clitransactions.h"
#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/demodatasets.h"

#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "dao/daodeployer.h"
#include "dao/devnetseeder.h"
#include "eth/chainsession.h"
#include "eth/clientthread.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <memory>

#include <csignal>

namespace dd::cli {

namespace {

const QString devMnemonic = QStringLiteral("test test test test test test test test test test test junk");

QString defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/DataDAO/devnet");
}

struct DevnetState {
    qint64 pid = 0;
    QString url;
};

bool processAlive(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("State:"))
            return !line.contains("Z (zombie)") && !line.contains("X (dead)");
    }
    return false;
}

// The running devnet, if its anvil process is still alive.
std::optional<DevnetState> runningDevnet(const QString &dir)
{
    QFile file(dir + QStringLiteral("/anvil.pid"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList parts = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return std::nullopt;
    DevnetState state {parts[0].toLongLong(), parts[1]};
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(state.pid));
    if (state.pid <= 0 || !cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains("anvil")
        || !processAlive(state.pid))
        return std::nullopt;
    return state;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool waitForPort(quint16 port, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

// Starts a helper process detached, its output in <name>.log and its pid in <name>.pid, and
// waits until it listens on port.
bool startHelper(const QString &dir, const QString &name, const QString &program, const QStringList &args, quint16 port)
{
    QProcess process;
    process.setProgram(program);
    process.setArguments(args);
    process.setStandardOutputFile(dir + QLatin1Char('/') + name + QStringLiteral(".log"));
    process.setStandardErrorFile(dir + QLatin1Char('/') + name + QStringLiteral(".log"), QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    qint64 pid = 0;
    if (!process.startDetached(&pid) || !waitForPort(port, 10000))
        return false;
    QFile pidFile(dir + QLatin1Char('/') + name + QStringLiteral(".pid"));
    if (pidFile.open(QIODevice::WriteOnly))
        pidFile.write(QByteArray::number(pid) + '\n');
    return true;
}

// Stops the helper named in <name>.pid, if that pid still runs a command line containing mark.
void stopHelper(const QString &dir, const QString &name, const QByteArray &mark)
{
    QFile pidFile(dir + QLatin1Char('/') + name + QStringLiteral(".pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    const qint64 pid = pidFile.readAll().trimmed().toLongLong();
    pidFile.close();
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (pid > 0 && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(mark))
        ::kill(pid_t(pid), SIGTERM);
    QFile::remove(pidFile.fileName());
}

// The demo forum (recorded Discourse answers). An empty URL when python3 or the script is
// missing: the devnet works without it, the proposal just links no discussion.
QUrl startDemoForum(const QString &dir)
{
    const QString script = QStringLiteral(DD_DEMO_FORUM);
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty() || !QFile::exists(script))
        return {};
    const quint16 port = freePort();
    if (!startHelper(
            dir, QStringLiteral("forum"), python, {script, QStringLiteral("--port"), QString::number(port)}, port))
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// The storage node: this same program's `storage serve`, its blocks under dir/storage.
QUrl startStorageNode(const QString &dir)
{
    const quint16 port = freePort();
    if (!startHelper(dir, QStringLiteral("storage"), QCoreApplication::applicationFilePath(),
            {QStringLiteral("storage"), QStringLiteral("serve"), QStringLiteral("--dir"),
                dir + QStringLiteral("/storage"), QStringLiteral("--port"), QString::number(port)},
            port))
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

void stopHelpers(const QString &dir)
{
    stopHelper(dir, QStringLiteral("forum"), "demo_forum");
    stopHelper(dir, QStringLiteral("storage"), "storage");
}

int devnetUp(const CommandLine &cl)
{
    const QString dir = cl.value(QStringLiteral("dir"), defaultDir());
    if (auto running = runningDevnet(dir)) {
        print(QStringLiteral("A devnet is already running (anvil pid %1) at %2.\nProfile: %3/devnet.json\n"
                             "Stop it with: datadao-cli devnet down")
                  .arg(running->pid)
                  .arg(running->url, dir));
        return 1;
    }
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create %1").arg(dir));
    const QString anvil
        = cl.value(QStringLiteral("anvil"), qEnvironmentVariable("DD_ANVIL", QStringLiteral(DD_ANVIL_DEFAULT)));
    if (!QFile::exists(anvil))
        return fail(QStringLiteral("anvil not found at %1 (run npm ci in scripts/, or pass --anvil)").arg(anvil));
    const quint16 port
        = cl.has(QStringLiteral("port")) ? quint16(cl.value(QStringLiteral("port")).toUInt()) : freePort();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    qint64 pid = 0;
    const QStringList args {QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
        QString::number(port), QStringLiteral("--silent")};
    QProcess process;
    process.setProgram(anvil);
    process.setArguments(args);
    process.setWorkingDirectory(dir);
    // Detached, with its output in a log file: it must not hold our stdout open after we exit.
    process.setStandardOutputFile(dir + QStringLiteral("/anvil.log"));
    process.setStandardErrorFile(dir + QStringLiteral("/anvil.log"), QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    if (!process.startDetached(&pid))
        return fail(QStringLiteral("cannot start %1").arg(anvil));
    auto stop = [pid] { ::kill(pid_t(pid), SIGTERM); };
    if (!waitForPort(port, 15000)) {
        stop();
        return fail(QStringLiteral("anvil did not listen on port %1 within 15 s").arg(port));
    }
    QFile pidFile(dir + QStringLiteral("/anvil.pid"));
    if (!pidFile.open(QIODevice::WriteOnly)
        || pidFile.write(QStringLiteral("%1\n%2\n").arg(pid).arg(url).toUtf8()) < 0) {
        stop();
        return fail(QStringLiteral("cannot write %1").arg(pidFile.fileName()));
    }
    pidFile.close();
    print(QStringLiteral("Started anvil (pid %1) at %2").arg(pid).arg(url));
    // A new chain: the journal of an earlier devnet here names nonces this one never saw.
    const QString journal = journalBesideProfile(dir + QStringLiteral("/devnet.json"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(journal + suffix);

    // The chain client runs on its own thread; this thread waits on it.
    auto network = std::make_unique<eth::ClientThread>(QList<QUrl> {QUrl(url)});
    auto finish = [&network] { network.reset(); };
    eth::ChainSession chain(network->client(), std::chrono::seconds(30));
    const SecureBytes seed = crypto::bip39::mnemonicToSeed(devMnemonic);
    QList<crypto::PrivateKey> keys;
    for (int i = 0; i < 5; ++i)
        keys.append(crypto::bip32::ethereumKeyFromSeed(seed, i).value());
    print(QStringLiteral("Deploying DaoToken, DaoTimelock, DaoGovernor, DatasetRegistry and DatasetCuration…"));
    dao::DaoParameters parameters;
    // The development phrase's accounts 0, 1 and 3 review datasets (two decide: the quorum).
    parameters.curators = {keys[0].address(), keys[1].address(), keys[3].address()};
    QList<crypto::Address> accounts;
    for (const crypto::PrivateKey &key : std::as_const(keys))
        accounts.append(key.address());
    // Deploying and seeding go through the one TransactionService too, journaled beside the
    // profile like every other transaction the CLI sends on this devnet.
    Result<dao::DaoProfile> profile = [&]() -> Result<dao::DaoProfile> {
        auto chainId = chain.chainId();
        if (!chainId)
            return chainId.error();
        dao::DaoProfile devnetChain; // no contracts yet: the chain the deployment must land on
        devnetChain.name = QStringLiteral("DataDAO devnet");
        devnetChain.chainId = chainId.value();
        CliRequester deployer(network->client(), devnetChain, keys, journal, false);
        if (auto opened = deployer.open(); !opened)
            return opened.error();
        return dao::deployDao(chain, deployer, accounts[0], parameters);
    }();
    if (!profile) {
        finish();
        stop();
        QFile::remove(pidFile.fileName());
        return fail(profile.message());
    }
    profile.value().name = QStringLiteral("DataDAO devnet");
    profile.value().rpcUrls = {QUrl(url)};
    profile.value().mnemonic = devMnemonic;
    const QUrl forum = startDemoForum(dir);
    print(forum.isEmpty() ? QStringLiteral("No demo forum (python3 or scripts/demo_forum.py missing).")
                          : QStringLiteral("Demo forum at %1").arg(forum.toString()));
    const QUrl storageNode = startStorageNode(dir);
    if (storageNode.isEmpty()) {
        finish();
        stop();
        stopHelpers(dir);
        QFile::remove(pidFile.fileName());
        return fail(QStringLiteral("The storage node did not start; see %1/storage.log").arg(dir));
    }
    profile.value().storageApi = storageNode;
    profile.value().gateways = {storageNode};
    print(QStringLiteral("Storage node at %1 (Kubo RPC API and trustless gateway)").arg(storageNode.toString()));
    print(QStringLiteral("Creating members, delegations and proposals…"));
    auto proposals = [&]() -> Result<QList<dao::SeededProposal>> {
        CliRequester seeder(network->client(), profile.value(), keys, journal, false);
        if (auto opened = seeder.open(); !opened)
            return opened.error();
        return dao::seedDevnet(chain, seeder, profile.value(), accounts, parameters, forum);
    }();
    Result<QStringList> datasets = QStringList();
    if (proposals && cl.has(QStringLiteral("demo-datasets"))) {
        print(QStringLiteral("Publishing the demo datasets…"));
        datasets = seedDemoDatasets(
            network->client(), profile.value(), keys, dir + QStringLiteral("/demo-datasets"), journal);
    }
    finish();
    if (!proposals || !datasets) {
        stop();
        stopHelpers(dir);
        QFile::remove(pidFile.fileName());
        return fail(!proposals ? proposals.message() : datasets.message());
    }
    const QString profilePath = dir + QStringLiteral("/devnet.json");
    if (auto saved = profile.value().save(profilePath); !saved) {
        stop();
        return fail(saved.message());
    }
    print(QStringLiteral("Token:    %1\nTimelock: %2\nGovernor: %3\nDatasets: %4")
              .arg(profile.value().token.toChecksumString(), profile.value().timelock.toChecksumString(),
                  profile.value().governor.toChecksumString(), profile.value().datasetRegistry.toChecksumString()));
    for (const auto &p : proposals.value())
        print(QStringLiteral("  %1  %2").arg(dao::proposalStateName(p.state).leftJustified(9), p.title));
    if (!datasets.value().isEmpty())
        print(QStringLiteral("Datasets:\n") + datasets.value().join(u'\n'));
    print(QStringLiteral("Profile:  %1\nAccounts: the development phrase \"%2\" (indexes 0-4)")
              .arg(profilePath, devMnemonic));
    return 0;
}

int devnetDown(const CommandLine &cl)
{
    const QString dir = cl.value(QStringLiteral("dir"), defaultDir());
    stopHelpers(dir);
    auto running = runningDevnet(dir);
    if (!running) {
        QFile::remove(dir + QStringLiteral("/anvil.pid"));
        print(QStringLiteral("No devnet is running."));
        return 0;
    }
    ::kill(pid_t(running->pid), SIGTERM);
    // Wait until it has exited (a zombie waiting for its reaper counts as exited).
    QElapsedTimer timer;
    timer.start();
    while (processAlive(running->pid) && timer.elapsed() < 5000)
        QThread::msleep(50);
    if (processAlive(running->pid))
        ::kill(pid_t(running->pid), SIGKILL);
    QFile::remove(dir + QStringLiteral("/anvil.pid"));
    print(QStringLiteral("Stopped the devnet (anvil pid %1).").arg(running->pid));
    return 0;
}

int devnetStatus(const CommandLine &cl)
{
    const QString dir = cl.value(QStringLiteral("dir"), defaultDir());
    auto running = runningDevnet(dir);
    if (!running) {
        print(QStringLiteral("No devnet is running. Start one with: datadao-cli devnet up"));
        return 1;
    }
    print(QStringLiteral("Running: anvil pid %1 at %2\nProfile: %3/devnet.json")
              .arg(running->pid)
              .arg(running->url, dir));
    return 0;
}

} // namespace

int runDevnet(const QStringList &args)
{
    const QString sub = args.value(0);
    CommandLine cl(args.mid(1), {QStringLiteral("dir"), QStringLiteral("port"), QStringLiteral("anvil")},
        {QStringLiteral("demo-datasets")});
    if (sub.isEmpty() || sub.startsWith(u'-') || cl.wantsHelp()) {
        print(QStringLiteral(
            "A local devnet: anvil with the DAO deployed, members, delegations and proposals in every state\n\n"
            "Usage: datadao-cli devnet <up|down|status> [OPTIONS]\n\n"
            "Options:\n"
            "      --dir <DIR>      where the profile and pid file live [default: %1]\n"
            "      --port <PORT>    anvil's port (up) [default: a free one]\n"
            "      --anvil <PATH>   the anvil binary (up) [env: DD_ANVIL]\n"
            "      --demo-datasets  also publish a demo catalog (up): nine datasets by four members,\n"
            "                       two decided, one under appeal with its proposal open, one bought,\n"
            "                       the rest waiting for the curators")
                  .arg(defaultDir()));
        return sub.isEmpty() ? 2 : 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (sub == QLatin1String("up"))
        return devnetUp(cl);
    if (sub == QLatin1String("down"))
        return devnetDown(cl);
    if (sub == QLatin1String("status"))
        return devnetStatus(cl);
    return fail(QStringLiteral("unrecognized subcommand 'devnet %1'").arg(sub));
}

} // namespace dd::cli
