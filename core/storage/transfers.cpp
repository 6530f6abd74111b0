#include "storage/transfers.h"

#include "common/logging.h"
#include "storage/car.h"
#include "storage/dagpb.h"
#include "storage/dagwalk.h"

#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace dd::storage {

Result<CarLayout> carLayout(const QString &carPath, qint64 segmentBytes)
{
    QFile file(carPath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<CarLayout>::failure(
            QStringLiteral("%1 cannot be read: %2").arg(carPath, file.errorString()), ErrorCode::Io);
    CarLayout layout;
    layout.size = file.size();
    // A section's length: a varint at offset; the section follows it.
    auto sectionAt = [&](qint64 offset) -> std::optional<std::pair<qint64, qint64>> {
        if (!file.seek(offset))
            return std::nullopt;
        const QByteArray head = file.read(10);
        qsizetype at = 0;
        const auto length = readVarint(head, at);
        if (!length || offset + at + qint64(*length) > layout.size)
            return std::nullopt;
        return std::pair<qint64, qint64>(at, qint64(*length));
    };
    const auto header = sectionAt(0);
    if (!header || header->second > 1024 * 1024)
        return Result<CarLayout>::failure(
            QStringLiteral("%1 is not a valid CAR.").arg(carPath), ErrorCode::InvalidInput);
    file.seek(0);
    CarStreamReader reader;
    if (auto parsed = reader.feed(file.read(header->first + header->second)); !parsed || !reader.hasHeader())
        return Result<CarLayout>::failure(
            QStringLiteral("%1 is not a valid CAR: %2").arg(carPath, parsed.message()), ErrorCode::InvalidInput);
    layout.roots = reader.summary().roots;
    qint64 offset = header->first + header->second;
    CarSegment segment {offset, 0, 0};
    while (offset < layout.size) {
        const auto section = sectionAt(offset);
        if (!section)
            return Result<CarLayout>::failure(
                QStringLiteral("%1 is not a valid CAR: it is truncated (a block is cut short)").arg(carPath),
                ErrorCode::InvalidInput);
        const qint64 length = section->first + section->second;
        if (segment.blocks > 0 && segment.length + length > segmentBytes) {
            layout.segments.append(segment);
            segment = CarSegment {offset, 0, 0};
        }
        segment.length += length;
        ++segment.blocks;
        offset += length;
    }
    if (segment.blocks > 0)
        layout.segments.append(segment);
    return layout;
}

// ---- both

void Transfer::cancel()
{
    if (m_done)
        return;
    if (m_reply)
        m_reply->abort();
    fail(cancelledMessage());
}

void Transfer::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this, [this, message] { emit finished(false, message); }, Qt::QueuedConnection);
}

void Transfer::succeed(const QString &message, quint64 total)
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(
        this,
        [this, message, total] {
            emit progress(total, total);
            emit finished(true, message);
        },
        Qt::QueuedConnection);
}

// ---- upload

CarUpload::CarUpload(QNetworkAccessManager &network, QString carPath, Options options, QObject *parent)
    : Transfer(parent), m_network(network), m_carPath(std::move(carPath)), m_options(std::move(options))
{
}

void CarUpload::start()
{
    auto layout = carLayout(m_carPath, m_options.segmentBytes);
    if (!layout)
        return fail(layout.message());
    if (layout.value().roots.size() != 1)
        return fail(QStringLiteral("%1 names %2 roots; an upload takes a CAR of one DAG.")
                        .arg(m_carPath)
                        .arg(layout.value().roots.size()));
    m_layout = std::move(layout).value();
    m_next = std::clamp(m_options.firstSegment, 0, int(m_layout.segments.size()));
    sendSegment();
}

QNetworkRequest CarUpload::rpcRequest(const QString &command, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_options.api;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v0/") + command);
    QUrlQuery q;
    q.setQueryItems(query);
    url.setQuery(q);
    QNetworkRequest request(url);
    if (!m_options.authorization.isEmpty())
        request.setRawHeader("Authorization", m_options.authorization);
    request.setTransferTimeout(120000);
    return request;
}

QString CarUpload::replyError(QNetworkReply *reply, const QByteArray &body) const
{
    // Kubo's errors: {"Message": "...", "Code": 0, "Type": "error"}, one per line in a stream.
    for (const QByteArray &line : body.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.value(u"Type").toString() == QLatin1String("error"))
            return QStringLiteral("The storage node refused the upload: %1").arg(object.value(u"Message").toString());
    }
    if (reply->error() != QNetworkReply::NoError)
        return QStringLiteral("The storage node at %1 could not be reached: %2")
            .arg(m_options.api.toDisplayString(), reply->errorString());
    return {};
}

void CarUpload::sendSegment()
{
    if (m_done)
        return;
    if (m_next >= m_layout.segments.size())
        return pinRoot();
    const CarSegment &segment = m_layout.segments[m_next];
    QFile file(m_carPath);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(segment.offset))
        return fail(QStringLiteral("%1 cannot be read: %2").arg(m_carPath, file.errorString()));
    const QByteArray sections = file.read(segment.length);
    if (sections.size() != segment.length)
        return fail(QStringLiteral("%1 changed or was cut short while it was being uploaded.").arg(m_carPath));

    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
        QStringLiteral("form-data; name=\"file\"; filename=\"%1.car\"").arg(m_layout.roots.first().toString()));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/vnd.ipld.car"));
    part.setBody(carHeader(m_layout.roots) + sections);
    multipart->append(part);
    m_reply = m_network.post(rpcRequest(QStringLiteral("dag/import"),
                                 {{QStringLiteral("pin-roots"), QStringLiteral("false")},
                                     {QStringLiteral("stats"), QStringLiteral("true")}}),
        multipart);
    multipart->setParent(m_reply);
    quint64 before = 0;
    for (int i = 0; i < m_next; ++i)
        before += quint64(m_layout.segments[i].length);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this, before](qint64 sent, qint64) {
        emit progress(before + quint64(std::max<qint64>(0, sent)), quint64(m_layout.size));
    });
    connect(m_reply, &QNetworkReply::finished, this, &CarUpload::onSegmentReply);
}

std::optional<QByteArray> CarUpload::takeReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return std::nullopt;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (const QString error = replyError(reply, body); !error.isEmpty()) {
        fail(error);
        return std::nullopt;
    }
    return body;
}

void CarUpload::onSegmentReply()
{
    if (!takeReply())
        return;
    ++m_next;
    emit segmentDone(m_next, int(m_layout.segments.size()));
    sendSegment();
}

void CarUpload::pinRoot()
{
    const QString root = m_layout.roots.first().toString();
    QNetworkRequest request = rpcRequest(QStringLiteral("pin/add"), {{QStringLiteral("arg"), root}});
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));
    m_reply = m_network.post(request, QByteArray());
    connect(m_reply, &QNetworkReply::finished, this, [this, root] {
        const auto body = takeReply();
        if (!body)
            return;
        const QJsonObject answer = QJsonDocument::fromJson(*body).object();
        const QJsonArray pins = answer.value(u"Pins").toArray();
        auto rootCid = Cid::parse(root);
        const bool pinned = std::any_of(pins.cbegin(), pins.cend(), [&](const QJsonValue &pin) {
            auto cid = Cid::parse(pin.toString());
            return cid && cid.value().multihash == rootCid.value().multihash;
        });
        if (!pinned)
            return fail(QStringLiteral("The storage node did not confirm the pin of %1 (it answered: %2).")
                            .arg(root, QString::fromUtf8(body->left(200))));
        succeed(root, quint64(m_layout.size));
    });
}

// ---- download

CarDownload::CarDownload(QNetworkAccessManager &network, BlockStore store, Cid root, Options options, QObject *parent)
    : Transfer(parent),
      m_network(network),
      m_store(std::move(store)),
      m_root(std::move(root)),
      m_options(std::move(options))
{
}

CarDownload::~CarDownload() = default;

void CarDownload::start()
{
    if (auto opened = m_store.open(); !opened)
        return fail(opened.message());
    next();
}

QString CarDownload::cancelledMessage() const
{
    return QStringLiteral("Cancelled. The blocks that arrived are kept; downloading again continues from there.");
}

void CarDownload::next()
{
    if (m_done)
        return;
    auto missing = missingBlocks(m_store, m_root);
    if (!missing)
        return fail(missing.message());
    if (missing.value().isEmpty())
        return succeed(m_root.toString(), std::max(m_expected, m_verified));
    if (m_failures >= m_options.attempts)
        return fail(QStringLiteral("%1 (%2 blocks are still missing; those that arrived are kept, so trying again "
                                   "continues from there.)")
                        .arg(m_lastError)
                        .arg(missing.value().size()));
    const Cid subtree = missing.value().first();
    m_wanted = {subtree.multihash};
    m_unexpectedBytes = 0;
    m_streamStatus = success();
    m_reader = std::make_unique<CarStreamReader>(
        [this](const Cid &cid, const QByteArray &block) { return accept(cid, block); });
    QUrl url = m_options.gateway;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/ipfs/") + subtree.toString());
    url.setQuery(QStringLiteral("format=car&dag-scope=all"));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/vnd.ipld.car; version=1; order=dfs; dups=n");
    request.setTransferTimeout(m_options.stallTimeoutMs);
    m_reply = m_network.get(request);
    m_reply->setReadBufferSize(16 * 1024 * 1024); // the socket waits while blocks are checked and stored
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &CarDownload::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &CarDownload::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &CarDownload::onFinished);
}

void CarDownload::onMetaData()
{
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray type = m_reply->rawHeader("Content-Type");
    const QByteArray mediaType = type.split(';').value(0).trimmed().toLower();
    if (status == 200 && mediaType != "application/vnd.ipld.car")
        m_streamStatus = Status::failure(QStringLiteral("The gateway %1 answered with %2, not a CAR: it is not a "
                                                        "trustless gateway.")
                                             .arg(m_options.gateway.host(), QString::fromLatin1(type.left(80))),
            ErrorCode::Network);
    else if (status == 200 && type.contains("version=") && !type.contains("version=1"))
        m_streamStatus = Status::failure(
            QStringLiteral("The gateway %1 sent a CAR version this app does not read.").arg(m_options.gateway.host()),
            ErrorCode::Network);
    if (!m_streamStatus)
        m_reply->abort();
}

void CarDownload::onReadyRead()
{
    if (!m_reply || !m_streamStatus)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return; // the error body is read when the reply finishes
    const QByteArray bytes = m_reply->readAll();
    if (auto fed = m_reader->feed(bytes); !fed) {
        m_streamStatus = Status::failure(
            QStringLiteral("The gateway %1 sent bad data: %2").arg(m_options.gateway.host(), fed.message()),
            ErrorCode::Network);
        m_reply->abort();
    }
}

Status CarDownload::accept(const Cid &cid, const QByteArray &block)
{
    // Verified against its CID by the reader already. Blocks the DAG did not ask for are
    // ignored, as the spec says; a gateway that sends mostly those is cut off.
    if (!m_wanted.remove(cid.multihash)) {
        m_unexpectedBytes += quint64(block.size());
        if (m_unexpectedBytes > 64 * 1024 * 1024 && m_unexpectedBytes > m_verified)
            return Status::failure(QStringLiteral("it sends blocks that are not part of this dataset"));
        return success();
    }
    if (auto stored = m_store.put(cid, block); !stored)
        return stored;
    auto links = blockLinks(cid, block);
    if (!links)
        return links.error();
    if (cid.multihash == m_root.multihash && cid.codec == codec::dagPb) {
        if (auto node = decodePbNode(block)) {
            m_expected = quint64(block.size());
            for (const PbLink &link : node.value().links)
                m_expected += link.tsize;
        }
    }
    for (const Cid &link : links.value())
        if (!m_store.has(link))
            m_wanted.insert(link.multihash);
    m_verified += quint64(block.size());
    emit progress(m_verified, m_expected);
    return success();
}

void CarDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_done)
        return;
    reply->deleteLater();
    m_reply.clear();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_streamStatus && status == 200 && reply->error() == QNetworkReply::NoError) {
        onReadyRead();
        if (m_streamStatus) {
            if (auto finished = m_reader->finish(); !finished)
                m_streamStatus = Status::failure(QStringLiteral("The gateway %1 sent bad data: %2")
                                                     .arg(m_options.gateway.host(), finished.message()),
                    ErrorCode::Network);
        }
    }
    if (!m_streamStatus) {
        m_lastError = m_streamStatus.message();
    } else if (status == 404) {
        m_lastError
            = QStringLiteral("The gateway %1 does not have %2.").arg(m_options.gateway.host(), m_root.toString());
    } else if (status != 200 && status != 0) {
        m_lastError = QStringLiteral("The gateway %1 answered HTTP %2: %3")
                          .arg(m_options.gateway.host())
                          .arg(status)
                          .arg(QString::fromUtf8(reply->readAll().left(200)).trimmed());
    } else if (reply->error() != QNetworkReply::NoError) {
        m_lastError = QStringLiteral("The connection to the gateway %1 broke: %2")
                          .arg(m_options.gateway.host(), reply->errorString());
    } else if (!m_wanted.isEmpty()) {
        m_lastError = QStringLiteral("The gateway %1 sent an incomplete CAR.").arg(m_options.gateway.host());
    } else {
        m_failures = 0; // this subtree is complete
        return next();
    }
    ++m_failures;
    qCInfo(lcStorage).noquote() << "download attempt failed:" << m_lastError;
    if (status == 404 && m_failures > 0) // asking again will not help
        m_failures = m_options.attempts;
    QTimer::singleShot(std::min(200 * m_failures, 2000), this, &CarDownload::next);
}

} // namespace dd::storage
