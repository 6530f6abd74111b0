#include "storage/transfers.h"

#include "common/logging.h"
#include "storage/car.h"
#include "storage/dagpb.h"
#include "storage/dagwalk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

void CarUpload::cancel()
{
    if (m_done)
        return;
    if (m_reply)
        m_reply->abort();
    Transfer::cancel();
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

namespace {

// Read per turn of the event loop: on loopback a gateway can keep the socket full for the whole
// download, and the blocks that were read must move on (and other events be served) meanwhile.
constexpr qint64 maxBytesPerTurn = 4 * 1024 * 1024;

// GET /ipfs/{cid}?format=car&{scope} from a trustless gateway, depth-first, each block once.
HttpGet *getCar(const QUrl &gateway, const Cid &cid, const QString &scope, int stallTimeoutMs, QObject *parent)
{
    QUrl url = gateway;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/ipfs/") + cid.toString());
    url.setQuery(QStringLiteral("format=car&") + scope);
    auto *answer = new HttpGet(parent);
    answer->get(url, {{"Accept", "application/vnd.ipld.car; version=1; order=dfs; dups=n"}}, stallTimeoutMs);
    return answer;
}

// A 200 answer that is not a CAR v1 (an HTML page, a newer CAR): not a trustless gateway.
Status carResponseProblem(const HttpGet &answer, const QUrl &gateway)
{
    const int status = answer.status();
    const QByteArray type = answer.header("content-type");
    const QByteArray mediaType = type.split(';').value(0).trimmed().toLower();
    if (status == 200 && mediaType != "application/vnd.ipld.car")
        return Status::failure(QStringLiteral("The gateway %1 answered with %2, not a CAR: it is not a trustless "
                                              "gateway.")
                                   .arg(gateway.host(), QString::fromLatin1(type.left(80))),
            ErrorCode::Network);
    if (status == 200 && type.contains("version=") && !type.contains("version=1"))
        return Status::failure(
            QStringLiteral("The gateway %1 sent a CAR version this app does not read.").arg(gateway.host()),
            ErrorCode::Network);
    return success();
}

// Why a finished answer failed, in words; empty when it was a whole 200 answer.
QString failedResponseMessage(HttpGet &answer, const QUrl &gateway, const Cid &root)
{
    const int status = answer.status();
    if (!answer.error().isEmpty())
        return QStringLiteral("The gateway %1 could not be read: %2").arg(gateway.host(), answer.error());
    if (status == 404)
        return QStringLiteral("The gateway %1 does not have %2.").arg(gateway.host(), root.toString());
    if (status != 200 && status != 0)
        return QStringLiteral("The gateway %1 answered HTTP %2: %3")
            .arg(gateway.host())
            .arg(status)
            .arg(QString::fromUtf8(answer.readAll().left(200)).trimmed());
    return {};
}

} // namespace

void CarFetch::fetch(const QUrl &gateway, const Cid &cid, const QString &scope, int stallTimeoutMs)
{
    m_gateway = gateway;
    m_streamStatus = success();
    m_answer = getCar(gateway, cid, scope, stallTimeoutMs, this);
    connect(m_answer, &HttpGet::headReceived, this, &CarFetch::onMetaData);
    connect(m_answer, &HttpGet::readyRead, this, [this] { onReadyRead(); });
    connect(m_answer, &HttpGet::finished, this, [this] { onFinished(); });
}

void CarFetch::cancel()
{
    if (m_done)
        return;
    if (m_answer)
        m_answer->abort();
    Transfer::cancel();
}

HttpGet *CarFetch::takeFinishedAnswer()
{
    HttpGet *answer = m_answer;
    if (!answer || m_done)
        return nullptr;
    answer->deleteLater();
    m_answer.clear();
    return answer;
}

void CarFetch::onMetaData()
{
    if (!m_answer)
        return;
    m_streamStatus = carResponseProblem(*m_answer, m_gateway);
    if (!m_streamStatus)
        m_answer->abort();
}

CarDownload::CarDownload(BlockStore store, Cid root, Options options, QObject *parent)
    : CarFetch(parent), m_store(std::move(store)), m_root(std::move(root)), m_options(std::move(options))
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
    m_reader = std::make_unique<CarStreamReader>(
        [this](const Cid &cid, const QByteArray &block) { return accept(cid, block); });
    fetch(m_options.gateway, subtree, QStringLiteral("dag-scope=all"), m_options.stallTimeoutMs);
}

void CarDownload::onReadyRead()
{
    if (!m_answer || !m_streamStatus || m_answer->status() != 200)
        return; // an error's body is read when the answer is over
    if (auto fed = m_reader->feed(*m_answer, maxBytesPerTurn); !fed) {
        m_streamStatus = Status::failure(
            QStringLiteral("The gateway %1 sent bad data: %2").arg(m_options.gateway.host(), fed.message()),
            ErrorCode::Network);
        m_answer->abort();
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
    HttpGet *answer = takeFinishedAnswer();
    if (!answer)
        return;
    const int status = answer->status();
    if (m_streamStatus && status == 200 && answer->error().isEmpty()) {
        if (auto fed = m_reader->feed(*answer); !fed)
            m_streamStatus = Status::failure(
                QStringLiteral("The gateway %1 sent bad data: %2").arg(m_options.gateway.host(), fed.message()),
                ErrorCode::Network);
        if (m_streamStatus) {
            if (auto finished = m_reader->finish(); !finished)
                m_streamStatus = Status::failure(QStringLiteral("The gateway %1 sent bad data: %2")
                                                     .arg(m_options.gateway.host(), finished.message()),
                    ErrorCode::Network);
        }
    }
    if (!m_streamStatus) {
        m_lastError = m_streamStatus.message();
    } else if (const QString failed = failedResponseMessage(*answer, m_options.gateway, m_root); !failed.isEmpty()) {
        m_lastError = failed;
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

// ---- download to a file or folder

namespace dd::storage {

namespace {
constexpr qint64 maxBytesInFlight = 32 * 1024 * 1024; // read from the socket, not yet written
constexpr quint64 maxStrayBytes = 64 * 1024 * 1024;
constexpr qint64 minBatchBytes = 2 * 1024 * 1024;
} // namespace

FileDownload::FileDownload(BlockStore store, Cid root, QString target, Options options, QObject *parent)
    : CarFetch(parent),
      m_root(root),
      m_target(target),
      m_options(std::move(options)),
      m_writer(std::make_unique<UnixFsStreamWriter>(
          std::move(store), std::move(root), std::move(target), m_options.directWriteMinBytes))
{
    m_hasher.setMaxThreadCount(1);
    m_writing.setMaxThreadCount(1);
}

FileDownload::~FileDownload()
{
    m_stopped = true;
    if (m_answer)
        m_answer->abort();
    m_hasher.waitForDone(); // then nothing more reaches the writing thread
    m_writing.waitForDone();
}

QString FileDownload::cancelledMessage() const
{
    return QStringLiteral("Cancelled. What arrived is kept in %1; downloading again continues from there.")
        .arg(m_writer->partialPath());
}

void FileDownload::start()
{
    // On the writing thread: checking what an earlier run left reads and hashes it again,
    // which for a large partial output takes seconds; cancel() ends it.
    m_writing.start([this] {
        const Status begun = m_writer->begin(
            [this](quint64 checked) { emit progress(checked, m_writer->expectedBlockBytes()); }, &m_stopped);
        QMetaObject::invokeMethod(
            this, [this, begun] { onBegun(begun); }, Qt::QueuedConnection);
    });
}

void FileDownload::cancel()
{
    m_stopped = true; // the threads stop at the next block
    Transfer::cancel();
}

void FileDownload::onBegun(const Status &begun)
{
    if (m_done)
        return;
    if (!begun)
        return fail(begun.message());
    if (m_writer->alreadyWhole())
        qCInfo(lcStorage).noquote() << "download of" << m_root.toString() << "was already whole in" << m_target;
    else if (m_writer->resumedBytes() > 0)
        qCInfo(lcStorage).noquote() << "download of" << m_root.toString() << "continues after"
                                    << m_writer->resumedBytes() << "bytes checked in" << m_writer->partialPath();
    emit progress(m_writer->blockBytes(), m_writer->expectedBlockBytes()); // what an earlier run left
    next();
}

void FileDownload::next()
{
    if (m_done)
        return;
    if (m_writer->complete()) {
        if (auto finished = m_writer->finish(); !finished)
            return fail(finished.message());
        return succeed(m_root.toString(), std::max(m_writer->blockBytes(), m_writer->expectedBlockBytes()));
    }
    if (m_failures >= m_options.attempts)
        return fail(QStringLiteral("%1 (What arrived is kept in %2; downloading again continues from there.)")
                        .arg(m_lastError, m_writer->partialPath()));
    const UnixFsStreamWriter::Request request = m_writer->nextRequest();
    const QString scope = request.entityBytesFrom
        ? QStringLiteral("dag-scope=entity&entity-bytes=%1:*").arg(*request.entityBytesFrom)
        : QStringLiteral("dag-scope=all");
    ++m_generation;
    m_answerOver = false;
    m_refusedRange = false;
    m_bytesAtRequest = m_writer->blockBytes();
    m_reader = std::make_unique<CarStreamReader>(
        [this](const Cid &cid, const QByteArray &block) {
            m_batch.append({cid, block});
            m_batchBytes += block.size();
            return success();
        },
        CarStreamReader::HashCheck::ByHandler);
    fetch(m_options.gateway, request.cid, scope, m_options.stallTimeoutMs);
    m_answer->setProperty("entityBytes", request.entityBytesFrom.has_value());
}

void FileDownload::onReadyRead()
{
    if (!m_answer || !m_streamStatus || m_inFlight > maxBytesInFlight)
        return; // when the threads have caught up, onBatchDone reads on
    if (m_answer->status() != 200)
        return; // the error body is read when the answer is over
    if (auto fed = m_reader->feed(*m_answer, minBatchBytes); !fed) {
        m_streamStatus = Status::failure(
            QStringLiteral("The gateway %1 sent bad data: %2").arg(m_options.gateway.host(), fed.message()),
            ErrorCode::Network);
        m_answer->abort();
    }
    if (m_batchBytes >= minBatchBytes || m_inFlight == 0)
        submit(); // a handful of blocks at a time: each hand-over wakes a thread, which costs
}

void FileDownload::submit()
{
    if (m_batch.isEmpty())
        return;
    const qint64 bytes = m_batchBytes;
    m_inFlight += bytes;
    m_batchBytes = 0;
    // Two stages, each on a thread of its own and in order: the hashing of one batch overlaps
    // the writing of the one before.
    m_hasher.start([this, batch = std::exchange(m_batch, {}), bytes, generation = m_generation.load()] {
        BatchResult result;
        qsizetype verified = 0;
        for (const auto &[cid, block] : batch) {
            if (m_stopped || m_generation != generation)
                break; // an answer already given up on
            if (!cid.matches(block)) {
                result.status = Status::failure(QStringLiteral("The gateway %1 sent bad data: block %2 does not "
                                                               "match its hash")
                                                    .arg(m_options.gateway.host(), cid.toString()),
                    ErrorCode::Network);
                result.gatewayFault = true;
                ++m_generation; // the rest of this answer is not used
                break;
            }
            ++verified;
        }
        m_writing.start([this, batch, verified, result, bytes]() mutable {
            for (qsizetype i = 0; i < verified && result.status && !m_stopped; ++i)
                result.status = m_writer->accept(batch[i].first, batch[i].second);
            if (m_writer->strayBytes() > maxStrayBytes + m_writer->expectedBlockBytes() && result.status) {
                result.status = Status::failure(QStringLiteral("The gateway %1 sends blocks that are not part of "
                                                               "this dataset.")
                                                    .arg(m_options.gateway.host()),
                    ErrorCode::Network);
                result.gatewayFault = true;
                ++m_generation;
            }
            const quint64 done = m_writer->blockBytes();
            const quint64 total = m_writer->expectedBlockBytes();
            QMetaObject::invokeMethod(
                this,
                [this, result, bytes, done, total] {
                    emit progress(done, total);
                    onBatchDone(result, bytes);
                },
                Qt::QueuedConnection);
        });
    });
}

void FileDownload::onBatchDone(const BatchResult &result, qint64 bytes)
{
    m_inFlight -= bytes;
    if (m_done)
        return;
    if (!result.status && !result.gatewayFault) {
        // The DAG itself is wrong (not UnixFS, an unsafe name) or the disk refused: asking again
        // will not help. A DAG that can never be written leaves nothing behind.
        m_stopped = true;
        if (m_answer)
            m_answer->abort();
        m_hasher.waitForDone(); // the threads let go of the output before it is removed
        m_writing.waitForDone();
        if (result.status.error().code == ErrorCode::InvalidInput)
            QFileInfo(m_writer->partialPath()).isDir() ? (void)QDir(m_writer->partialPath()).removeRecursively()
                                                       : (void)QFile::remove(m_writer->partialPath());
        return fail(result.status.message());
    }
    if (!result.status && m_streamStatus) {
        m_streamStatus = result.status;
        if (m_answer)
            m_answer->abort();
    }
    if (!m_answerOver)
        return onReadyRead(); // reads on, if it had paused
    if (m_inFlight == 0)
        conclude();
}

void FileDownload::onFinished()
{
    HttpGet *answer = takeFinishedAnswer();
    if (!answer)
        return;
    const int status = answer->status();
    if (m_streamStatus && status == 200) {
        // Every whole block that arrived is used, also when the connection broke after it.
        Status read = m_reader->feed(*answer);
        if (read && answer->error().isEmpty())
            read = m_reader->finish(); // a CAR cut short at a block's end reads as incomplete, later
        if (!read)
            m_streamStatus = Status::failure(
                QStringLiteral("The gateway %1 sent bad data: %2").arg(m_options.gateway.host(), read.message()),
                ErrorCode::Network);
    }
    submit();
    m_lastError.clear();
    m_notThere = status == 404;
    if (status == 400 && answer->property("entityBytes").toBool())
        m_refusedRange = true; // a gateway without entity-bytes: whole subtrees instead
    else if (m_streamStatus)
        m_lastError = failedResponseMessage(*answer, m_options.gateway, m_root);
    m_answerOver = true;
    if (m_inFlight == 0)
        conclude();
}

void FileDownload::conclude()
{
    if (m_done)
        return;
    if (m_refusedRange) {
        m_writer->setEntityBytesRefused();
        return next();
    }
    if (m_writer->complete())
        return next();
    if (!m_streamStatus)
        m_lastError = m_streamStatus.message();
    const bool progressed = m_writer->blockBytes() > m_bytesAtRequest;
    if (progressed)
        m_failures = 0;
    if (m_lastError.isEmpty()) {
        if (progressed)
            return next(); // that part is whole; now the next one
        m_lastError = QStringLiteral("The gateway %1 sent an incomplete CAR.").arg(m_options.gateway.host());
    }
    ++m_failures;
    qCInfo(lcStorage).noquote() << "download attempt failed:" << m_lastError;
    if (m_notThere) // asking again will not help
        m_failures = m_options.attempts;
    QTimer::singleShot(std::min(200 * m_failures, 2000), this, &FileDownload::next);
}

} // namespace dd::storage
