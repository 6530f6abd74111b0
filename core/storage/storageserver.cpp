#include "storage/storageserver.h"

#include "common/logging.h"
#include "storage/car.h"
#include "storage/dagpb.h"
#include "storage/dagwalk.h"
#include "storage/hamt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <httplib.h>

#include <cerrno>
#include <cstring>
#include <memory>
#include <optional>

namespace dd::storage {

namespace {

constexpr qsizetype httpChunk = 256 * 1024; // of a CAR answer, per write

// Kubo's words for a dag/import without a CAR in it.
QString noFileArgument()
{
    return QStringLiteral("file argument 'path' is required");
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// A CAR section: varint length, CID, block.
QByteArray carSection(const Cid &cid, const QByteArray &block)
{
    const QByteArray cidBytes = cid.bytes();
    QByteArray out;
    appendVarint(out, quint64(cidBytes.size() + block.size()));
    return out + cidBytes + block;
}

// The value of a media-type parameter in an Accept or Content-Type value ("order=dfs").
QByteArray mediaParameter(const QByteArray &value, const QByteArray &mediaType, const QByteArray &name)
{
    for (const QByteArray &range : value.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        if (parts.value(0).trimmed().toLower() != mediaType)
            continue;
        for (const QByteArray &part : parts.mid(1)) {
            const QByteArray p = part.trimmed();
            if (p.toLower().startsWith(name + '='))
                return p.mid(name.size() + 1).trimmed();
        }
    }
    return {};
}

// A CAR answer as the client reads it, a chunk per call on the server's thread; it owns what
// the walk reads, as it outlives the handler that started it.
struct CarStream {
    CarStream(const BlockStore &from, const Cid &root, DagScope scope, bool duplicates)
        : store(from), walker(store, root, scope, duplicates)
    {
    }

    bool writeSome(httplib::DataSink &sink)
    {
        while (pending.size() < httpChunk) {
            auto next = walker.next();
            if (!next) {
                // Committed to 200 already: the stream ends without its final chunk, so the
                // client sees it cut short (the spec's advice for a missing child block).
                qCWarning(lcStorage).noquote() << "CAR stream stopped:" << next.message();
                return false;
            }
            if (!next.value()) {
                if (!pending.isEmpty() && !sink.write(pending.constData(), size_t(pending.size())))
                    return false;
                pending.clear();
                sink.done();
                return true;
            }
            pending += carSection(next.value()->cid, next.value()->bytes);
        }
        const bool written = sink.write(pending.constData(), size_t(pending.size()));
        pending.clear();
        return written;
    }

    BlockStore store;
    DagWalker walker;
    QByteArray pending;
};

// One request and its answer, on one of the server's threads. A dag/import streams its body
// into the store as it arrives; a CAR answer streams from the store as the client reads it.
class Exchange {
public:
    Exchange(const BlockStore &store, const httplib::Request &request, httplib::Response &response)
        : m_store(store),
          m_request(request),
          m_response(response),
          m_method(QByteArray::fromStdString(request.method)),
          m_url(QUrl::fromEncoded(QByteArray::fromStdString(request.target)))
    {
    }

    // Reads the body (a dag/import's CAR into the store; any other is drained), then answers.
    void serve(const httplib::ContentReader *body)
    {
        // A request without Content-Length or Transfer-Encoding has no body (RFC 9112 6.3); read
        // as one, httplib would wait for the connection's end.
        if (!m_request.has_header("Content-Length") && !m_request.has_header("Transfer-Encoding"))
            body = nullptr;
        if (body && m_url.path() == QLatin1String("/api/v0/dag/import") && m_method == "POST")
            readImport(*body);
        else if (body)
            (*body)([](const char *, size_t) { return true; });
        else if (m_url.path() == QLatin1String("/api/v0/dag/import"))
            m_importError = noFileArgument();
        route();
    }

private:
    QByteArray header(const char *name) const
    {
        return QByteArray::fromStdString(m_request.get_header_value(name)); // names are case-insensitive
    }

    void readImport(const httplib::ContentReader &body)
    {
        if (!m_request.is_multipart_form_data()) {
            m_importError = noFileArgument();
            body([](const char *, size_t) { return true; });
            return;
        }
        // Each part is a CAR (Kubo takes several). An error is answered once the body is in, so
        // the client reads it.
        bool inPart = false;
        body(
            [&](const httplib::MultipartFormData &) {
                if (inPart && m_importError.isEmpty())
                    keep(endCar());
                inPart = true;
                if (m_importError.isEmpty())
                    keep(beginCar());
                return true;
            },
            [&](const char *data, size_t size) {
                if (m_importError.isEmpty())
                    keep(feedCar(QByteArrayView(data, qsizetype(size))));
                return true;
            });
        if (!inPart && m_importError.isEmpty())
            m_importError = noFileArgument();
        else if (inPart && m_importError.isEmpty())
            keep(endCar());
    }

    void keep(const Status &status)
    {
        if (!status)
            m_importError = status.message();
    }

    Status beginCar()
    {
        m_car = std::make_unique<CarStreamReader>([this](const Cid &cid, const QByteArray &block) {
            m_lastBlock = cid.toString();
            ++m_importedBlocks;
            m_importedBytes += quint64(block.size());
            return m_store.put(cid, block);
        });
        return success();
    }

    Status feedCar(QByteArrayView bytes)
    {
        if (auto fed = m_car->feed(bytes); !fed)
            return importFailed(fed.message());
        return success();
    }

    Status endCar()
    {
        if (auto finished = m_car->finish(); !finished)
            return importFailed(finished.message());
        for (const Cid &root : m_car->summary().roots)
            if (!m_importRoots.contains(root))
                m_importRoots.append(root);
        return success();
    }

    Status importFailed(const QString &why)
    {
        // Kubo's wording (kubo#9945): where in the stream the import stopped.
        const QString where = m_lastBlock.isEmpty() ? QStringLiteral("import failed: %1")
                                                    : QStringLiteral("import failed after block \"%1\": %2");
        return Status::failure(m_lastBlock.isEmpty() ? where.arg(why) : where.arg(m_lastBlock, why));
    }

    void route()
    {
        const QString path = m_url.path();
        qCDebug(lcStorage).noquote() << m_method << path;
        if (path.startsWith(QLatin1String("/api/v0/"))) {
            if (m_method != "POST") // Kubo accepts only POST, against cross-site requests
                return respond(405, "text/plain", "405 - Method Not Allowed\n");
            return routeRpc(path.mid(8));
        }
        if (path.startsWith(QLatin1String("/ipfs/"))) {
            if (m_method != "GET" && m_method != "HEAD")
                return respond(405, "text/plain", "405 - Method Not Allowed\n");
            return routeGateway(path.mid(6));
        }
        respond(404, "text/plain", "404 page not found\n");
    }

    void rpcError(const QString &message, int status = 500)
    {
        respond(status, "application/json",
            json({{QStringLiteral("Message"), message}, {QStringLiteral("Code"), status == 400 ? 1 : 0},
                {QStringLiteral("Type"), QStringLiteral("error")}}));
    }

    // The arg= values, as CIDs ("/ipfs/" prefixes allowed, as Kubo takes paths).
    std::optional<QList<Cid>> cidArguments(bool required)
    {
        QList<Cid> out;
        const QStringList args = QUrlQuery(m_url).allQueryItemValues(QStringLiteral("arg"), QUrl::FullyDecoded);
        if (args.isEmpty() && required) {
            rpcError(QStringLiteral("argument \"ipfs-path\" is required"), 400);
            return std::nullopt;
        }
        for (QString arg : args) {
            if (arg.startsWith(QLatin1String("/ipfs/")))
                arg = arg.mid(6);
            auto cid = Cid::parse(arg);
            if (!cid) {
                rpcError(QStringLiteral("invalid path \"%1\": %2").arg(arg.left(100), cid.message()));
                return std::nullopt;
            }
            out.append(cid.value());
        }
        return out;
    }

    bool flag(const char *name, bool fallback) const
    {
        const QString value = QUrlQuery(m_url).queryItemValue(QLatin1String(name));
        return value.isEmpty() ? fallback : value == QLatin1String("true") || value == QLatin1String("1");
    }

    // Kubo's words when a pin needs a block the node lacks (offline).
    std::optional<QString> incomplete(const Cid &root)
    {
        auto missing = missingBlocks(m_store, root);
        if (!missing)
            return missing.message();
        if (!missing.value().isEmpty())
            return QStringLiteral("block was not found locally (offline): ipld: could not find %1")
                .arg(missing.value().first().toString());
        return std::nullopt;
    }

    void routeRpc(const QString &command)
    {
        if (command == QLatin1String("dag/import"))
            return dagImport();
        if (command == QLatin1String("pin/add"))
            return pinAdd();
        if (command == QLatin1String("pin/ls"))
            return pinLs();
        if (command == QLatin1String("pin/rm"))
            return pinRm();
        if (command == QLatin1String("block/stat"))
            return blockStat();
        if (command == QLatin1String("version"))
            return respond(200, "application/json",
                json({{QStringLiteral("Version"), QStringLiteral("0.1.0-datadao")},
                    {QStringLiteral("Commit"), QString()}, {QStringLiteral("Repo"), QStringLiteral("16")},
                    {QStringLiteral("System"), QStringLiteral("amd64/linux")}, {QStringLiteral("Golang"), QString()}}));
        respond(404, "text/plain", "404 page not found\n");
    }

    void dagImport()
    {
        if (!m_importError.isEmpty())
            return rpcError(m_importError);
        QByteArray out;
        if (flag("pin-roots", true)) {
            for (const Cid &root : std::as_const(m_importRoots)) {
                QString pinError;
                if (auto missing = incomplete(root))
                    pinError = *missing;
                else if (auto pinned = m_store.pin(root); !pinned)
                    pinError = pinned.message();
                out += json({{QStringLiteral("Root"),
                    QJsonObject {{QStringLiteral("Cid"), QJsonObject {{QStringLiteral("/"), root.toString()}}},
                        {QStringLiteral("PinErrorMsg"), pinError}}}});
            }
        }
        if (flag("stats", false))
            out += json({{QStringLiteral("Stats"),
                QJsonObject {{QStringLiteral("BlockCount"), qint64(m_importedBlocks)},
                    {QStringLiteral("BlockBytesCount"), qint64(m_importedBytes)}}}});
        respond(200, "application/json", out);
    }

    void pinAdd()
    {
        const auto cids = cidArguments(true);
        if (!cids)
            return;
        QJsonArray pins;
        for (const Cid &cid : *cids) {
            if (auto missing = incomplete(cid))
                return rpcError(QStringLiteral("pin: ") + *missing);
            if (auto pinned = m_store.pin(cid); !pinned)
                return rpcError(pinned.message());
            pins.append(cid.toString());
        }
        respond(200, "application/json", json({{QStringLiteral("Pins"), pins}}));
    }

    void pinLs()
    {
        const auto cids = cidArguments(false);
        if (!cids)
            return;
        const QString type = QUrlQuery(m_url).queryItemValue(QStringLiteral("type"));
        if (!type.isEmpty() && type != QLatin1String("all") && type != QLatin1String("recursive")) {
            // Only recursive pins exist here: none of the other kinds.
            if (!cids->isEmpty())
                return rpcError(QStringLiteral("path '%1' is not pinned").arg(cids->first().toString()));
            return respond(200, "application/json", json({{QStringLiteral("Keys"), QJsonObject()}}));
        }
        QJsonObject keys;
        const QList<Cid> listed = cids->isEmpty() ? m_store.pins() : *cids;
        for (const Cid &cid : listed) {
            if (!m_store.isPinned(cid))
                return rpcError(QStringLiteral("path '%1' is not pinned").arg(cid.toString()));
            keys.insert(cid.toString(), QJsonObject {{QStringLiteral("Type"), QStringLiteral("recursive")}});
        }
        respond(200, "application/json", json({{QStringLiteral("Keys"), keys}}));
    }

    void pinRm()
    {
        const auto cids = cidArguments(true);
        if (!cids)
            return;
        QJsonArray pins;
        for (const Cid &cid : *cids) {
            if (auto removed = m_store.unpin(cid); !removed)
                return rpcError(removed.message());
            pins.append(cid.toString());
        }
        respond(200, "application/json", json({{QStringLiteral("Pins"), pins}}));
    }

    void blockStat()
    {
        const auto cids = cidArguments(true);
        if (!cids)
            return;
        const Cid cid = cids->first();
        const qint64 size = m_store.blockSize(cid);
        if (size < 0)
            return rpcError(
                QStringLiteral("block was not found locally (offline): ipld: could not find %1").arg(cid.toString()));
        respond(
            200, "application/json", json({{QStringLiteral("Key"), cid.toString()}, {QStringLiteral("Size"), size}}));
    }

    void routeGateway(const QString &rest)
    {
        const QUrlQuery query(m_url);
        const QString cidText = rest.section(QLatin1Char('/'), 0, 0);
        const QStringList path = rest.section(QLatin1Char('/'), 1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QByteArray accept = header("accept");
        QString format = query.queryItemValue(QStringLiteral("format"));
        if (format.isEmpty()) {
            if (accept.contains("application/vnd.ipld.raw"))
                format = QStringLiteral("raw");
            else if (accept.contains("application/vnd.ipld.car"))
                format = QStringLiteral("car");
        }
        if (format.isEmpty())
            return respond(400, "text/plain",
                "This is a trustless gateway: ask for ?format=raw or ?format=car (or send an Accept header for "
                "application/vnd.ipld.raw or application/vnd.ipld.car).\n");
        if (format != QLatin1String("raw") && format != QLatin1String("car"))
            return respond(406, "text/plain", "Only raw blocks and CARs are served here.\n");
        auto root = Cid::parse(cidText);
        if (!root)
            return respond(400, "text/plain", root.message().toUtf8() + '\n');
        if (!m_store.has(root.value())) {
            if (header("cache-control").contains("only-if-cached"))
                return respond(412, "text/plain", "not in this gateway's store\n");
            return respond(404, "text/plain", "ipld: could not find " + cidText.toUtf8() + '\n');
        }
        m_extraHeaders = {{"X-Content-Type-Options", "nosniff"},
            {"Cache-Control", "public, max-age=29030400, immutable"}, {"X-Ipfs-Path", "/ipfs/" + rest.toUtf8()}};
        if (format == QLatin1String("raw")) {
            if (!path.isEmpty())
                return respond(400, "text/plain", "A raw block is asked for by CID alone, without a path.\n");
            auto block = m_store.get(root.value());
            if (!block)
                return respond(500, "text/plain", block.message().toUtf8() + '\n');
            m_extraHeaders.append({"Content-Disposition", "attachment; filename=\"" + cidText.toUtf8() + ".bin\""});
            m_extraHeaders.append({"Etag", "\"" + cidText.toUtf8() + ".raw\""});
            return respond(200, "application/vnd.ipld.raw", block.value());
        }
        serveCar(root.value(), path, query, accept);
    }

    void serveCar(const Cid &root, const QStringList &path, const QUrlQuery &query, const QByteArray &accept)
    {
        QByteArray version = query.queryItemValue(QStringLiteral("car-version")).toLatin1();
        if (version.isEmpty())
            version = mediaParameter(accept, "application/vnd.ipld.car", "version");
        if (!version.isEmpty() && version != "1")
            return respond(400, "text/plain", "Only CAR version 1 is served here.\n");
        QByteArray dups = query.queryItemValue(QStringLiteral("car-dups")).toLatin1();
        if (dups.isEmpty())
            dups = mediaParameter(accept, "application/vnd.ipld.car", "dups");
        const bool duplicates = dups == "y";
        QByteArray order = query.queryItemValue(QStringLiteral("car-order")).toLatin1();
        if (order.isEmpty())
            order = mediaParameter(accept, "application/vnd.ipld.car", "order");
        if (!order.isEmpty() && order != "dfs" && order != "unk")
            return respond(400, "text/plain", "Only order=dfs is served here.\n");
        auto scope = dagScopeByName(query.queryItemValue(QStringLiteral("dag-scope")));
        if (!scope)
            return respond(400, "text/plain", "dag-scope is block, entity or all.\n");
        std::optional<std::pair<qint64, std::optional<qint64>>> range;
        if (query.hasQueryItem(QStringLiteral("entity-bytes"))) {
            range = entityBytes(query.queryItemValue(QStringLiteral("entity-bytes")));
            if (!range)
                return respond(400, "text/plain",
                    "entity-bytes is from:to, each a byte offset (negative from the "
                    "end), to may be *.\n");
            if (*scope != DagScope::Entity && query.hasQueryItem(QStringLiteral("dag-scope")))
                return respond(400, "text/plain", "entity-bytes goes with dag-scope=entity.\n");
            scope = DagScope::Entity; // implied, as the spec says
        }

        // The blocks that lead along the path come first, then the DAG at its end.
        Cid target = root;
        QByteArray roots = root.toString().toUtf8();
        for (const QString &segment : path) {
            auto block = m_store.get(target);
            if (!block)
                return respond(404, "text/plain", block.message().toUtf8() + '\n');
            m_pathBlocks.append(carSection(target, block.value()));
            auto node = target.codec == codec::dagPb ? decodePbNode(block.value()) : Result<PbNode>(PbNode {});
            if (!node)
                return respond(500, "text/plain", node.message().toUtf8() + '\n');
            auto link = findEntry(node.value(), segment.toUtf8());
            if (!link)
                return respond(500, "text/plain", link.message().toUtf8() + '\n');
            if (!link.value())
                return respond(404, "text/plain",
                    QStringLiteral("no link named \"%1\" under %2\n").arg(segment, target.toString()).toUtf8());
            target = link.value()->cid;
            roots += ',' + target.toString().toUtf8();
            if (!m_store.has(target))
                return respond(404, "text/plain", "ipld: could not find " + target.toString().toUtf8() + '\n');
        }
        QByteArray scopeName = *scope == DagScope::Block ? "block" : *scope == DagScope::Entity ? "entity" : "all";
        if (range) // the Etag names the range too, as the spec asks
            scopeName += ".bytes-" + query.queryItemValue(QStringLiteral("entity-bytes")).toLatin1();
        const QByteArray cidText = root.toString().toUtf8();
        m_extraHeaders.append({"Content-Disposition", "attachment; filename=\"" + cidText + ".car\""});
        m_extraHeaders.append({"Etag", "\"" + cidText + ".car." + scopeName + (duplicates ? ".dups" : "") + "\""});
        m_extraHeaders.append({"X-Ipfs-Roots", roots});
        const QByteArray type
            = QByteArray("application/vnd.ipld.car; version=1; order=dfs; dups=") + (duplicates ? "y" : "n");
        if (m_method == "HEAD")
            return respond(200, type, {});
        auto stream = std::make_shared<CarStream>(m_store, target, *scope, duplicates);
        if (range)
            stream->walker.setEntityBytes(range->first, range->second);
        stream->pending = carHeader({root}); // the requested CID, as Kubo's gateway writes it
        for (const QByteArray &section : std::as_const(m_pathBlocks))
            stream->pending += section;
        writeHeaders(200);
        m_response.set_chunked_content_provider(
            type.toStdString(), [stream](size_t, httplib::DataSink &sink) { return stream->writeSome(sink); });
    }

    // entity-bytes=from:to (RFC 9110 offsets, inclusive; negative from the end; to may be *).
    static std::optional<std::pair<qint64, std::optional<qint64>>> entityBytes(const QString &text)
    {
        const QStringList parts = text.split(QLatin1Char(':'));
        if (parts.size() != 2)
            return std::nullopt;
        bool fromOk = false;
        const qint64 from = parts[0].toLongLong(&fromOk);
        if (!fromOk)
            return std::nullopt;
        if (parts[1] == QLatin1String("*"))
            return std::pair<qint64, std::optional<qint64>>(from, std::nullopt);
        bool toOk = false;
        const qint64 to = parts[1].toLongLong(&toOk);
        if (!toOk || (from >= 0 && to >= 0 && to < from))
            return std::nullopt;
        return std::pair<qint64, std::optional<qint64>>(from, to);
    }

    // The entry called name in a directory node; a sharded directory's shards on the way are
    // sent along the path, as the gateway spec asks for every block needed to verify it.
    Result<std::optional<PbLink>> findEntry(const PbNode &node, const QByteArray &name)
    {
        auto data = decodeUnixFsData(node.data);
        if (data && data.value().type == unixfs::hamtShard) {
            QList<Cid> shards;
            auto found = hamt::find(
                node, name, [this](const Cid &c) { return m_store.get(c); }, &shards);
            for (const Cid &shard : std::as_const(shards))
                m_pathBlocks.append(carSection(shard, m_store.get(shard).value_or({})));
            return found;
        }
        const auto link
            = std::find_if(node.links.cbegin(), node.links.cend(), [&](const PbLink &l) { return l.name == name; });
        return link == node.links.cend() ? std::optional<PbLink>() : std::optional<PbLink>(*link);
    }

    void writeHeaders(int status)
    {
        m_response.status = status;
        m_response.set_header("Server", "datadao-storage");
        for (const auto &[name, value] : std::as_const(m_extraHeaders))
            m_response.set_header(name.toStdString(), value.toStdString());
    }

    void respond(int status, const QByteArray &type, const QByteArray &body)
    {
        writeHeaders(status);
        m_response.set_content(body.toStdString(), type.toStdString()); // a HEAD answer's body is not sent
    }

    BlockStore m_store;
    const httplib::Request &m_request;
    httplib::Response &m_response;
    const QByteArray m_method;
    const QUrl m_url;
    QList<std::pair<QByteArray, QByteArray>> m_extraHeaders;

    // dag/import
    std::unique_ptr<CarStreamReader> m_car;
    QList<Cid> m_importRoots;
    QString m_importError;
    QString m_lastBlock;
    quint64 m_importedBlocks = 0;
    quint64 m_importedBytes = 0;

    // a CAR answer: the blocks along its path
    QList<QByteArray> m_pathBlocks;
};

} // namespace

StorageServer::StorageServer(const BlockStore &store, QObject *parent) : QObject(parent), m_store(store)
{
}

StorageServer::~StorageServer()
{
    stop();
}

Status StorageServer::listen(quint16 port)
{
    if (auto opened = m_store.open(); !opened)
        return opened;
    stop();
    auto server = std::make_unique<httplib::Server>();
    const BlockStore store = m_store;
    const auto plain = [store](const httplib::Request &request, httplib::Response &response) {
        Exchange(store, request, response).serve(nullptr);
    };
    const auto withBody = [store](const httplib::Request &request, httplib::Response &response,
                              const httplib::ContentReader &body) { Exchange(store, request, response).serve(&body); };
    // Every path and method reaches the routes, which answer 404 and 405 in Kubo's words.
    server->Get(".*", plain); // and HEAD
    server->Delete(".*", plain);
    server->Options(".*", plain);
    server->Post(".*", withBody);
    server->Put(".*", withBody);
    server->Patch(".*", withBody);
    server->set_keep_alive_max_count(1); // one request per connection, as before: faults in tests hit each
    server->set_read_timeout(30); // a client that stops sending mid-upload
    server->set_write_timeout(30); // or stops reading mid-download
    const int bound
        = port == 0 ? server->bind_to_any_port("127.0.0.1") : (server->bind_to_port("127.0.0.1", port) ? port : -1);
    if (bound <= 0)
        return Status::failure(QStringLiteral("The storage node cannot listen on 127.0.0.1:%1: %2")
                                   .arg(port)
                                   .arg(QString::fromLocal8Bit(std::strerror(errno))),
            ErrorCode::Io);
    m_port = quint16(bound);
    m_server = std::move(server);
    m_thread = std::thread([server = m_server.get()] { server->listen_after_bind(); });
    return success();
}

void StorageServer::stop()
{
    if (!m_server)
        return;
    m_server->stop(); // the requests being served finish (or time out) first
    m_thread.join();
    m_server.reset();
}

QUrl StorageServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

} // namespace dd::storage
