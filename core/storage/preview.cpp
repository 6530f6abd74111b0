#include "storage/preview.h"

#include "storage/dagpb.h"
#include "storage/hamt.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace dd::storage {

namespace {

// One block by CID from the gateway, verified.
Result<QByteArray> fetchBlock(QNetworkAccessManager &network, const QUrl &gateway, const Cid &cid, int timeoutMs)
{
    QUrl url = gateway;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/ipfs/") + cid.toString());
    url.setQuery(QStringLiteral("format=raw"));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.ipld.raw");
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Result<QByteArray>::failure(
            QStringLiteral("The gateway %1 could not be reached: %2").arg(gateway.host(), reply->errorString()),
            ErrorCode::Network);
    if (status == 404)
        return Result<QByteArray>::failure(
            QStringLiteral("The gateway %1 does not have %2.").arg(gateway.host(), cid.toString()), ErrorCode::Network);
    if (status != 200)
        return Result<QByteArray>::failure(
            QStringLiteral("The gateway %1 answered HTTP %2.").arg(gateway.host()).arg(status), ErrorCode::Network);
    if (!cid.matches(body))
        return Result<QByteArray>::failure(
            QStringLiteral("The gateway %1 sent a block that does not match %2.").arg(gateway.host(), cid.toString()),
            ErrorCode::Network);
    return body;
}

} // namespace

Result<QByteArray> fetchFileStart(
    const QUrl &gateway, const Cid &root, const QString &path, qint64 maxBytes, int timeoutMs)
{
    QNetworkAccessManager network;
    Cid current = root;
    QByteArray block;
    // Down the path: each segment is a link of a directory node.
    for (const QString &segment : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        auto fetched = fetchBlock(network, gateway, current, timeoutMs);
        if (!fetched)
            return fetched;
        if (current.codec == codec::raw)
            break; // a dataset of one file: the root is the file itself
        auto node = decodePbNode(fetched.value());
        if (!node)
            return node.error();
        auto data = decodeUnixFsData(node.value().data);
        if (data && data.value().type == unixfs::file)
            break;
        std::optional<PbLink> link;
        if (data && data.value().type == unixfs::hamtShard) {
            auto found = hamt::find(node.value(), segment.toUtf8(),
                [&](const Cid &shard) { return fetchBlock(network, gateway, shard, timeoutMs); });
            if (!found)
                return found.error();
            link = found.value();
        } else {
            const auto it = std::find_if(node.value().links.cbegin(), node.value().links.cend(),
                [&](const PbLink &l) { return l.name == segment.toUtf8(); });
            if (it != node.value().links.cend())
                link = *it;
        }
        if (!link)
            return Result<QByteArray>::failure(
                QStringLiteral("The dataset has no %1.").arg(path), ErrorCode::InvalidInput);
        current = link->cid;
    }
    // The file: a raw block, or a node whose data and first children hold its start.
    QByteArray out;
    QList<Cid> pending {current};
    while (!pending.isEmpty() && out.size() < maxBytes) {
        const Cid next = pending.takeFirst();
        auto fetched = fetchBlock(network, gateway, next, timeoutMs);
        if (!fetched)
            return fetched;
        if (next.codec == codec::raw) {
            out += fetched.value();
            continue;
        }
        auto node = decodePbNode(fetched.value());
        auto data = node ? decodeUnixFsData(node.value().data) : Result<UnixFsData>(node.error());
        if (!data)
            return data.error();
        if (data.value().type != unixfs::file && data.value().type != unixfs::raw)
            return Result<QByteArray>::failure(QStringLiteral("%1 is not a file.").arg(path), ErrorCode::InvalidInput);
        out += data.value().data;
        QList<Cid> children;
        for (const PbLink &link : node.value().links)
            children.append(link.cid);
        pending = children + pending; // depth first: the file's order
    }
    return out.left(maxBytes);
}

} // namespace dd::storage
