// datadao-cli cid: a file's IPFS CID as the reference importers compute it.

#include "cli/commandline.h"
#include "cli/commands.h"

#include "storage/unixfs.h"

#include <QFile>
#include <QFileInfo>

namespace dd::cli {

int runCid(const QStringList &args)
{
    CommandLine cl(args, {QStringLiteral("profile")}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print a file's IPFS CID (UnixFS import, as the reference importers do)\n\n"
                             "Usage: datadao-cli cid <FILE> [--profile <NAME>]\n\n"
                             "Options:\n"
                             "      --profile <NAME>   unixfs-v1-2025 (CIDv1, raw leaves, 1 MiB chunks, 1024 links)\n"
                             "                         or unixfs-v0-2015 (Kubo's classic default: CIDv0, 256 KiB\n"
                             "                         chunks, 174 links) [default: unixfs-v1-2025]"));
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
    const QString path = cl.positional().first();
    if (QFileInfo(path).isDir())
        return fail(QStringLiteral("%1 is a folder; folders are not imported yet").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto imported = storage::importFile(file, *profile);
    if (!imported)
        return fail(imported.message());
    print(imported.value().root.toString());
    return 0;
}

} // namespace dd::cli
