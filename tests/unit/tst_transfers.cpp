// The storage node and its clients over real loopback HTTP: a folder uploads to the node's
// Kubo RPC API in segments and comes back through its trustless gateway verified block by
// block, and the faults of real gateways and nodes (a dropped connection, a flipped byte, a
// CAR cut short, an HTML page, a missing CID, an upload cut off part way) each end in a clear
// message with nothing unverified kept. Also the streaming parsers of outside bytes: CIDs,
// dag-pb, HTTP requests and multipart bodies fed one byte at a time.

#include "testregistry.h"

#include "../support/storageproxy.h"
#include "storage/car.h"
#include "storage/dagpb.h"
#include "storage/dagwalk.h"
#include "storage/httpstream.h"
#include "storage/storageserver.h"
#include "storage/transfers.h"
#include "storage/unixfs.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using namespace dd::storage;
using dd::test::StorageProxy;

namespace {

QByteArray testBytes(qsizetype size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(out.data()), size / 4);
    return out;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Waits for a transfer's finished(ok, message).
std::pair<bool, QString> waitFor(QObject *transfer)
{
    QSignalSpy spy(transfer, SIGNAL(finished(bool, QString)));
    if (!spy.wait(30000))
        return {false, QStringLiteral("timed out")};
    return {spy.first().at(0).toBool(), spy.first().at(1).toString()};
}

} // namespace

class TestTransfers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StorageServer> m_server;
    QNetworkAccessManager m_network;
    QString m_car;
    Cid m_root;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::pair<bool, QString> download(const QUrl &gateway, const QString &storeName, int attempts = 4)
    {
        CarDownload::Options options;
        options.gateway = gateway;
        options.attempts = attempts;
        CarDownload download(m_network, BlockStore(path(storeName)), m_root, options);
        download.start();
        return waitFor(&download);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(path(QStringLiteral("data/images")));
        writeFile(path(QStringLiteral("data/table.csv")), "id,name\n1,alpha\n2,beta\n");
        writeFile(path(QStringLiteral("data/images/big.bin")), testBytes(3 * 1024 * 1024 + 123, 7));
        writeFile(path(QStringLiteral("data/empty.txt")), {});
        m_car = path(QStringLiteral("data.car"));
        QSaveFile out(m_car);
        QVERIFY(out.open(QIODevice::WriteOnly));
        CarWriter writer(out);
        QVERIFY(writer.begin(36).ok());
        auto imported = importPath(path(QStringLiteral("data")), ImportProfile::unixfsV1_2025(),
            [&](const Cid &cid, const QByteArray &block) { return writer.add(cid, block); });
        QVERIFY(imported.ok());
        QVERIFY(writer.finish(imported.value().root).ok());
        QVERIFY(out.commit());
        m_root = imported.value().root;

        m_server = std::make_unique<StorageServer>(BlockStore(path(QStringLiteral("node"))));
        QVERIFY(m_server->listen().ok());
    }

    void cidTextRoundTrips()
    {
        const QString v1 = m_root.toString();
        QCOMPARE(Cid::parse(v1).value().toString(), v1);
        const QString v0 = QStringLiteral("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"); // the empty dag-pb node
        QCOMPARE(Cid::parse(v0).value().toString(), v0);
        QCOMPARE(Cid::parse(QStringLiteral("bafkqaaa")).value().isIdentity(), true);
        for (const char *bad :
            {"", "Qm", "bafy!!!", "xyz", "bafkqaaaa", "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQ0"})
            QVERIFY2(!Cid::parse(QString::fromLatin1(bad)).ok(), bad);
    }

    void uploadThenVerifiedDownload()
    {
        CarUpload::Options options;
        options.api = m_server->url();
        options.segmentBytes = 1024 * 1024; // several segments
        CarUpload upload(m_network, m_car, options);
        QSignalSpy segments(&upload, &CarUpload::segmentDone);
        upload.start();
        const auto [ok, message] = waitFor(&upload);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(message, m_root.toString());
        QVERIFY(segments.size() >= 3);
        QVERIFY(BlockStore(path(QStringLiteral("node"))).isPinned(m_root));

        const auto [got, why] = download(m_server->url(), QStringLiteral("client"));
        QVERIFY2(got, qPrintable(why));
        const QString out = path(QStringLiteral("out"));
        QVERIFY(exportUnixFs(BlockStore(path(QStringLiteral("client"))), m_root, out).ok());
        for (const char *name : {"table.csv", "images/big.bin", "empty.txt"})
            QCOMPARE(readFile(out + QLatin1Char('/') + QLatin1String(name)),
                readFile(path(QStringLiteral("data/")) + QLatin1String(name)));
        QVERIFY(!exportUnixFs(BlockStore(path(QStringLiteral("client"))), m_root, out).ok()); // never overwrites
    }

    void downloadResumesAfterADroppedConnection()
    {
        StorageProxy proxy(m_server->url());
        proxy.setFault(StorageProxy::Fault::DropAfter, 1536 * 1024, 1);
        const auto [ok, message] = download(proxy.url(), QStringLiteral("resumed"));
        QVERIFY2(ok, qPrintable(message));
        // The second request asked for what was still missing, not the whole DAG again.
        QVERIFY(proxy.targets().size() >= 2);
        QVERIFY(!proxy.targets().at(1).contains(m_root.toString()));
        QVERIFY(proxy.bytesSent() < 2 * QFileInfo(m_car).size());
        QVERIFY(missingBlocks(BlockStore(path(QStringLiteral("resumed"))), m_root).value().isEmpty());
    }

    void aFlippedByteIsRefused()
    {
        StorageProxy proxy(m_server->url());
        proxy.setFault(StorageProxy::Fault::FlipByte, 200000);
        const auto [ok, message] = download(proxy.url(), QStringLiteral("flipped"), 2);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("does not match its hash")), qPrintable(message));
        // Whatever was kept verifies; the DAG is incomplete so nothing can be exported.
        const BlockStore store(path(QStringLiteral("flipped")));
        QVERIFY(!missingBlocks(store, m_root).value().isEmpty());
        QVERIFY(!exportUnixFs(store, m_root, path(QStringLiteral("flipped-out"))).ok());
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("flipped-out"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("flipped-out.partial"))));
    }

    void aTruncatedCarIsIncomplete()
    {
        // Cut after a little more than one leaf: each retry asks for what is missing, and gets it.
        StorageProxy proxy(m_server->url());
        proxy.setFault(StorageProxy::Fault::TruncateCar, 1024 * 1024 + 500);
        auto [got, why] = download(proxy.url(), QStringLiteral("cut-then-complete"), 2);
        QVERIFY2(got, qPrintable(why));
        // Cut before any leaf can arrive: it fails, in words, and keeps what did arrive.
        proxy.setFault(StorageProxy::Fault::TruncateCar, 1000);
        const auto [ok, message] = download(proxy.url(), QStringLiteral("truncated"), 2);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("truncated")) || message.contains(QLatin1String("incomplete")),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("still missing")), qPrintable(message));
    }

    void notACarOrNotThere()
    {
        StorageProxy proxy(m_server->url());
        proxy.setFault(StorageProxy::Fault::Html);
        auto [ok, message] = download(proxy.url(), QStringLiteral("html"), 1);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("not a CAR")), qPrintable(message));

        m_root = Cid::parse(QStringLiteral("bafkreigh2akiscaildcqabsyg3dfr6chu3fgpregiymsck7e7aqa4s52zy")).value();
        std::tie(ok, message) = download(m_server->url(), QStringLiteral("absent"));
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("does not have")), qPrintable(message));
        initRoot();
    }

    void uploadResumesAtTheFirstUnacknowledgedSegment()
    {
        const QString nodeDir = path(QStringLiteral("node2"));
        StorageServer node {BlockStore(nodeDir)};
        QVERIFY(node.listen().ok());
        StorageProxy proxy(node.url());
        proxy.setFault(StorageProxy::Fault::DropAfter, 0, -1);
        CarUpload::Options options;
        options.api = proxy.url();
        options.segmentBytes = 1024 * 1024;
        {
            proxy.setFault(StorageProxy::Fault::None);
            CarUpload first(m_network, m_car, options);
            int acknowledged = 0;
            connect(&first, &CarUpload::segmentDone, this, [&](int done, int) {
                acknowledged = done;
                if (done == 2)
                    proxy.setFault(StorageProxy::Fault::DropAfter, 0, -1); // the node goes away
            });
            first.start();
            const auto [ok, message] = waitFor(&first);
            QVERIFY(!ok);
            QVERIFY2(message.contains(QLatin1String("could not be reached")), qPrintable(message));
            QCOMPARE(acknowledged, 2);
            options.firstSegment = acknowledged;
        }
        proxy.setFault(StorageProxy::Fault::None);
        const int before = int(proxy.targets().size());
        CarUpload resumed(m_network, m_car, options);
        resumed.start();
        const auto [ok, message] = waitFor(&resumed);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(BlockStore(nodeDir).isPinned(m_root));
        const int segments = int(carLayout(m_car, options.segmentBytes).value().segments.size());
        QCOMPARE(int(proxy.targets().size()) - before, segments - 2 + 1); // the rest, then pin/add
    }

    void aBrokenCarIsRefusedInKubosWords()
    {
        QByteArray car = readFile(m_car);
        writeFile(path(QStringLiteral("short.car")), car.left(car.size() - 1000));
        CarUpload::Options options;
        options.api = m_server->url();
        options.segmentBytes = 64 * 1024 * 1024;
        CarUpload upload(m_network, path(QStringLiteral("short.car")), options);
        upload.start();
        const auto [ok, message] = waitFor(&upload);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("truncated")), qPrintable(message));
    }

    void exportRefusesNamesThatLeaveTheFolder()
    {
        // A directory node naming an entry "..", as a hostile DAG might.
        const BlockStore store(path(QStringLiteral("hostile")));
        QVERIFY(store.open().ok());
        const QByteArray leaf = "payload";
        const Cid leafCid {1, codec::raw, sha256Multihash(sha256(leaf))};
        QVERIFY(store.put(leafCid, leaf).ok());
        QByteArray link;
        link += '\x0a';
        appendVarint(link, quint64(leafCid.bytes().size()));
        link += leafCid.bytes();
        link += QByteArray("\x12\x02..", 4);
        link += QByteArray("\x18\x07", 2);
        QByteArray node;
        node += '\x12';
        appendVarint(node, quint64(link.size()));
        node += link;
        node += QByteArray("\x0a\x02\x08\x01", 4); // Data: UnixFS Directory
        const Cid dirCid {1, codec::dagPb, sha256Multihash(sha256(node))};
        QVERIFY(store.put(dirCid, node).ok());
        QCOMPARE(decodePbNode(node).value().links.first().name, QByteArray(".."));
        const auto exported = exportUnixFs(store, dirCid, path(QStringLiteral("hostile-out")));
        QVERIFY(!exported.ok());
        QVERIFY2(exported.message().contains(QLatin1String("not a safe file name")), qPrintable(exported.message()));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("hostile-out.partial"))));
        // Garbage is refused, not read past its end.
        QVERIFY(!decodePbNode(QByteArray("\x12\xff\x01", 3)).ok());
        QVERIFY(!decodePbNode(QByteArray("\x0a\x05"
                                         "ab",
                                  4))
                     .ok());
    }

    void parsersTakeBytesOneAtATime()
    {
        QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.car\"\r\n"
                          "Content-Type: application/octet-stream\r\n\r\n";
        const QByteArray payload = testBytes(5000, 3) + "\r\n--Xy"; // a near-boundary inside the data
        body += payload + "\r\n--XyZ--\r\n";
        QByteArray chunked;
        for (qsizetype at = 0; at < body.size(); at += 777) {
            const QByteArray piece = body.mid(at, 777);
            chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        const QByteArray request = "POST /api/v0/dag/import?pin-roots=false HTTP/1.1\r\nHost: x\r\n"
                                   "Content-Type: multipart/form-data; boundary=\"XyZ\"\r\n"
                                   "Transfer-Encoding: chunked\r\n\r\n"
            + chunked + "0\r\n\r\n";
        QByteArray received;
        bool ended = false;
        int parts = 0;
        std::unique_ptr<MultipartReader> multipart;
        HttpRequestReader reader(
            {[&](const HttpRequest &r) {
                 multipart = std::make_unique<MultipartReader>(MultipartReader::boundaryOf(r.header("content-type")),
                     MultipartReader::Handlers {[&](const auto &headers) {
                                                    ++parts;
                                                    return headers.contains("content-disposition")
                                                        ? success()
                                                        : Status::failure(QStringLiteral("no header"));
                                                },
                         [&](QByteArrayView b) {
                             received.append(b.data(), b.size());
                             return success();
                         },
                         [] { return success(); }});
                 return r.url.path() == QLatin1String("/api/v0/dag/import")
                     ? success()
                     : Status::failure(QStringLiteral("wrong path"));
             },
                [&](QByteArrayView b) { return multipart->feed(b); },
                [&] {
                    ended = true;
                    return multipart->finish();
                }});
        for (char c : request)
            QVERIFY(reader.feed(QByteArrayView(&c, 1)).ok());
        QVERIFY(ended);
        QCOMPARE(parts, 1);
        QCOMPARE(received, payload);

        HttpRequestReader bad({[](const HttpRequest &) { return success(); }, [](QByteArrayView) { return success(); },
            [] { return success(); }});
        QVERIFY(!bad.feed("GARBAGE\r\n\r\n").ok());
    }

private:
    void initRoot()
    {
        QFile car(m_car);
        QVERIFY(car.open(QIODevice::ReadOnly));
        m_root = readCar(car).value().roots.first();
    }
};

DD_REGISTER_TEST(TestTransfers);
#include "tst_transfers.moc"
