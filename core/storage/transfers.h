#pragma once

// The storage clients, each one transfer, on the thread that creates it (the transfer thread in
// the app, the main thread in datadao-cli). They speak only the documented APIs, so they work
// the same against Kubo, IPFS Desktop or the devnet's storage node:
// - CarUpload: a CAR to a Kubo RPC API. The CAR goes in segments, each a valid CAR of a run of
//   its blocks under the same root header, by POST /api/v0/dag/import?pin-roots=false; then
//   POST /api/v0/pin/add pins the root, which the node accepts only once every block is there.
//   A segment that was acknowledged is never sent again: after a dropped connection or a
//   restart the upload resumes at the first unacknowledged segment.
// - CarDownload: a DAG from a trustless gateway (GET /ipfs/{cid}?format=car) into a block
//   store. Every block is checked against its CID as it streams in and kept only if the DAG
//   asks for it; the DAG is complete only when every linked block is in the store. A dropped
//   connection or a cut-short CAR resumes by asking for the subtrees still missing. It keeps
//   every block: for small DAGs the app reads from its store (metadata files).
// - FileDownload: a UnixFS file or folder from a trustless gateway, written to a target as it
//   streams (see unixfsstream.h): each block is hashed on a thread of its own while the next
//   bytes arrive, then its bytes go straight into the file, once, from another. A dropped connection resumes with
//   the rest of the current file (entity-bytes) or the next subtree; a stopped run resumes
//   from what it left in target.partial, checked again.

#include "storage/blockstore.h"
#include "storage/httpget.h"
#include "storage/unixfsstream.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

namespace dd::storage {

class CarStreamReader;

// A CAR split into runs of sections of at most segmentBytes each (a block larger than that is a
// run of its own). Offsets are into the CAR file.
struct CarSegment {
    qint64 offset = 0;
    qint64 length = 0;
    quint64 blocks = 0;
};
struct CarLayout {
    QList<Cid> roots;
    QList<CarSegment> segments;
    qint64 size = 0;
};
Result<CarLayout> carLayout(const QString &carPath, qint64 segmentBytes);

// What an upload and a download share: cancel, and one finished signal, always emitted after
// start() returns so that callers connect first.
class Transfer : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void cancel();

signals:
    void progress(quint64 bytesDone, quint64 bytesTotal); // total is 0 while unknown
    void finished(bool ok, const QString &message); // message: the root CID, or what failed

protected:
    void fail(const QString &message);
    void succeed(const QString &message, quint64 total);
    virtual QString cancelledMessage() const { return QStringLiteral("Cancelled."); }

    bool m_done = false;
};

class CarUpload : public Transfer {
    Q_OBJECT
public:
    struct Options {
        QUrl api; // the RPC API's base, e.g. http://127.0.0.1:5001
        QByteArray authorization; // an Authorization header value, when the node wants one
        qint64 segmentBytes = 16 * 1024 * 1024;
        int firstSegment = 0; // segments already acknowledged by an earlier run
    };
    CarUpload(QNetworkAccessManager &network, QString carPath, Options options, QObject *parent = nullptr);

    void start();
    void cancel() override;

signals:
    void segmentDone(int segmentsAcknowledged, int segmentCount); // persist the count to resume

private:
    void sendSegment();
    void onSegmentReply();
    void pinRoot();
    // The finished reply's body, or nullopt when it failed (then the upload has failed in words).
    std::optional<QByteArray> takeReply();
    QNetworkRequest rpcRequest(const QString &command, const QList<QPair<QString, QString>> &query) const;
    QString replyError(QNetworkReply *reply, const QByteArray &body) const;

    QNetworkAccessManager &m_network;
    QPointer<QNetworkReply> m_reply; // one request at a time
    QString m_carPath;
    Options m_options;
    CarLayout m_layout;
    int m_next = 0;
};

// What the two downloads share: a CAR asked of a trustless gateway (depth-first, each block
// once), and its answer refused unless it is a CAR v1. The answer is read with HttpGet, on this
// thread, as it streams (httpget.h says why not QNetworkAccessManager).
class CarFetch : public Transfer {
    Q_OBJECT
public:
    using Transfer::Transfer;
    void cancel() override;

protected:
    void fetch(const QUrl &gateway, const Cid &cid, const QString &scope, int stallTimeoutMs);
    virtual void onReadyRead() = 0;
    virtual void onFinished() = 0;
    // The answer that just finished (deleted later), or null when there is none or it is over.
    HttpGet *takeFinishedAnswer();

    QPointer<HttpGet> m_answer; // the one being read
    Status m_streamStatus = success(); // of the answer being read

private:
    void onMetaData();
    QUrl m_gateway;
};

class CarDownload : public CarFetch {
    Q_OBJECT
public:
    struct Options {
        QUrl gateway; // e.g. http://127.0.0.1:8080
        int attempts = 4; // requests per missing subtree before giving up
        int stallTimeoutMs = 30000;
    };
    CarDownload(BlockStore store, Cid root, Options options, QObject *parent = nullptr);
    ~CarDownload() override;

    void start(); // progress: bytes verified of the bytes the DAG's links announce

private:
    QString cancelledMessage() const override;
    void next(); // asks for the next missing subtree, or finishes
    void onReadyRead() override;
    void onFinished() override;
    Status accept(const Cid &cid, const QByteArray &block);

    BlockStore m_store;
    Cid m_root;
    Options m_options;
    std::unique_ptr<CarStreamReader> m_reader;
    QSet<QByteArray> m_wanted; // multihashes the DAG asks for and the store lacks
    int m_failures = 0;
    QString m_lastError;
    quint64 m_verified = 0;
    quint64 m_expected = 0;
    quint64 m_unexpectedBytes = 0;
};

class FileDownload : public CarFetch {
    Q_OBJECT
public:
    struct Options : CarDownload::Options {
        quint64 directWriteMinBytes = storage::directWriteMinBytes; // see unixfsstream.h
    };
    FileDownload(BlockStore store, Cid root, QString target, Options options, QObject *parent = nullptr);
    ~FileDownload() override;

    void start(); // progress: bytes verified of the bytes the DAG's links announce
    void cancel() override;

private:
    struct BatchResult {
        Status status = success();
        bool gatewayFault = false; // a block that does not match its hash: ask again
    };
    QString cancelledMessage() const override;
    void next();
    void onReadyRead() override;
    void onFinished() override;
    void onBegun(const Status &begun); // what an earlier run left is checked
    void submit();
    void onBatchDone(const BatchResult &result, qint64 bytes);
    void conclude(); // once the answer is over and every block of it is written

    Cid m_root;
    QString m_target;
    Options m_options;
    std::unique_ptr<UnixFsStreamWriter> m_writer; // used by m_writing while blocks are in flight
    QThreadPool m_hasher; // one thread each: blocks are checked, then written, in the order they came
    QThreadPool m_writing;
    std::unique_ptr<CarStreamReader> m_reader;
    QList<std::pair<Cid, QByteArray>> m_batch;
    qint64 m_batchBytes = 0;
    qint64 m_inFlight = 0; // bytes handed to the hashing thread and not yet written
    std::atomic_int m_generation = 0; // bumped per request: an older answer's blocks are dropped
    std::atomic_bool m_stopped = false;
    bool m_answerOver = true;
    bool m_refusedRange = false; // the last answer was a 400 to entity-bytes
    bool m_notThere = false; // the last answer was a 404
    int m_failures = 0;
    QString m_lastError;
    quint64 m_bytesAtRequest = 0;
};

} // namespace dd::storage
