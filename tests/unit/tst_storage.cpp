// Content addressing with public vectors: unsigned varints (the protobuf encoding guide's 150 and
// 300), multibase base32 ("yes mani !" from multiformats/multibase's test vectors), the CIDs of
// well-known blocks, and a CAR written then read back, with corruption refused. A CAR written to
// a file (past the page cache, or through it) has the same bytes as one written to memory.

#include "testregistry.h"

#include "storage/blockstore.h"
#include "storage/car.h"
#include "storage/dagpb.h"
#include "storage/dagwalk.h"
#include "storage/origins.h"
#include "storage/unixfs.h"

#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>

using namespace dd;
using namespace dd::storage;

class TestStorage : public QObject {
    Q_OBJECT

    static QString cidOf(const QByteArray &bytes, const ImportProfile &profile)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return importFile(buffer, profile).value().root.toString();
    }

    // A UnixFS file node (dag-pb) with these children, stored; its CID.
    static Cid fileNode(const BlockStore &store, const QList<std::pair<Cid, quint64>> &children, quint64 filesize,
        const QByteArray &own = {})
    {
        QByteArray data;
        appendPbUint(data, 1, unixfs::file);
        if (!own.isEmpty())
            appendPbBytes(data, 2, own);
        appendPbUint(data, 3, filesize);
        QList<PbLink> links;
        for (const auto &[cid, size] : children) {
            appendPbUint(data, 4, size);
            links.append(PbLink {cid, {}, size});
        }
        const QByteArray block = encodePbNode(links, data);
        const Cid cid {1, codec::dagPb, sha256Multihash(sha256(block))};
        if (!store.put(cid, block))
            qWarning() << "cannot store" << cid.toString();
        return cid;
    }

    static Cid rawLeaf(const BlockStore &store, const QByteArray &bytes)
    {
        const Cid cid {1, codec::raw, sha256Multihash(sha256(bytes))};
        if (!store.put(cid, bytes))
            qWarning() << "cannot store" << cid.toString();
        return cid;
    }

private slots:
    // Issue 16, finding 1: a contributor's metadata CID whose blocks link the same children again
    // and again (1 GiB from 23 blocks behind a root that claims 255 bytes), or nest 100,000 deep,
    // could hang every member's catalog sync, fill the disk or end the stack. Each node must hold
    // what its parent says and its children must add up: refused in words, at once.
    void hostileFileDagsAreRefused()
    {
        QTemporaryDir dir;
        const BlockStore store(dir.path());
        const Cid kib = rawLeaf(store, QByteArray(1024, 'x'));
        // Consistent sizes, repeated children: 174^3 KiB claimed three levels up.
        Cid level = kib;
        quint64 size = 1024;
        for (int i = 0; i < 3; ++i) {
            level = fileNode(store, QList<std::pair<Cid, quint64>>(174, {level, size}), size * 174);
            size *= 174;
        }
        const Cid small = fileNode(store, {{level, 255}}, 255);
        auto read = readUnixFsFile(store, small, 4096);
        QVERIFY(!read);
        QVERIFY2(read.message().contains(QStringLiteral("where its file says 255")), qPrintable(read.message()));
        // Sizes that lie on the way down: a leaf bigger than its parent says.
        const Cid liar = fileNode(store, QList<std::pair<Cid, quint64>>(100, {kib, 1}), 100);
        read = readUnixFsFile(store, liar, 4096);
        QVERIFY(!read);
        QVERIFY2(read.message().contains(QStringLiteral("holds 1024 bytes where its file says 1")),
            qPrintable(read.message()));
        // Children that hold nothing, so a DAG could be visited forever without writing a byte.
        const Cid empty = fileNode(store, QList<std::pair<Cid, quint64>>(10, {rawLeaf(store, {}), 0}), 0);
        QVERIFY(!readUnixFsFile(store, empty, 4096));
        // Deep: 100 file nodes, each holding the next.
        Cid deep = rawLeaf(store, "y");
        for (int i = 0; i < 100; ++i)
            deep = fileNode(store, {{deep, 1}}, 1);
        read = readUnixFsFile(store, deep, 4096);
        QVERIFY(!read);
        QVERIFY2(read.message().contains(QStringLiteral("more than 64 levels deep")), qPrintable(read.message()));
        // An honest file of repeated chunks (deduplicated by its importer) still reads.
        const Cid honest = fileNode(store, QList<std::pair<Cid, quint64>>(3, {kib, 1024}), 3072, {});
        read = readUnixFsFile(store, honest, 4096);
        QVERIFY2(read, qPrintable(read.message()));
        QCOMPARE(read.value(), QByteArray(3072, 'x'));
    }

    void varintsAndBase32()
    {
        QByteArray out;
        appendVarint(out, 150);
        QCOMPARE(out, QByteArray("\x96\x01", 2));
        out.clear();
        appendVarint(out, 300);
        QCOMPARE(out, QByteArray("\xac\x02", 2));
        out.clear();
        appendVarint(out, 0);
        QCOMPARE(out, QByteArray(1, '\0'));
        QCOMPARE(QLatin1Char('b') + base32Lower("yes mani !"), QStringLiteral("bpfsxgidnmfxgsibb"));
    }

    void wellKnownCids()
    {
        // Kubo's empty file, and "hello\n" as one raw block (the reference importer's answers).
        QCOMPARE(cidOf({}, ImportProfile::unixfsV0_2015()),
            QStringLiteral("QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"));
        QCOMPARE(cidOf("hello\n", ImportProfile::unixfsV1_2025()),
            QStringLiteral("bafkreicysg23kiwv34eg2d7qweipxwosdo2py4ldv42nbauguluen5v6am"));
        QCOMPARE(cidOf("hello\n", ImportProfile::unixfsV0_2015()),
            QStringLiteral("QmZULkCELmmk5XNfCgTnCyFgAVxBRBXyDHGGMVoLFLiXEN"));
        QVERIFY(ImportProfile::byName(QStringLiteral("unixfs-v0-2015")));
        QVERIFY(!ImportProfile::byName(QStringLiteral("unixfs-v2")));
    }

    void carRoundTripAndCorruption()
    {
        const ImportProfile profile = [] {
            ImportProfile p = ImportProfile::unixfsV1_2025();
            p.chunkSize = 1000;
            p.maxLinks = 3;
            return p;
        }();
        QByteArray content;
        for (int i = 0; i < 10000; ++i)
            content.append(char(i * 7));
        QBuffer input;
        input.setData(content);
        input.open(QIODevice::ReadOnly);
        QBuffer car;
        car.open(QIODevice::ReadWrite);
        Result<ImportedFile> imported = Result<ImportedFile>::failure(QString());
        {
            CarWriter writer(car);
            QVERIFY(writer.begin(36));
            imported = importFile(
                input, profile, [&](const Cid &cid, const QByteArray &block) { return writer.add(cid, block); });
            QVERIFY(imported);
            QVERIFY(writer.finish(imported.value().root));
        }
        QCOMPARE(imported.value().size, quint64(content.size()));
        car.seek(0);
        QByteArray rebuilt;
        auto summary = readCar(car, [&](const Cid &cid, const QByteArray &block) {
            if (cid.codec == codec::raw)
                rebuilt.append(block);
            return success();
        });
        QVERIFY2(summary, qPrintable(summary.message()));
        QCOMPARE(summary.value().roots.size(), 1);
        QCOMPARE(summary.value().roots.first().toString(), imported.value().root.toString());
        QCOMPARE(summary.value().blocks, imported.value().blocks);
        QCOMPARE(rebuilt, content); // leaves come in file order

        QByteArray bytes = car.data();
        bytes[bytes.size() - 5] = char(bytes[bytes.size() - 5] ^ 1);
        QBuffer corrupt(&bytes);
        corrupt.open(QIODevice::ReadOnly);
        QVERIFY(readCar(corrupt).message().contains(QLatin1String("does not match its hash")));
        QByteArray cut = car.data().left(car.data().size() - 10);
        QBuffer truncated(&cut);
        truncated.open(QIODevice::ReadOnly);
        QVERIFY(readCar(truncated).message().contains(QLatin1String("truncated")));
    }

    void gatewaysAsPinOrigins()
    {
        // multiformats/multiaddr: the host, the TCP port (the scheme's when none is given), then
        // the scheme; only what a remote pinning service could reach.
        QCOMPARE(gatewayMultiaddr(QUrl(QStringLiteral("https://gw.example.org"))),
            std::optional<QString>(QStringLiteral("/dns/gw.example.org/tcp/443/https")));
        QCOMPARE(gatewayMultiaddr(QUrl(QStringLiteral("http://203.0.113.7:8080/"))),
            std::optional<QString>(QStringLiteral("/ip4/203.0.113.7/tcp/8080/http")));
        QCOMPARE(gatewayMultiaddr(QUrl(QStringLiteral("https://[2001:db8::1]:8443"))),
            std::optional<QString>(QStringLiteral("/ip6/2001:db8::1/tcp/8443/https")));
        for (const char *unreachable : {"http://127.0.0.1:8088", "http://localhost:8080", "http://10.1.2.3",
                 "http://172.20.0.5", "http://192.168.1.10", "http://100.64.0.1", "http://169.254.1.1",
                 "http://[::1]:8080", "http://[fd00::1]", "http://nas.local", "http://gateway",
                 "https://gw.example.org/ipfs-prefix", "ftp://gw.example.org", "https://user:pw@gw.example.org"})
            QVERIFY2(!gatewayMultiaddr(QUrl(QString::fromLatin1(unreachable))), unreachable);
        QList<QUrl> many {QUrl(QStringLiteral("http://127.0.0.1:1")), QUrl(QStringLiteral("https://gw.example.org")),
            QUrl(QStringLiteral("https://GW.example.org:443/"))};
        for (int i = 0; i < 30; ++i)
            many.append(QUrl(QStringLiteral("https://gw%1.example.org").arg(i)));
        const QStringList origins = originsForGateways(many);
        QCOMPARE(origins.size(), 20); // the spec's maxItems
        QCOMPARE(origins.first(), QStringLiteral("/dns/gw.example.org/tcp/443/https")); // once, lower case
        QCOMPARE(origins.at(1), QStringLiteral("/dns/gw0.example.org/tcp/443/https"));
    }

    void carFilesPastThePageCache()
    {
        // 9.5 MiB: two whole 4 MiB writes past the page cache, then a tail through it, then the
        // header rewritten at the start, over what was written past the cache.
        QByteArray content(9 * 1024 * 1024 + 512 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < content.size(); ++i)
            content[i] = char((i * 2654435761u) >> 13);
        auto writeCar = [&](QIODevice &out) {
            QBuffer input(&content);
            input.open(QIODevice::ReadOnly);
            CarWriter writer(out);
            if (!writer.begin(36))
                return false;
            auto imported = importFile(input, ImportProfile::unixfsV1_2025(),
                [&](const Cid &cid, const QByteArray &block) { return writer.add(cid, block); });
            return imported && writer.finish(imported.value().root);
        };
        QBuffer memory;
        memory.open(QIODevice::ReadWrite);
        QVERIFY(writeCar(memory));

        QTemporaryDir dir;
        QSaveFile saved(dir.filePath(QStringLiteral("saved.car")));
        QVERIFY(saved.open(QIODevice::WriteOnly));
        QVERIFY(writeCar(saved));
        QVERIFY((::fcntl(saved.handle(), F_GETFL) & O_DIRECT) == 0); // the descriptor is as it was
        QVERIFY(saved.commit());
        QFile savedBack(dir.filePath(QStringLiteral("saved.car")));
        QVERIFY(savedBack.open(QIODevice::ReadOnly));
        QCOMPARE(savedBack.readAll(), memory.data());

        // A CAR that starts at an offset the disk cannot take directly goes through the page cache.
        QFile appended(dir.filePath(QStringLiteral("appended")));
        QVERIFY(appended.open(QIODevice::ReadWrite));
        QCOMPARE(appended.write("before the CAR"), qint64(14));
        QVERIFY(writeCar(appended));
        QCOMPARE(appended.pos(), qint64(14 + memory.size()));
        appended.close();
        QVERIFY(appended.open(QIODevice::ReadOnly));
        QCOMPARE(appended.readAll(), QByteArray("before the CAR") + memory.data());

        // tmpfs, where the kernel may refuse O_DIRECT.
        if (QDir(QStringLiteral("/dev/shm")).exists()) {
            QTemporaryDir shm(QStringLiteral("/dev/shm/dd-car-XXXXXX"));
            QSaveFile inMemory(shm.filePath(QStringLiteral("tmpfs.car")));
            QVERIFY(inMemory.open(QIODevice::WriteOnly));
            QVERIFY(writeCar(inMemory));
            QVERIFY(inMemory.commit());
            QFile back(shm.filePath(QStringLiteral("tmpfs.car")));
            QVERIFY(back.open(QIODevice::ReadOnly));
            QCOMPARE(back.readAll(), memory.data());
        }
    }
};

DD_REGISTER_TEST(TestStorage);
#include "tst_storage.moc"
