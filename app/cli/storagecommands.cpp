// datadao-cli cid and car: a file's IPFS CID as the reference importers compute it, and CAR v1
// files: create (the import's blocks), verify (every block against its hash), ls.

#include "cli/commandline.h"
#include "cli/commands.h"
#include "storage/blockingtransfer.h"

#include "storage/car.h"
#include "storage/commp.h"
#include "storage/dagwalk.h"
#include "storage/storageserver.h"
#include "storage/transfers.h"
#include "storage/unixfs.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <unistd.h>

#include <cstdio>

namespace dd::cli {

namespace {

// The profile the options name, with --chunk-size, --max-links and --shard-threshold applied; an
// error in words.
Result<storage::ImportProfile> profileFrom(const CommandLine &cl)
{
    const QString name = cl.value(QStringLiteral("profile"), QStringLiteral("unixfs-v1-2025"));
    auto profile = storage::ImportProfile::byName(name);
    if (!profile)
        return Result<storage::ImportProfile>::failure(
            QStringLiteral("unknown profile '%1': use unixfs-v1-2025 or unixfs-v0-2015").arg(name));
    bool ok = true;
    if (cl.has(QStringLiteral("chunk-size")))
        profile->chunkSize = cl.value(QStringLiteral("chunk-size")).toLongLong(&ok);
    if (!ok || profile->chunkSize < 1 || profile->chunkSize > 16 * 1024 * 1024)
        return Result<storage::ImportProfile>::failure(QStringLiteral("--chunk-size takes 1 to 16777216 bytes"));
    if (cl.has(QStringLiteral("max-links")))
        profile->maxLinks = cl.value(QStringLiteral("max-links")).toInt(&ok);
    if (!ok || profile->maxLinks < 2 || profile->maxLinks > 8192)
        return Result<storage::ImportProfile>::failure(QStringLiteral("--max-links takes 2 to 8192"));
    if (cl.has(QStringLiteral("shard-threshold")))
        profile->shardThreshold = cl.value(QStringLiteral("shard-threshold")).toLongLong(&ok);
    if (!ok || profile->shardThreshold < 1)
        return Result<storage::ImportProfile>::failure(QStringLiteral("--shard-threshold takes a number of bytes"));
    return *profile;
}

const char *profileHelp = "      --profile <NAME>      unixfs-v1-2025 (CIDv1, raw leaves, 1 MiB chunks, 1024 links)\n"
                          "                            or unixfs-v0-2015 (Kubo's classic default: CIDv0, 256 KiB\n"
                          "                            chunks, 174 links) [default: unixfs-v1-2025]\n"
                          "      --chunk-size <BYTES>  override the profile's chunk size (as ipfs add --chunker)\n"
                          "      --max-links <N>       override the profile's links per node\n"
                          "      --shard-threshold <BYTES>\n"
                          "                            a folder whose node would pass this size becomes a HAMT\n"
                          "                            shard (as Kubo's Import.UnixFSHAMTDirectorySizeThreshold)\n"
                          "                            [default: 262144]";

QString defaultStoreDir(const char *name)
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/datadao/")
        + QLatin1String(name);
}

// Progress on stderr for a terminal, one line rewritten in place.
void showProgress(const char *what, quint64 done, quint64 total)
{
    if (!isatty(fileno(stderr)))
        return;
    if (total > 0)
        std::fprintf(stderr, "\r%s %.1f / %.1f MiB", what, double(done) / 1048576.0, double(total) / 1048576.0);
    else
        std::fprintf(stderr, "\r%s %.1f MiB", what, double(done) / 1048576.0);
}

int runStorageServe(const CommandLine &cl)
{
    const QString dir = cl.value(QStringLiteral("dir"), defaultStoreDir("storage-node"));
    bool ok = true;
    const int port = cl.value(QStringLiteral("port"), QStringLiteral("0")).toInt(&ok);
    if (!ok || port < 0 || port > 65535)
        return fail(QStringLiteral("--port takes 0 to 65535"));
    storage::StorageServer server {storage::BlockStore(dir)};
    if (auto listening = server.listen(quint16(port)); !listening)
        return fail(listening.message());
    // One line for people and scripts: where it listens. The devnet reads the URL from it.
    print(QStringLiteral("Storage node at %1 (Kubo RPC API at /api/v0, trustless gateway at /ipfs), blocks in %2")
              .arg(server.url().toString(), dir));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int runStoragePut(const CommandLine &cl)
{
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file, folder or .car"));
    if (!cl.has(QStringLiteral("api")))
        return fail(QStringLiteral("--api <URL> is required (a Kubo RPC API, e.g. http://127.0.0.1:5001)"));
    const QString path = cl.positional().first();
    QString carPath = path;
    QTemporaryDir scratch;
    QFile probe(path);
    const bool isCar
        = path.endsWith(QLatin1String(".car")) && probe.open(QIODevice::ReadOnly) && storage::carLayout(path, 1).ok();
    if (!isCar) {
        auto profile = profileFrom(cl);
        if (!profile)
            return fail(profile.message());
        if (!scratch.isValid())
            return fail(QStringLiteral("no temporary folder for the CAR"));
        carPath = scratch.filePath(QStringLiteral("upload.car"));
        if (auto written = storage::writeCar(path, carPath, profile.value()); !written)
            return fail(written.message());
    }
    QNetworkAccessManager network;
    storage::CarUpload::Options options;
    options.api = QUrl(cl.value(QStringLiteral("api")));
    if (cl.has(QStringLiteral("segment-size")))
        options.segmentBytes = cl.value(QStringLiteral("segment-size")).toLongLong();
    if (options.segmentBytes < 1)
        return fail(QStringLiteral("--segment-size takes a number of bytes"));
    storage::CarUpload upload(network, carPath, options);
    QString stored;
    QObject::connect(&upload, &storage::CarUpload::progress,
        [](quint64 done, quint64 total) { showProgress("uploading", done, total); });
    QObject::connect(&upload, &storage::CarUpload::finished, [&](bool ok, const QString &message) {
        if (isatty(fileno(stderr)))
            std::fputs("\n", stderr);
        if (ok)
            stored = message; // the root CID
    });
    if (auto uploaded = storage::runTransfer(upload, [&upload] { upload.start(); }); !uploaded)
        return fail(uploaded.message());
    print(stored);
    return 0;
}

int runStorageGet(const CommandLine &cl)
{
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one CID"));
    auto root = storage::Cid::parse(cl.positional().first());
    if (!root)
        return fail(root.message());
    if (!cl.has(QStringLiteral("gateway")) || !cl.has(QStringLiteral("output")))
        return fail(QStringLiteral("--gateway <URL> and --output <PATH> are required"));
    // An output that exists is refused by the download unless it is this DAG whole (a run
    // stopped after its last rename).
    const QString output = cl.value(QStringLiteral("output"));
    const storage::BlockStore store(cl.value(QStringLiteral("store"), defaultStoreDir("blocks")));
    storage::FileDownload::Options options;
    options.gateway = QUrl(cl.value(QStringLiteral("gateway")));
    storage::FileDownload download(store, root.value(), output, options);
    QObject::connect(&download, &storage::FileDownload::progress,
        [](quint64 done, quint64 total) { showProgress("verified", done, total); });
    QObject::connect(&download, &storage::FileDownload::finished, [] {
        if (isatty(fileno(stderr)))
            std::fputs("\n", stderr);
    });
    if (auto downloaded = storage::runTransfer(download, [&download] { download.start(); }); !downloaded)
        return fail(downloaded.message());
    print(root.value().toString());
    return 0;
}

} // namespace

int runStorage(const QStringList &args)
{
    const QString sub = args.value(0);
    CommandLine cl(args.mid(1),
        {QStringLiteral("dir"), QStringLiteral("port"), QStringLiteral("api"), QStringLiteral("gateway"),
            QStringLiteral("output"), QStringLiteral("store"), QStringLiteral("profile"), QStringLiteral("chunk-size"),
            QStringLiteral("max-links"), QStringLiteral("shard-threshold"), QStringLiteral("segment-size")},
        {});
    if (sub.isEmpty() || sub.startsWith(u'-') || cl.wantsHelp()) {
        print(QStringLiteral(
                  "Storage: a local node, uploads to Kubo RPC APIs, verified downloads from trustless gateways\n\n"
                  "Usage: datadao-cli storage serve [--dir <DIR>] [--port <PORT>]\n"
                  "         A block store on 127.0.0.1 with the Kubo RPC API (dag/import, pin, block/stat)\n"
                  "         and a trustless gateway (/ipfs/<cid>?format=car|raw). --port 0 picks a free port.\n"
                  "       datadao-cli storage put <FILE|FOLDER|CAR> --api <URL> [--segment-size <BYTES>] [OPTIONS]\n"
                  "         Imports (unless given a CAR), uploads by dag/import in segments, pins the root;\n"
                  "         prints the root CID.\n"
                  "       datadao-cli storage get <CID> --gateway <URL> --output <PATH> [--store <DIR>]\n"
                  "         Downloads the CAR, checks every block against its CID as it streams and writes\n"
                  "         the file or folder as it goes (under <PATH>.partial until the DAG is whole).\n"
                  "         A broken download run again continues where it stopped: what <PATH>.partial\n"
                  "         holds is checked against the DAG (its nodes kept in --store) first.\n\nOptions of put:\n")
            + QLatin1String(profileHelp));
        return sub.isEmpty() ? 2 : 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (sub == QLatin1String("serve"))
        return runStorageServe(cl);
    if (sub == QLatin1String("put"))
        return runStoragePut(cl);
    if (sub == QLatin1String("get"))
        return runStorageGet(cl);
    return fail(QStringLiteral("unrecognized subcommand 'storage %1'").arg(sub));
}

int runCid(const QStringList &args)
{
    CommandLine cl(args,
        {QStringLiteral("profile"), QStringLiteral("chunk-size"), QStringLiteral("max-links"),
            QStringLiteral("shard-threshold")},
        {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print a file's IPFS CID (UnixFS import, as the reference importers do)\n\n"
                             "Usage: datadao-cli cid <FILE|FOLDER> [OPTIONS]\n\nOptions:\n")
            + QLatin1String(profileHelp));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file"));
    auto profile = profileFrom(cl);
    if (!profile)
        return fail(profile.message());
    auto imported = storage::importPath(cl.positional().first(), profile.value());
    if (!imported)
        return fail(imported.message());
    print(imported.value().root.toString());
    return 0;
}

int runCommp(const QStringList &args)
{
    CommandLine cl(args, {}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print a CAR's Filecoin piece commitment (FRC-0058), as deal clients compute it\n\n"
                             "Usage: datadao-cli commp <CAR>\n\n"
                             "Prints the piece CID (FRC-0069, bafkzcib…), the CommP CID (baga6ea4sea…) and the\n"
                             "padded piece size, one per line."));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file"));
    QFile input(cl.positional().first());
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(input.fileName(), input.errorString()));
    auto piece = storage::computePieceCommitment(input);
    if (!piece)
        return fail(piece.message());
    print(piece.value().pieceCid().toString());
    print(piece.value().commPCid().toString());
    print(QString::number(piece.value().paddedPieceSize));
    return 0;
}

int runCar(const QStringList &args)
{
    const QString sub = args.value(0);
    CommandLine cl(args.mid(1),
        {QStringLiteral("profile"), QStringLiteral("chunk-size"), QStringLiteral("max-links"),
            QStringLiteral("shard-threshold"), QStringLiteral("output")},
        {});
    if (sub.isEmpty() || sub.startsWith(u'-') || cl.wantsHelp()) {
        print(QStringLiteral("CAR v1 files\n\n"
                             "Usage: datadao-cli car create <FILE|FOLDER> --output <OUT.car> [OPTIONS]\n"
                             "       datadao-cli car verify <CAR>   (every block against its hash; prints the root)\n"
                             "       datadao-cli car ls <CAR>       (the roots, then every block's CID)\n\n"
                             "Options of create:\n")
            + QLatin1String(profileHelp));
        return sub.isEmpty() ? 2 : 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file"));
    const QString path = cl.positional().first();
    if (sub == QLatin1String("create")) {
        auto profile = profileFrom(cl);
        if (!profile)
            return fail(profile.message());
        if (!cl.has(QStringLiteral("output")))
            return fail(QStringLiteral("--output <OUT.car> is required"));
        auto root = storage::writeCar(path, cl.value(QStringLiteral("output")), profile.value());
        if (!root)
            return fail(root.message());
        print(root.value().toString());
        return 0;
    }
    if (sub == QLatin1String("verify") || sub == QLatin1String("ls")) {
        QFile input(path);
        if (!input.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(path, input.errorString()));
        QStringList blocks;
        auto summary = storage::readCar(input, [&](const storage::Cid &cid, const QByteArray &) {
            if (sub == QLatin1String("ls"))
                blocks.append(cid.toString());
            return success();
        });
        if (!summary)
            return fail(summary.message());
        for (const storage::Cid &root : summary.value().roots)
            print(root.toString());
        for (const QString &block : blocks)
            print(block);
        return 0;
    }
    return fail(QStringLiteral("unrecognized subcommand 'car %1'").arg(sub));
}

} // namespace dd::cli
