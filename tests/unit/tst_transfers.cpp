// The storage node and its clients over real loopback HTTP: a folder uploads to the node's
// Kubo RPC API in segments and comes back through its trustless gateway verified block by
// block, and the faults of real gateways and nodes (a dropped connection, a flipped byte, a
// CAR cut short, an HTML page, a missing CID, an upload cut off part way) each end in a clear
// message with nothing unverified kept. Also the parsers of outside bytes: CIDs and dag-pb, and
// the node's HTTP (cpp-httplib's) fed an upload in small pieces.

#include "testregistry.h"

#include "../support/storageproxy.h"
#include "storage/car.h"
#include "storage/dagpb.h"
#include "storage/dagwalk.h"
#include "storage/storageserver.h"
#include "storage/transfers.h"
#include "storage/unixfs.h"
#include "storage/unixfsstream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <linux/magic.h>
#include <sys/mman.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <vector>

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

// A directory node whose one entry, leading to leaf, is named "..".
std::pair<Cid, QByteArray> hostileDirectory(const Cid &leaf)
{
    QByteArray link;
    link += '\x0a';
    appendVarint(link, quint64(leaf.bytes().size()));
    link += leaf.bytes();
    link += QByteArray("\x12\x02..", 4);
    link += QByteArray("\x18\x07", 2);
    QByteArray node;
    node += '\x12';
    appendVarint(node, quint64(link.size()));
    node += link;
    node += QByteArray("\x0a\x02\x08\x01", 4); // Data: UnixFS Directory
    return {Cid {1, codec::dagPb, sha256Multihash(sha256(node))}, node};
}

// Every file below root, by path relative to it, with its bytes.
QMap<QString, QByteArray> treeOf(const QString &root)
{
    QMap<QString, QByteArray> out;
    if (QFileInfo(root).isFile()) {
        out.insert(QString(), readFile(root));
        return out;
    }
    QDirIterator it(root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        out.insert(QDir(root).relativeFilePath(file), QFileInfo(file).isDir() ? QByteArray("<dir>") : readFile(file));
    }
    return out;
}

// How many of a file's bytes are in the page cache (mincore(2) over a read-only mapping, which
// itself brings nothing in).
std::optional<qint64> pageCacheResidentBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return std::nullopt;
    const size_t length = size_t(file.size());
    void *mapped = ::mmap(nullptr, length, PROT_READ, MAP_SHARED, file.handle(), 0);
    if (mapped == MAP_FAILED)
        return std::nullopt;
    const long page = ::sysconf(_SC_PAGESIZE);
    std::vector<unsigned char> pages((length + size_t(page) - 1) / size_t(page));
    const bool ok = ::mincore(mapped, length, pages.data()) == 0;
    ::munmap(mapped, length);
    if (!ok)
        return std::nullopt;
    return qint64(std::count_if(pages.begin(), pages.end(), [](unsigned char p) { return p & 1; })) * page;
}

qint64 bytesUnder(const QString &root)
{
    qint64 total = 0;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
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
        CarDownload download(BlockStore(path(storeName)), m_root, options);
        download.start();
        return waitFor(&download);
    }

    std::pair<bool, QString> downloadTo(const QUrl &gateway, const Cid &root, const QString &storeName,
        const QString &target, int attempts = 4, quint64 directWriteMinBytes = storage::directWriteMinBytes)
    {
        FileDownload::Options options;
        options.gateway = gateway;
        options.attempts = attempts;
        options.directWriteMinBytes = directWriteMinBytes;
        FileDownload download(BlockStore(path(storeName)), root, path(target), options);
        download.start();
        return waitFor(&download);
    }

    // Imports folder with profile, uploads it to the node, returns its root.
    Cid upload(const QString &folder, const ImportProfile &profile)
    {
        const QString car = path(folder + QStringLiteral(".car"));
        QSaveFile out(car);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        CarWriter writer(out);
        if (!writer.begin(profile.cidVersion == 0 ? 34 : 36).ok())
            return {};
        auto imported = importPath(
            path(folder), profile, [&](const Cid &cid, const QByteArray &block) { return writer.add(cid, block); });
        if (!imported || !writer.finish(imported.value().root).ok() || !out.commit())
            return {};
        CarUpload::Options options;
        options.api = m_server->url();
        CarUpload carUpload(m_network, car, options);
        carUpload.start();
        return waitFor(&carUpload).first ? imported.value().root : Cid {};
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

        // Issue 16: a CAR whose header claims a billion roots (a CBOR array of 10^9 items in a
        // 40-byte header) is refused in words, without reserving room for them.
        proxy.setForgedCar(QByteArray("\x28\xa2"
                                      "eroots\x9a\x3b\x9a\xca\x00"
                                      "gversion\x01",
                               22)
            + QByteArray(19, '\0'));
        proxy.setFault(StorageProxy::Fault::ForgedCar);
        std::tie(ok, message) = download(proxy.url(), QStringLiteral("billion-roots"), 1);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("sent bad data: Not a valid CAR: its header names no root")),
            qPrintable(message));

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
                    proxy.setFault(StorageProxy::Fault::Vanish); // the node goes away
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

    void aStreamedDownloadWritesEachByteOnce()
    {
        const auto [ok, message]
            = downloadTo(m_server->url(), m_root, QStringLiteral("stream-store"), QStringLiteral("stream-out"));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(message, m_root.toString());
        QCOMPARE(treeOf(path(QStringLiteral("stream-out"))), treeOf(path(QStringLiteral("data"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("stream-out.partial"))));
        // Only the nodes with links were kept (to resume from): the leaves' bytes went to the files alone.
        QVERIFY2(bytesUnder(path(QStringLiteral("stream-store"))) < 16 * 1024,
            qPrintable(QString::number(bytesUnder(path(QStringLiteral("stream-store"))))));
    }

    void aDownloadStoppedAfterItsRenameIsDone()
    {
        // A run killed between its last rename and saying so: the next run finds the whole
        // output under the target and no .partial, checks it against the DAG (the nodes are in
        // the store, the leaves in the files) and is done without asking any gateway.
        const auto [ok, message]
            = downloadTo(m_server->url(), m_root, QStringLiteral("renamed-store"), QStringLiteral("renamed-out"));
        QVERIFY2(ok, qPrintable(message));
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:9/"));
        const auto [again, said]
            = downloadTo(nowhere, m_root, QStringLiteral("renamed-store"), QStringLiteral("renamed-out"), 1);
        QVERIFY2(again, qPrintable(said));
        QCOMPARE(said, m_root.toString());
        QCOMPARE(treeOf(path(QStringLiteral("renamed-out"))), treeOf(path(QStringLiteral("data"))));

        // Anything else under that name is never overwritten: a file of it changed by a byte
        // (same size), or one byte longer.
        const QString big = path(QStringLiteral("renamed-out/images/big.bin"));
        QFile file(big);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const char original = file.peek(1).at(0);
        QVERIFY(file.write(QByteArray(1, char(original ^ 1))) == 1);
        file.close();
        const auto changed = treeOf(path(QStringLiteral("renamed-out")));
        const auto [overwrote, why]
            = downloadTo(nowhere, m_root, QStringLiteral("renamed-store"), QStringLiteral("renamed-out"), 1);
        QVERIFY(!overwrote);
        QVERIFY2(why.contains(QLatin1String("already exists")), qPrintable(why));
        QCOMPARE(treeOf(path(QStringLiteral("renamed-out"))), changed);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.write(QByteArray(1, original)) == 1);
        QVERIFY(file.seek(file.size()));
        QVERIFY(file.write("x", 1) == 1);
        file.close();
        const auto [longer, whyLonger]
            = downloadTo(nowhere, m_root, QStringLiteral("renamed-store"), QStringLiteral("renamed-out"), 1);
        QVERIFY(!longer);
        QVERIFY2(whyLonger.contains(QLatin1String("already exists")), qPrintable(whyLonger));
    }

    void aStreamedDownloadContinuesAfterADrop()
    {
        // Dropped inside images/big.bin's second leaf: the rest of that file is asked for by
        // entity-bytes from the first byte not yet written, then what follows it.
        StorageProxy proxy(m_server->url());
        proxy.setFault(StorageProxy::Fault::DropAfter, 1536 * 1024, 1);
        const auto [ok, message]
            = downloadTo(proxy.url(), m_root, QStringLiteral("drop-store"), QStringLiteral("drop-out"));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(treeOf(path(QStringLiteral("drop-out"))), treeOf(path(QStringLiteral("data"))));
        QVERIFY(proxy.targets().size() >= 2);
        QVERIFY2(proxy.targets().at(1).contains(QLatin1String("entity-bytes=1048576:*")),
            qPrintable(proxy.targets().join(QLatin1Char(' '))));
        QVERIFY(proxy.bytesSent() < 2 * QFileInfo(m_car).size());
    }

    void aStoppedDownloadResumesFromWhatItWrote()
    {
        // The first run gives up after one broken answer and keeps what it wrote.
        StorageProxy dropping(m_server->url());
        dropping.setFault(StorageProxy::Fault::DropAfter, 2600 * 1024, 1);
        const auto [stopped, why]
            = downloadTo(dropping.url(), m_root, QStringLiteral("resume-store"), QStringLiteral("resume-out"), 1);
        QVERIFY(!stopped);
        QVERIFY2(why.contains(QLatin1String("resume-out.partial")), qPrintable(why));
        const qint64 kept = QFileInfo(path(QStringLiteral("resume-out.partial/images/big.bin"))).size();
        QVERIFY2(kept >= 1024 * 1024, qPrintable(QString::number(kept)));
        // Damage the last byte kept: the run that continues checks what is there and fetches it again.
        {
            QFile big(path(QStringLiteral("resume-out.partial/images/big.bin")));
            QVERIFY(big.open(QIODevice::ReadWrite));
            QVERIFY(big.seek(kept - 1));
            QVERIFY(big.putChar('\x5a'));
        }
        // Checking what is kept stops when asked to, and leaves it as it was.
        {
            const std::atomic_bool stop = true;
            UnixFsStreamWriter writer(
                BlockStore(path(QStringLiteral("resume-store"))), m_root, path(QStringLiteral("resume-out")));
            const Status begun = writer.begin({}, &stop);
            QCOMPARE(begun.error().code, ErrorCode::Cancelled);
            QCOMPARE(QFileInfo(path(QStringLiteral("resume-out.partial/images/big.bin"))).size(), kept);
        }
        // What another dataset saved under the same name left there goes, a link without its target.
        writeFile(path(QStringLiteral("resume-out.partial/stray-from-another.txt")), "not this dataset");
        QVERIFY(QFile::link(path(QStringLiteral("data/images")), path(QStringLiteral("resume-out.partial/link"))));
        // The second run meets a gateway without entity-bytes: it asks for the leaves instead.
        StorageProxy noRanges(m_server->url());
        noRanges.setFault(StorageProxy::Fault::RefuseEntityBytes);
        const auto [ok, message]
            = downloadTo(noRanges.url(), m_root, QStringLiteral("resume-store"), QStringLiteral("resume-out"));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(treeOf(path(QStringLiteral("resume-out"))), treeOf(path(QStringLiteral("data"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("resume-out/link"))));
        QCOMPARE(readFile(path(QStringLiteral("data/images/big.bin"))).size(), 3 * 1024 * 1024 + 123);
        const QString first = noRanges.targets().value(0);
        QVERIFY2(first.contains(QLatin1String("entity-bytes=")) && !first.contains(QLatin1String("entity-bytes=0:")),
            qPrintable(noRanges.targets().join(QLatin1Char(' '))));
        QVERIFY(!noRanges.targets().value(1).contains(QLatin1String("entity-bytes")));
        QVERIFY(noRanges.bytesSent() < QFileInfo(m_car).size());
    }

    void aTruncatedCarContinuesOrFailsInWords()
    {
        // Cut after a little more than one leaf, as a whole HTTP answer: the next request asks
        // for the rest of that file, and the download completes.
        StorageProxy proxy(m_server->url());
        proxy.setFault(StorageProxy::Fault::TruncateCar, 1024 * 1024 + 500, 1);
        auto [ok, message] = downloadTo(proxy.url(), m_root, QStringLiteral("cut-store"), QStringLiteral("cut-out"));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(treeOf(path(QStringLiteral("cut-out"))), treeOf(path(QStringLiteral("data"))));
        // Cut every time before a leaf can arrive: it fails, in words, and says what it kept.
        proxy.setFault(StorageProxy::Fault::TruncateCar, 1000);
        std::tie(ok, message)
            = downloadTo(proxy.url(), m_root, QStringLiteral("cut-store-2"), QStringLiteral("cut-out-2"), 2);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("truncated")) || message.contains(QLatin1String("incomplete")),
            qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("cut-out-2.partial")), qPrintable(message));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("cut-out-2"))));
    }

    void blocksInAnotherOrderWaitForTheirTurn()
    {
        // A gateway that sends the DAG last block first (order=unk): each block waits in the
        // store until the depth-first walk reaches it, and the files come out the same.
        StorageProxy proxy(m_server->url());
        proxy.setFault(StorageProxy::Fault::ReverseBlocks);
        const auto [ok, message]
            = downloadTo(proxy.url(), m_root, QStringLiteral("reverse-store"), QStringLiteral("reverse-out"));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(treeOf(path(QStringLiteral("reverse-out"))), treeOf(path(QStringLiteral("data"))));
        QCOMPARE(proxy.targets().size(), 1); // one answer held everything
    }

    // Issue 16: 40 file nodes, each linking twice to the next, end in an empty leaf: 41 valid
    // blocks, 2^40 visits that write nothing (years). The streamed download stops in words after
    // some 65,536.
    void aDagThatLinksItsBlocksAgainAndAgainIsRefused()
    {
        const QByteArray leaf;
        Cid next {1, codec::raw, sha256Multihash(sha256(leaf))};
        QList<std::pair<Cid, QByteArray>> nodes; // root first, as a gateway sends them
        for (int level = 0; level < 40; ++level) {
            QByteArray data;
            appendPbUint(data, 1, 2); // a file
            appendPbUint(data, 3, 0); // of no bytes
            appendPbUint(data, 4, 0);
            appendPbUint(data, 4, 0);
            const QByteArray block = encodePbNode({PbLink {next, {}, 0}, PbLink {next, {}, 0}}, data);
            next = Cid {1, codec::dagPb, sha256Multihash(sha256(block))};
            nodes.prepend({next, block});
        }
        const QString target = path(QStringLiteral("again-and-again"));
        UnixFsStreamWriter writer(BlockStore(path(QStringLiteral("again-store"))), nodes.first().first, target);
        QVERIFY(writer.begin().ok());
        Status status = success();
        for (const auto &[cid, block] : nodes)
            if (status)
                status = writer.accept(cid, block);
        if (status)
            status = writer.accept(Cid {1, codec::raw, sha256Multihash(sha256(leaf))}, leaf);
        QVERIFY(!status);
        QVERIFY2(status.message().contains(QStringLiteral("links its blocks again and again")),
            qPrintable(status.message()));
        QVERIFY(!QFileInfo::exists(target));
    }

    void aFlippedByteNeverReachesTheFile()
    {
        StorageProxy proxy(m_server->url());
        proxy.setFault(StorageProxy::Fault::FlipByte, 200000); // inside big.bin's first leaf
        const auto [ok, message]
            = downloadTo(proxy.url(), m_root, QStringLiteral("flip-store"), QStringLiteral("flip-out"), 2);
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("does not match its hash")), qPrintable(message));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("flip-out"))));
        // What was written is the real file's beginning, and nothing of the broken leaf.
        const QByteArray written = readFile(path(QStringLiteral("flip-out.partial/images/big.bin")));
        QCOMPARE(written.size(), 0);
        QCOMPARE(readFile(path(QStringLiteral("flip-out.partial/empty.txt"))), QByteArray());
    }

    void repeatedBlocksAndTheClassicProfileStream()
    {
        // Identical leaves and identical files: the gateway sends each block once (dups=n), and
        // the download reads the second use back from where the first was written.
        QDir().mkpath(path(QStringLiteral("repeats/sub")));
        writeFile(path(QStringLiteral("repeats/a-random.bin")), testBytes(2 * 1024 * 1024, 5));
        const QByteArray zeros(3 * 1024 * 1024, '\0');
        writeFile(path(QStringLiteral("repeats/zeros.bin")), zeros + testBytes(5000, 11) + zeros);
        writeFile(path(QStringLiteral("repeats/sub/zeros-again.bin")), zeros + testBytes(5000, 11) + zeros);
        writeFile(path(QStringLiteral("repeats/small.txt")), "same\n");
        writeFile(path(QStringLiteral("repeats/sub/small.txt")), "same\n");
        for (const ImportProfile &profile : {ImportProfile::unixfsV1_2025(), ImportProfile::unixfsV0_2015()}) {
            const Cid root = upload(QStringLiteral("repeats"), profile);
            QVERIFY(!root.multihash.isEmpty());
            const QString out = QStringLiteral("repeats-out-v%1").arg(profile.cidVersion);
            // Cut inside a-random.bin: the run that continues checks the leaves written (the
            // classic profile's dag-pb leaves too) and asks for the rest of that file only.
            StorageProxy cut(m_server->url());
            cut.setFault(StorageProxy::Fault::DropAfter, 1500 * 1024, 1);
            auto [stopped, why] = downloadTo(cut.url(), root, out + QStringLiteral("-store"), out, 1);
            QVERIFY(!stopped);
            StorageProxy proxy(m_server->url());
            const auto [ok, message] = downloadTo(proxy.url(), root, out + QStringLiteral("-store"), out);
            QVERIFY2(ok, qPrintable(message));
            QCOMPARE(treeOf(path(out)), treeOf(path(QStringLiteral("repeats"))));
            const QString first = proxy.targets().value(0);
            QVERIFY2(
                first.contains(QLatin1String("entity-bytes=")) && !first.contains(QLatin1String("entity-bytes=0:")),
                qPrintable(proxy.targets().join(QLatin1Char(' '))));
            QVERIFY(proxy.bytesSent() < QFileInfo(path(QStringLiteral("repeats.car"))).size());
        }
    }

    void largeFilesAreWrittenPastThePageCache()
    {
        // 9 MiB and a bit, with files from 8 MiB on written past the page cache (1 GiB in the app):
        // in 4 MiB writes, the tail through the cache. A zero leaf
        // used four times arrives once (dups=n); its second use is read back from the write
        // buffer (not in the file yet), the later ones from the file.
        const QByteArray zeros(1024 * 1024, '\0');
        const QByteArray bytes = testBytes(1024 * 1024, 21) + zeros + testBytes(1024 * 1024, 22) + zeros
            + testBytes(1024 * 1024, 23) + zeros + testBytes(1024 * 1024, 24) + testBytes(1024 * 1024, 25) + zeros
            + testBytes(777, 26);
        QDir().mkpath(path(QStringLiteral("large")));
        writeFile(path(QStringLiteral("large/big.bin")), bytes);
        const quint64 directFrom = 8 * 1024 * 1024;
        for (const ImportProfile &profile : {ImportProfile::unixfsV1_2025(), ImportProfile::unixfsV0_2015()}) {
            const Cid root = upload(QStringLiteral("large"), profile);
            QVERIFY(!root.multihash.isEmpty());
            const QString fresh = QStringLiteral("large-v%1").arg(profile.cidVersion);
            const auto [ok, message]
                = downloadTo(m_server->url(), root, fresh + QStringLiteral("-store"), fresh, 4, directFrom);
            QVERIFY2(ok, qPrintable(message));
            const QString file = path(fresh + QStringLiteral("/big.bin"));
            struct statfs fs { };
            QCOMPARE(::statfs(qPrintable(file), &fs), 0);
            if (fs.f_type != TMPFS_MAGIC) { // a tmpfs has no O_DIRECT: all its pages are in memory
                // Before anything reads the file: which of its pages are in the page cache?
                // Written through it, all 9 MiB would be. Past it: the 1 MiB tail, the leaves
                // read back for a second use, and the kernel's read-ahead around those.
                const std::optional<qint64> resident = pageCacheResidentBytes(file);
                QVERIFY(resident.has_value());
                qInfo("%s: %lld of %lld bytes in the page cache", qPrintable(fresh), *resident, qint64(bytes.size()));
                QVERIFY2(*resident <= 6 * 1024 * 1024, qPrintable(QString::number(*resident)));
            }
            QVERIFY(readFile(file) == bytes);
            if (profile.cidVersion == 1) { // below the app's 1 GiB: through the cache, all of it
                const QString cached = QStringLiteral("large-cached");
                const auto [got, why] = downloadTo(m_server->url(), root, cached + QStringLiteral("-store"), cached);
                QVERIFY2(got, qPrintable(why));
                const qint64 resident = pageCacheResidentBytes(path(cached + QStringLiteral("/big.bin"))).value_or(0);
                QVERIFY2(resident >= bytes.size() - 4096, qPrintable(QString::number(resident)));
            }

            // Cut inside the fourth distinct leaf (4.5 MiB into the CAR, which sends the zero leaf
            // once): 6 MiB of the file are written, the last 2 still in the write buffer when the
            // run stops. It writes them too, and the next run continues after them.
            const QString resumed = fresh + QStringLiteral("-resumed");
            StorageProxy cut(m_server->url());
            cut.setFault(StorageProxy::Fault::DropAfter, 4608 * 1024, 1);
            const auto [stopped, why]
                = downloadTo(cut.url(), root, resumed + QStringLiteral("-store"), resumed, 1, directFrom);
            QVERIFY(!stopped);
            const qint64 kept = QFileInfo(path(resumed + QStringLiteral(".partial/big.bin"))).size();
            QVERIFY2(kept >= 6 * 1024 * 1024 && kept < bytes.size(), qPrintable(QString::number(kept) + why));
            StorageProxy proxy(m_server->url());
            const auto [done, result]
                = downloadTo(proxy.url(), root, resumed + QStringLiteral("-store"), resumed, 4, directFrom);
            QVERIFY2(done, qPrintable(result));
            QVERIFY2(proxy.targets().value(0).contains(QLatin1String("entity-bytes=")),
                qPrintable(proxy.targets().join(QLatin1Char(' '))));
            QVERIFY(readFile(path(resumed + QStringLiteral("/big.bin"))) == bytes);
        }
    }

    void aShardedFolderStreams()
    {
        QDir().mkpath(path(QStringLiteral("many")));
        for (int i = 0; i < 300; ++i)
            writeFile(path(QStringLiteral("many/file-%1.txt").arg(i)), QByteArray::number(i * 7919));
        ImportProfile profile = ImportProfile::unixfsV1_2025();
        profile.shardThreshold = 1000; // shards at 300 entries
        const Cid root = upload(QStringLiteral("many"), profile);
        QVERIFY(!root.multihash.isEmpty());
        const auto [ok, message]
            = downloadTo(m_server->url(), root, QStringLiteral("many-store"), QStringLiteral("many-out"));
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(treeOf(path(QStringLiteral("many-out"))), treeOf(path(QStringLiteral("many"))));
    }

    void theGatewayServesByteRanges()
    {
        // entity-bytes (trustless gateway spec): the root, then only the leaves holding the range.
        const Cid big = [&] {
            QFile file(path(QStringLiteral("data/images/big.bin")));
            file.open(QIODevice::ReadOnly);
            return importFile(file, ImportProfile::unixfsV1_2025()).value().root;
        }();
        auto blocksOf = [&](const QString &range) {
            QUrl url = m_server->url();
            url.setPath(QStringLiteral("/ipfs/") + big.toString());
            url.setQuery(QStringLiteral("format=car&entity-bytes=") + range);
            QNetworkReply *reply = m_network.get(QNetworkRequest(url));
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(10000);
            reply->deleteLater();
            QList<quint64> sizes;
            CarStreamReader reader([&](const Cid &, const QByteArray &block) {
                sizes.append(quint64(block.size()));
                return success();
            });
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status != 200 || !reader.feed(reply->readAll()) || !reader.finish())
                return QList<quint64> {quint64(status)};
            return sizes.mid(1); // after the root
        };
        const quint64 mib = 1024 * 1024;
        QCOMPARE(blocksOf(QStringLiteral("0:*")), (QList<quint64> {mib, mib, mib, 123}));
        QCOMPARE(blocksOf(QStringLiteral("1048576:2097151")), (QList<quint64> {mib}));
        QCOMPARE(blocksOf(QStringLiteral("1048575:1048576")), (QList<quint64> {mib, mib}));
        QCOMPARE(blocksOf(QStringLiteral("-100:*")), (QList<quint64> {123}));
        QCOMPARE(blocksOf(QStringLiteral("0:-200")), (QList<quint64> {mib, mib, mib}));
        QCOMPARE(blocksOf(QStringLiteral("999999999:*")), QList<quint64> {}); // outside: the root alone
        QCOMPARE(blocksOf(QStringLiteral("5:2")), QList<quint64> {400});
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
        const auto [dirCid, node] = hostileDirectory(leafCid);
        QVERIFY(store.put(dirCid, node).ok());
        QCOMPARE(decodePbNode(node).value().links.first().name, QByteArray(".."));
        // Streamed, it is refused before anything is written under the name.
        UnixFsStreamWriter writer(
            BlockStore(path(QStringLiteral("hostile-stream"))), dirCid, path(QStringLiteral("hostile-stream-out")));
        QVERIFY(writer.begin().ok());
        const Status streamed = writer.accept(dirCid, node);
        QVERIFY(!streamed.ok());
        QVERIFY2(streamed.message().contains(QLatin1String("not a safe file name")), qPrintable(streamed.message()));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("payload"))));
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

    // The storage node's HTTP is cpp-httplib's. An upload that arrives as chunked transfer
    // coding, in 777-byte pieces written apart, with a near-boundary inside the data, streams
    // into the store whole; a request that is not HTTP is answered 400, and the node serves on.
    void anUploadInPiecesArrivesWhole()
    {
        const QByteArray block = testBytes(5000, 3) + "\r\n--Xy";
        const Cid cid {1, codec::raw, sha256Multihash(sha256(block))};
        QByteArray car = carHeader({cid});
        appendVarint(car, quint64(cid.bytes().size() + block.size()));
        car += cid.bytes() + block;
        const QByteArray body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.car\"\r\n"
                                "Content-Type: application/octet-stream\r\n\r\n"
            + car + "\r\n--XyZ--\r\n";
        QByteArray chunked;
        for (qsizetype at = 0; at < body.size(); at += 777) {
            const QByteArray piece = body.mid(at, 777);
            chunked += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
        }
        const QByteArray request = "POST /api/v0/dag/import?pin-roots=true HTTP/1.1\r\nHost: x\r\n"
                                   "Content-Type: multipart/form-data; boundary=\"XyZ\"\r\n"
                                   "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + chunked + "0\r\n\r\n";
        StorageServer node {BlockStore(path(QStringLiteral("pieces-node")))};
        QVERIFY(node.listen().ok());
        const auto exchange = [&](const QByteArray &bytes, int pieceBytes) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, node.port());
            if (!socket.waitForConnected(5000))
                return QByteArray("(no connection)");
            for (qsizetype at = 0; at < bytes.size(); at += pieceBytes) {
                socket.write(bytes.mid(at, pieceBytes));
                socket.waitForBytesWritten(1000);
                QThread::msleep(1);
            }
            QByteArray answer;
            while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
                answer += socket.readAll();
            return answer + socket.readAll();
        };
        const QByteArray answer = exchange(request, 777);
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QVERIFY2(
            answer.contains("\"PinErrorMsg\":\"\"") && answer.contains(cid.toString().toUtf8()), answer.constData());
        QCOMPARE(BlockStore(path(QStringLiteral("pieces-node"))).get(cid).value_or({}), block);
        QVERIFY(BlockStore(path(QStringLiteral("pieces-node"))).isPinned(cid));

        QVERIFY2(exchange("GARBAGE\r\n\r\n", 100).startsWith("HTTP/1.1 400"), "garbage is a bad request");
        QVERIFY(exchange("GET /ipfs/" + cid.toString().toUtf8()
                + "?format=raw HTTP/1.1\r\nHost: x\r\n"
                  "Connection: close\r\n\r\n",
            1000)
                    .endsWith(block));
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
