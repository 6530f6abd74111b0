// datadao-cli cid and car: a file's IPFS CID as the reference importers compute it, and CAR v1
// files: create (the import's blocks), verify (every block against its hash), ls.

#include "cli/commandline.h"
#include "cli/commands.h"

#include "storage/car.h"
#include "storage/unixfs.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace dd::cli {

namespace {

// The profile the options name, with --chunk-size and --max-links applied; an error in words.
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
    return *profile;
}

const char *profileHelp = "      --profile <NAME>      unixfs-v1-2025 (CIDv1, raw leaves, 1 MiB chunks, 1024 links)\n"
                          "                            or unixfs-v0-2015 (Kubo's classic default: CIDv0, 256 KiB\n"
                          "                            chunks, 174 links) [default: unixfs-v1-2025]\n"
                          "      --chunk-size <BYTES>  override the profile's chunk size (as ipfs add --chunker)\n"
                          "      --max-links <N>       override the profile's links per node";

} // namespace

int runCid(const QStringList &args)
{
    CommandLine cl(args, {QStringLiteral("profile"), QStringLiteral("chunk-size"), QStringLiteral("max-links")}, {});
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

int runCar(const QStringList &args)
{
    const QString sub = args.value(0);
    CommandLine cl(args.mid(1),
        {QStringLiteral("profile"), QStringLiteral("chunk-size"), QStringLiteral("max-links"),
            QStringLiteral("output")},
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
        // Written beside the target and renamed when complete: no half-written CAR is left.
        QSaveFile output(cl.value(QStringLiteral("output")));
        if (!output.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2").arg(output.fileName(), output.errorString()));
        storage::CarWriter car(output);
        if (auto begun = car.begin(profile.value().cidVersion == 0 ? 34 : 36); !begun)
            return fail(begun.message());
        auto imported = storage::importPath(path, profile.value(),
            [&car](const storage::Cid &cid, const QByteArray &block) { return car.add(cid, block); });
        if (!imported)
            return fail(imported.message());
        if (auto finished = car.finish(imported.value().root); !finished)
            return fail(finished.message());
        if (!output.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(output.fileName(), output.errorString()));
        print(imported.value().root.toString());
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
