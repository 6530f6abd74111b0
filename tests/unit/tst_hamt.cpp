// HAMT-sharded directories: the murmur3 hash against @multiformats/murmur3 (the JS reference
// importer's hash: the first 8 bytes of murmur3-x64-128, as `node -e` printed them), slots taken
// from it, a directory of 600 entries built and read back whole and name by name, and shards
// that lie about their shape refused in words. CIDs against the reference importer are in
// tests/cli/cid_vs_importer.sh.

#include "testregistry.h"

#include "storage/hamt.h"

#include <QHash>
#include <QTest>

using namespace dd;
using namespace dd::storage;

class TestHamt : public QObject {
    Q_OBJECT

    // The 64 bits as @multiformats/murmur3's murmur3128 lists its first 8 bytes (big-endian).
    static QByteArray referenceBytes(quint64 h1)
    {
        QByteArray out;
        for (int i = 7; i >= 0; --i)
            out.append(char(h1 >> (8 * i) & 0xff));
        return out.toHex();
    }

    static PbNode shard(const QList<PbLink> &links, quint64 hashType, quint64 fanout)
    {
        QByteArray data;
        appendPbUint(data, 1, unixfs::hamtShard);
        appendPbBytes(data, 2, QByteArray(1, '\x01'));
        appendPbUint(data, 5, hashType);
        appendPbUint(data, 6, fanout);
        return PbNode {links, data};
    }

private slots:
    void murmur3AsTheReference()
    {
        QCOMPARE(referenceBytes(hamt::murmur3("")), QByteArray("0000000000000000"));
        QCOMPARE(referenceBytes(hamt::murmur3("hello")), QByteArray("cbd8a7b341bd9b02"));
        // Longer than one 16-byte block, with a tail of 11.
        QCOMPARE(referenceBytes(hamt::murmur3("The quick brown fox jumps over the lazy dog")),
            QByteArray("e34bbc7bbc071b6c"));
        QCOMPARE(referenceBytes(hamt::murmur3("hello\x01")), QByteArray("b8ea181a11c6bf22"));
    }

    void slotsComeFromTheHash()
    {
        const quint64 h = hamt::murmur3("hello");
        QCOMPARE(hamt::slot("hello", 0, 8), int(h >> 56));
        QCOMPARE(hamt::slot("hello", 1, 8), int(h >> 48 & 0xff));
        QCOMPARE(hamt::slot("hello", 7, 8), int(h & 0xff));
        // Past 64 bits the name is hashed again with the word number appended.
        QCOMPARE(hamt::slot("hello", 8, 8), int(hamt::murmur3("hello\x01") >> 56));
        QCOMPARE(hamt::slot("hello", 0, 4), int(h >> 60));
    }

    void buildListFind()
    {
        QHash<Cid, QByteArray> store;
        const BlockSink sink = [&store](const Cid &cid, const QByteArray &block) {
            store.insert(cid, block);
            return success();
        };
        const hamt::BlockSource source = [&store](const Cid &cid) -> Result<QByteArray> {
            if (!store.contains(cid))
                return Result<QByteArray>::failure(QStringLiteral("missing"));
            return store.value(cid);
        };
        QList<hamt::Entry> entries;
        for (int i = 0; i < 600; ++i) {
            const QByteArray name = "file-" + QByteArray::number(i);
            entries.append({name, Cid {1, codec::raw, sha256Multihash(sha256(name))}, quint64(i + 1)});
        }
        auto built = hamt::build(entries, 1, sink);
        QVERIFY2(built, qPrintable(built.message()));
        QVERIFY(built.value().blocks > 1); // 600 names in 256 slots: sub-shards
        QCOMPARE(quint64(store.size()), built.value().blocks);
        auto root = decodePbNode(store.value(built.value().cid));
        QVERIFY(root);

        auto listed = hamt::list(root.value(), source);
        QVERIFY2(listed, qPrintable(listed.message()));
        QCOMPARE(listed.value().size(), 600);
        QSet<QByteArray> names;
        for (const PbLink &link : listed.value())
            names.insert(link.name);
        QVERIFY(names.contains("file-0") && names.contains("file-599"));

        for (const hamt::Entry &entry : std::as_const(entries)) {
            QList<Cid> path;
            auto found = hamt::find(root.value(), entry.name, source, &path);
            QVERIFY2(found && found.value(), entry.name.constData());
            QCOMPARE(found.value()->cid, entry.cid);
            QCOMPARE(found.value()->tsize, entry.tsize);
            for (const Cid &shard : path)
                QVERIFY(store.contains(shard));
        }
        auto absent = hamt::find(root.value(), "file-600", source);
        QVERIFY(absent && !absent.value());
    }

    void malformedShardsRefused()
    {
        const hamt::BlockSource none = [](const Cid &) { return Result<QByteArray>::failure(QStringLiteral("none")); };
        const Cid leaf {1, codec::raw, sha256Multihash(sha256("x"))};
        auto wrongHash = hamt::list(shard({{leaf, "00x", 1}}, 0x12, 256), none);
        QVERIFY(!wrongHash && wrongHash.message().contains(QStringLiteral("not murmur3")));
        auto wrongFanout = hamt::list(shard({{leaf, "00x", 1}}, 0x22, 100), none);
        QVERIFY(!wrongFanout && wrongFanout.message().contains(QStringLiteral("power of two")));
        auto noLabel = hamt::list(shard({{leaf, "x", 1}}, 0x22, 256), none);
        QVERIFY(!noLabel && noLabel.message().contains(QStringLiteral("without its slot")));
        auto lowerCase = hamt::list(shard({{leaf, "ffx", 1}}, 0x22, 256), none);
        QVERIFY(!lowerCase);
        // A sub-shard the source cannot give: the error says so, nothing is listed half.
        auto missing = hamt::list(shard({{Cid {1, codec::dagPb, leaf.multihash}, "0A", 1}}, 0x22, 256), none);
        QVERIFY(!missing && missing.message() == QStringLiteral("none"));
        QVERIFY(!hamt::build({}, 1, {}));
    }

    // Issue 16, finding 5: 40 shards, each linking twice to the next, were 2^40 visits (a
    // 781-byte input that never ended). A shard reached twice is refused.
    void aShardLinkedTwiceIsRefused()
    {
        QHash<Cid, QByteArray> store;
        const Cid leaf {1, codec::raw, sha256Multihash(sha256("x"))};
        PbNode next = shard({{leaf, "0x", 1}}, 0x22, 2); // fanout 2: shards may nest 64 deep
        for (int i = 0; i < 40; ++i) {
            const QByteArray block = encodePbNode(next.links, next.data);
            const Cid cid {1, codec::dagPb, sha256Multihash(sha256(block))};
            store.insert(cid, block);
            next = shard({{cid, "0", 1}, {cid, "1", 1}}, 0x22, 2);
        }
        const hamt::BlockSource source = [&store](const Cid &cid) -> Result<QByteArray> {
            if (!store.contains(cid))
                return Result<QByteArray>::failure(QStringLiteral("missing"));
            return store.value(cid);
        };
        auto listed = hamt::list(next, source);
        QVERIFY(!listed);
        QVERIFY2(listed.message().contains(QStringLiteral("linked more than once")), qPrintable(listed.message()));
    }
};

DD_REGISTER_TEST(TestHamt);
#include "tst_hamt.moc"
