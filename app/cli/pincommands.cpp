// datadao-cli pin remote: a remote pinning service through the IPFS Pinning Service API, with
// the arguments and output of Kubo's `ipfs pin remote add|ls|rm`, the service given by its
// endpoint. The access token comes from DATADAO_PINNING_TOKEN or --token-file, never from the
// command line (where other users and the shell history would see it).

#include "cli/commandline.h"
#include "cli/commands.h"
#include "storage/pinningservice.h"

#include <QFile>

namespace dd::cli {

namespace {

Result<storage::PinningServiceClient> clientFrom(const CommandLine &cl)
{
    const QUrl endpoint(cl.value(QStringLiteral("endpoint")));
    if (!endpoint.isValid()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http")))
        return Result<storage::PinningServiceClient>::failure(
            QStringLiteral("--endpoint takes the service's API address (https://…)"));
    SecureBytes token;
    if (cl.has(QStringLiteral("token-file"))) {
        QFile file(cl.value(QStringLiteral("token-file")));
        if (!file.open(QIODevice::ReadOnly))
            return Result<storage::PinningServiceClient>::failure(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QByteArray bytes = file.read(4096);
        token = SecureBytes(QByteArrayView(bytes).trimmed());
        bytes.fill('\0');
    } else {
        token = SecureBytes(QByteArrayView(qgetenv("DATADAO_PINNING_TOKEN")));
    }
    if (token.isEmpty())
        return Result<storage::PinningServiceClient>::failure(
            QStringLiteral("no access token: set DATADAO_PINNING_TOKEN or give --token-file"));
    return storage::PinningServiceClient(endpoint, std::move(token));
}

QStringList listOption(const CommandLine &cl, const QString &name)
{
    return cl.value(name).split(u',', Qt::SkipEmptyParts);
}

int runAdd(const CommandLine &cl)
{
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one CID"));
    auto cid = storage::Cid::parse(cl.positional().first());
    if (!cid)
        return fail(cid.message());
    auto client = clientFrom(cl);
    if (!client)
        return fail(client.message());
    storage::RemotePinRequest request {
        cid.value(), cl.value(QStringLiteral("name")), listOption(cl, QStringLiteral("origins")), {}};
    for (const QString &pair : listOption(cl, QStringLiteral("meta"))) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return fail(QStringLiteral("--meta takes key=value pairs, comma separated"));
        request.meta.insert(pair.left(eq), pair.mid(eq + 1));
    }
    auto pin = client.value().add(request);
    if (!pin)
        return fail(pin.message());
    // Without --background, as Kubo does, wait until the service has it (or failed).
    if (!cl.has(QStringLiteral("background")) && !pin.value().settled()) {
        const int timeout = cl.value(QStringLiteral("timeout"), QStringLiteral("600")).toInt() * 1000;
        pin = client.value().waitUntilSettled(pin.value().requestId, 200, timeout);
        if (!pin)
            return fail(pin.message());
    }
    print(
        QStringLiteral("CID:\t%1\nName:\t%2\nStatus:\t%3").arg(pin.value().cid, pin.value().name, pin.value().status));
    if (pin.value().status == QLatin1String("failed")) {
        const QString details = pin.value().info.value(QStringLiteral("status_details"));
        return fail(QStringLiteral("the service could not pin %1%2")
                        .arg(pin.value().cid, details.isEmpty() ? QString() : QStringLiteral(": ") + details));
    }
    return 0;
}

Result<QList<storage::RemotePin>> listAll(const storage::PinningServiceClient &client, storage::RemotePinQuery query)
{
    // Page by `before`, the oldest creation time of each page, as the spec describes.
    QList<storage::RemotePin> all;
    query.limit = 1000;
    while (true) {
        auto page = client.list(query);
        if (!page)
            return page.error();
        all += page.value().results;
        if (page.value().results.isEmpty() || all.size() >= page.value().count)
            return all;
        query.before = page.value().results.last().created;
        for (const storage::RemotePin &pin : page.value().results)
            query.before = std::min(query.before, pin.created);
    }
}

storage::RemotePinQuery queryFrom(const CommandLine &cl, const QStringList &defaultStatuses)
{
    storage::RemotePinQuery query;
    query.cids = listOption(cl, QStringLiteral("cid"));
    query.name = cl.value(QStringLiteral("name"));
    query.statuses = cl.has(QStringLiteral("status")) ? listOption(cl, QStringLiteral("status")) : defaultStatuses;
    return query;
}

int runLs(const CommandLine &cl)
{
    auto client = clientFrom(cl);
    if (!client)
        return fail(client.message());
    auto pins = listAll(client.value(), queryFrom(cl, {QStringLiteral("pinned")}));
    if (!pins)
        return fail(pins.message());
    for (const storage::RemotePin &pin : pins.value())
        print(QStringLiteral("%1\t%2\t%3").arg(pin.cid, pin.status, pin.name));
    return 0;
}

int runRm(const CommandLine &cl)
{
    auto client = clientFrom(cl);
    if (!client)
        return fail(client.message());
    if (!cl.has(QStringLiteral("cid")) && !cl.has(QStringLiteral("name")))
        return fail(QStringLiteral("say which pins: --cid and/or --name"));
    auto pins = listAll(client.value(), queryFrom(cl, {QStringLiteral("pinned")}));
    if (!pins)
        return fail(pins.message());
    // As Kubo: removing more than one pin request needs --force.
    if (pins.value().size() > 1 && !cl.has(QStringLiteral("force")))
        return fail(
            QStringLiteral("multiple remote pins are matching this query, add --force to confirm the bulk removal"));
    for (const storage::RemotePin &pin : pins.value())
        if (auto removed = client.value().remove(pin.requestId); !removed)
            return fail(removed.message());
    return 0;
}

} // namespace

int runPin(const QStringList &args)
{
    const QString sub = args.value(1);
    CommandLine cl(args.mid(2),
        {QStringLiteral("endpoint"), QStringLiteral("token-file"), QStringLiteral("name"), QStringLiteral("origins"),
            QStringLiteral("meta"), QStringLiteral("cid"), QStringLiteral("status"), QStringLiteral("timeout")},
        {QStringLiteral("background"), QStringLiteral("force")});
    if (args.value(0) != QLatin1String("remote") || sub.isEmpty() || sub.startsWith(u'-') || cl.wantsHelp()) {
        print(QStringLiteral(
            "Pin with a remote pinning service (the IPFS Pinning Service API), as Kubo's `ipfs pin remote`\n\n"
            "Usage: datadao-cli pin remote add <CID> --endpoint <URL> [--name <NAME>] [--origins <MULTIADDRS>]\n"
            "                                  [--meta <KEY=VALUE,...>] [--background] [--timeout <SECONDS>]\n"
            "         Asks the service to pin the CID and, unless --background, waits until it is pinned.\n"
            "       datadao-cli pin remote ls --endpoint <URL> [--cid <CIDS>] [--name <NAME>] [--status <STATUSES>]\n"
            "         Lists pin requests (by default the pinned ones): CID, status, name.\n"
            "       datadao-cli pin remote rm --endpoint <URL> [--cid <CIDS>] [--name <NAME>] [--status <STATUSES>] "
            "[--force]\n"
            "         Removes the matching pin requests (more than one only with --force).\n\n"
            "The access token is read from DATADAO_PINNING_TOKEN, or from the file --token-file names.\n"
            "Statuses: queued, pinning, pinned, failed; lists are comma separated."));
        return sub.isEmpty() ? 2 : 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (sub == QLatin1String("add"))
        return runAdd(cl);
    if (sub == QLatin1String("ls"))
        return runLs(cl);
    if (sub == QLatin1String("rm"))
        return runRm(cl);
    return fail(QStringLiteral("unrecognized subcommand 'pin remote %1'").arg(sub));
}

} // namespace dd::cli
