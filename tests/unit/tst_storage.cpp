// Content addressing with public vectors: unsigned varints (the protobuf encoding guide's 150 and
// 300), multibase base32 ("yes mani !" from multiformats/multibase's test vectors), the CIDs of
// well-known blocks, and a CAR written then read back, with corruption refused.

#include "testregistry.h"

#include "storage/car.h"
#include "storage/unixfs.h"

#include <QBuffer>
#include <QTest>

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

private slots:
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
};

DD_REGISTER_TEST(TestStorage);
#include "tst_storage.moc"
