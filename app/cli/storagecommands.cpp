// datadao-cli cid: a file's IPFS CID as the reference importers compute it.

#include "cli/commandline.h"
#include "cli/commands.h"

#include "storage/unixfs.h"

#include <QFile>
#include <QFileInfo>

namespace dd::cli {

int runCid(const QStringList &args)
{
    CommandLine cl(args, {QStringLiteral("profile"), QStringLiteral("chunk-size"), QStringLiteral("max-links")}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print a file's IPFS CID (UnixFS import, as the reference importers do)\n\n"
                             "Usage: datadao-cli cid <FILE> [--profile <NAME>]\n\n"
                             "Options:\n"
                             "      --profile <NAME>   unixfs-v1-2025 (CIDv1, raw leaves, 1 MiB chunks, 1024 links)\n"
                             "                         or unixfs-v0-2015 (Kubo's classic default: CIDv0, 256 KiB\n"
                             "                         chunks, 174 links) [default: unixfs-v1-2025]\n"
                             "      --chunk-size <BYTES>  override the profile's chunk size (as ipfs add --chunker)\n"
                             "      --max-links <N>       override the profile's links per node"));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file"));
    const auto profile
        = storage::ImportProfile::byName(cl.value(QStringLiteral("profile"), QStringLiteral("unixfs-v1-2025")));
    if (!profile)
        return fail(QStringLiteral("unknown profile '%1': use unixfs-v1-2025 or unixfs-v0-2015")
                        .arg(cl.value(QStringLiteral("profile"))));
    storage::ImportProfile chosen = *profile;
    bool ok = true;
    if (cl.has(QStringLiteral("chunk-size")))
        chosen.chunkSize = cl.value(QStringLiteral("chunk-size")).toLongLong(&ok);
    if (!ok || chosen.chunkSize < 1 || chosen.chunkSize > 16 * 1024 * 1024)
        return fail(QStringLiteral("--chunk-size takes 1 to 16777216 bytes"));
    if (cl.has(QStringLiteral("max-links")))
        chosen.maxLinks = cl.value(QStringLiteral("max-links")).toInt(&ok);
    if (!ok || chosen.maxLinks < 2 || chosen.maxLinks > 8192)
        return fail(QStringLiteral("--max-links takes 2 to 8192"));
    const QString path = cl.positional().first();
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("%1 is a folder; folders are not imported yet").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto imported = storage::importFile(file, chosen);
    if (!imported)
        return fail(imported.message());
    print(imported.value().root.toString());
    return 0;
}

} // namespace dd::cli
