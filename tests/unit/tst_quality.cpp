// Inspection with known inputs: magic numbers from the formats' own specifications (PNG's
// 8-byte signature, Parquet's "PAR1" at both ends, ZIP's local header, tar's "ustar" at 257),
// RFC 4180's examples (quoted fields, "" inside quotes, a line break inside a quoted field,
// CRLF), type inference into Frictionless Table Schema types, and the report's findings.

#include "testregistry.h"

#include "dao/curationreport.h"
#include "quality/datapackage.h"
#include "quality/imagecheck.h"
#include "quality/inspection.h"
#include "quality/parquetfooter.h"
#include "quality/personaldata.h"
#include "quality/qualityreport.h"
#include "quality/sketches.h"
#include "quality/streamarchive.h"
#include "quality/ziparchive.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

using namespace dd;
using namespace dd::quality;

namespace {

TableProfile profileOf(const QByteArray &csv)
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return profileTable(buffer, detectDialect(csv)).value();
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

bool hasFinding(const QList<Finding> &findings, Severity severity, const QString &words)
{
    return std::any_of(findings.cbegin(), findings.cend(),
        [&](const Finding &f) { return f.severity == severity && f.message.contains(words); });
}

} // namespace

class TestQuality : public QObject {
    Q_OBJECT

private slots:
    void sniffsByContent_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("kind");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QByteArray() << "x.dat"
                             << "png" << int(FormatKind::Image);
        QTest::newRow("jpeg") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << QByteArray() << "photo"
                              << "jpg" << int(FormatKind::Image);
        QTest::newRow("parquet") << QByteArray("PAR1\x15\x04") << QByteArray("\x10\0\0\0PAR1", 8) << "t.parquet"
                                 << "parquet" << int(FormatKind::Columnar);
        QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0", 6) << QByteArray() << "a.csv"
                             << "zip" << int(FormatKind::Archive);
        QTest::newRow("gzip") << QByteArray("\x1f\x8b\x08\0", 4) << QByteArray() << "a.csv.gz"
                              << "gz" << int(FormatKind::Archive);
        QByteArray tar(512, '\0');
        tar.replace(257, 5, "ustar");
        QTest::newRow("tar") << tar << QByteArray() << "a.tar"
                             << "tar" << int(FormatKind::Archive);
        QTest::newRow("json") << QByteArray("{\"a\": [1, 2]}\n") << QByteArray() << "a.txt"
                              << "json" << int(FormatKind::Json);
        QTest::newRow("jsonl") << QByteArray("{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3}\n") << QByteArray() << "a.json"
                               << "jsonl" << int(FormatKind::JsonLines);
        QTest::newRow("csv") << QByteArray("a,b,c\n1,2,3\n4,5,6\n") << QByteArray() << "data"
                             << "csv" << int(FormatKind::Table);
        QTest::newRow("tsv") << QByteArray("a\tb\n1\t2\n") << QByteArray() << "data.csv"
                             << "tsv" << int(FormatKind::Table);
        QTest::newRow("semicolons") << QByteArray("a;b\n1,5;2\n") << QByteArray() << "x"
                                    << "csv" << int(FormatKind::Table);
        QTest::newRow("text") << QByteArray("Just some words.\nAnd more.\n") << QByteArray() << "README"
                              << "txt" << int(FormatKind::Text);
        QTest::newRow("latin-1 is not UTF-8") << QByteArray("caf\xe9 cr\xe8me\n") << QByteArray() << "menu.txt"
                                              << "txt" << int(FormatKind::Binary);
        QTest::newRow("empty") << QByteArray() << QByteArray() << "e.csv"
                               << "csv" << int(FormatKind::Empty);
    }

    void sniffsByContent()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, tail);
        QFETCH(QString, name);
        QFETCH(QString, format);
        QFETCH(int, kind);
        const SniffedFormat sniffed = sniffFormat(head, tail, name);
        QCOMPARE(int(sniffed.kind), kind);
        QCOMPARE(sniffed.format, format);
    }

    void utf8CutAtTheEndOfASample()
    {
        const QByteArray euro = "\xe2\x82\xac"; // €
        QVERIFY(isUtf8("price " + euro, false));
        QVERIFY(isUtf8("price " + euro.left(2), true));
        QVERIFY(!isUtf8("price " + euro.left(2), false));
        QVERIFY(!isUtf8("\xc0\xaf", true)); // an overlong '/'
    }

    void rfc4180Records()
    {
        // RFC 4180 section 2: CRLF, quoted fields with commas, "" inside quotes, a line break inside quotes.
        const TableProfile t = profileOf("id,text\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\r\n");
        QCOMPARE(t.rows, quint64(3));
        QCOMPARE(t.raggedRows, quint64(0));
        QCOMPARE(t.preview.at(0), QStringList({"1", "a, b"}));
        QCOMPARE(t.preview.at(1), QStringList({"2", "say \"hi\""}));
        QCOMPARE(t.preview.at(2), QStringList({"3", "two\nlines"}));
        QCOMPARE(t.columns.at(0).type, QStringLiteral("integer"));
        QCOMPARE(t.columns.at(1).type, QStringLiteral("string"));
    }

    void typesAndStatistics()
    {
        const TableProfile t = profileOf("n,x,flag,day,at,label,blank\n"
                                         "10,1.5,true,2024-01-31,2024-01-31T10:00:00Z,b,\n"
                                         "-3,2,false,2024-02-29,2024-02-01 08:30:00,a,\n"
                                         "7,1e3,TRUE,2023-12-01,2024-03-01T00:00:00+01:00,,\n");
        const QStringList types {"integer", "number", "boolean", "date", "datetime", "string", "any"};
        for (int i = 0; i < types.size(); ++i)
            QCOMPARE(t.columns.at(i).type, types.at(i));
        QCOMPARE(t.columns.at(0).min, QStringLiteral("-3"));
        QCOMPARE(t.columns.at(0).max, QStringLiteral("10"));
        QCOMPARE(t.columns.at(1).max, QStringLiteral("1000"));
        QCOMPARE(t.columns.at(3).min, QStringLiteral("2023-12-01"));
        QCOMPARE(t.columns.at(5).nulls, quint64(1));
        QCOMPARE(t.columns.at(5).distinct, quint64(2));
        QCOMPARE(t.columns.at(6).nulls, quint64(3));
        // A date that does not exist is not a date.
        QCOMPARE(profileOf("d\n2023-02-29\n2024-01-01\n").columns.at(0).type, QStringLiteral("string"));
    }

    void headerDetection()
    {
        QVERIFY(detectDialect("name,age\nann,31\nbob,42\n").header);
        QVERIFY(!detectDialect("1,2,3\n4,5,6\n").header);
        QCOMPARE(detectDialect("a|b|c\n1|2|3\n").delimiter, '|');
        QCOMPARE(profileOf("1,2\n3,4\n").columns.at(1).name, QStringLiteral("field2"));
    }

    void findings()
    {
        QByteArray csv = "id,name,empty,same,name\n";
        for (int i = 0; i < 12; ++i)
            csv += QByteArray::number(i % 10) + ",n" + QByteArray::number(i % 10) + ",,k,x\n";
        csv += "99,short\n";
        const TableProfile t = profileOf(csv);
        const QList<Finding> found = tableFindings(t);
        QVERIFY(hasFinding(found, Severity::Warning, QStringLiteral("2 rows repeat an earlier row exactly")));
        QVERIFY(hasFinding(found, Severity::Warning, QStringLiteral("1 row has a different number of fields")));
        QVERIFY(hasFinding(found, Severity::Warning, QStringLiteral("line 14")));
        QVERIFY(hasFinding(found, Severity::Warning, QStringLiteral("Column \"empty\" is empty in every row")));
        QVERIFY(hasFinding(found, Severity::Info, QStringLiteral("Column \"same\" holds the same value")) == false);
        QVERIFY(hasFinding(found, Severity::Warning, QStringLiteral("The header names \"name\" twice")));
        QVERIFY(hasFinding(tableFindings(profileOf("a,b\n")), Severity::Error, QStringLiteral("no rows")));
    }

    void checksThatAZipArchiveOpens()
    {
        // Python's zipfile wrote it (two deflated entries, one in a folder).
        const QByteArray zip = QByteArray::fromHex(
            "504b0304140000000800e58e875de7391c0b12000000100000000c00000072656164696e67732e6373762b2e492cc9cccfd349"
            "49ace472d431e40200504b0304140000000800e58e875d86a610360700000005000000100000006e6f7465732f726561646d65"
            "2e747874cb48cdc9c90700504b01021403140000000800e58e875de7391c0b12000000100000000c0000000000000000000000"
            "80010000000072656164696e67732e637376504b01021403140000000800e58e875d86a61036070000000500000010000000"
            "000000000000000080013c0000006e6f7465732f726561646d652e747874504b0506000000000200020078000000710000000000");
        auto check = [](QByteArray bytes) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            return checkZipArchive(buffer);
        };
        const ZipCheck whole = check(zip);
        QVERIFY2(whole.opens, qPrintable(whole.problem));
        QCOMPARE(whole.entries, quint64(2));
        QVERIFY(check(zip.left(200)).problem.contains(u"no end of central directory record"));
        QByteArray moved = zip;
        moved[zip.size() - 6] = char(0x72); // the directory's offset, one byte off
        QVERIFY(!check(moved).opens);
        QByteArray miscounted = zip;
        miscounted[zip.size() - 12] = char(3); // the end record counts three entries
        QCOMPARE(check(miscounted).problem,
            QStringLiteral("its end record counts 3 entries, but its central directory holds 2"));
        QByteArray pointer = zip;
        pointer[0x71 + 42] = char(0x10); // the first entry's local header offset
        QVERIFY(check(pointer).problem.contains(u"where no file starts"));
        QVERIFY(check(QByteArray("PK\x03\x04", 4)).problem.contains(u"shorter"));
        // In a folder, a broken archive is an error of its file.
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("parts.zip")), zip.left(200));
        auto inspection = inspectPath(dir.filePath(QStringLiteral("parts.zip")));
        QVERIFY2(inspection.ok(), qPrintable(inspection.message()));
        QVERIFY(hasFinding(
            inspection.value().files.first().findings, Severity::Error, QStringLiteral("ZIP archive does not open")));
    }

    static QByteArray fixture(const char *name)
    {
        QFile file(QStringLiteral(DD_FIXTURES "/images/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static ImageCheck checkImage(QByteArray bytes, bool png)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return png ? checkPng(buffer) : checkJpeg(buffer);
    }

    void checksThatImagesDecode_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<quint32>("width");
        QTest::addColumn<quint32>("height");
        // ImageMagick wrote them (tests/fixtures/images/README.md says how).
        QTest::newRow("rgb") << QByteArray("rgb.png") << 5u << 3u;
        QTest::newRow("interlaced") << QByteArray("interlaced.png") << 9u << 7u;
        QTest::newRow("palette") << QByteArray("palette.png") << 8u << 4u;
        QTest::newRow("16-bit grey") << QByteArray("gray16.png") << 3u << 3u;
        QTest::newRow("baseline jpeg") << QByteArray("baseline.jpg") << 16u << 8u;
        QTest::newRow("progressive jpeg") << QByteArray("progressive.jpg") << 16u << 8u;
    }

    void checksThatImagesDecode()
    {
        QFETCH(QByteArray, name);
        QFETCH(quint32, width);
        QFETCH(quint32, height);
        const QByteArray image = fixture(name.constData());
        QVERIFY(!image.isEmpty());
        const bool png = name.endsWith(".png");
        const ImageCheck whole = checkImage(image, png);
        QVERIFY2(whole.decodes, qPrintable(whole.problem));
        QCOMPARE(whole.width, width);
        QCOMPARE(whole.height, height);
        // Cut short anywhere, it does not decode, and says why.
        for (qsizetype n = 0; n < image.size(); ++n) {
            const ImageCheck cut = checkImage(image.left(n), png);
            QVERIFY2(!cut.decodes && !cut.problem.isEmpty(), qPrintable(QString::number(n)));
        }
        if (!png)
            return;
        // Every byte of a PNG past its signature is covered: a chunk's CRC, or its structure.
        for (qsizetype at = 8; at < image.size(); ++at) {
            QByteArray changed = image;
            changed[at] = char(changed[at] ^ 0x10);
            QVERIFY2(!checkImage(changed, png).decodes, qPrintable(QString::number(at)));
        }
    }

    void pngImageDataIsInflatedAndCounted()
    {
        const QByteArray image = fixture("rgb.png");
        const qsizetype idat = image.indexOf("IDAT") - 4;
        QVERIFY(idat > 8);
        const quint32 length = quint32(quint8(image[idat])) << 24 | quint32(quint8(image[idat + 1])) << 16
            | quint32(quint8(image[idat + 2])) << 8 | quint8(image[idat + 3]);
        // The image data replaced, its CRC made right again: what inflates must still be the rows.
        auto withData = [&](const QByteArray &data) {
            QByteArray chunk = QByteArray("IDAT") + data;
            const uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(chunk.constData()), uInt(chunk.size()));
            QByteArray out = image.left(idat);
            for (int shift : {24, 16, 8, 0})
                out.append(char(quint32(data.size()) >> shift));
            out += chunk;
            for (int shift : {24, 16, 8, 0})
                out.append(char(quint32(crc) >> shift));
            return out + image.mid(idat + 12 + length);
        };
        auto deflated = [](const QByteArray &raw) {
            uLongf size = compressBound(uLong(raw.size()));
            QByteArray out(qsizetype(size), Qt::Uninitialized);
            compress(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(raw.constData()),
                uLong(raw.size()));
            return out.left(qsizetype(size));
        };
        const QByteArray rows(3 * (1 + 5 * 3), '\0'); // three rows of five RGB pixels, filter 0
        QVERIFY2(checkImage(withData(deflated(rows)), true).decodes, "the same rows, deflated here");
        QCOMPARE(checkImage(withData(deflated(rows.left(rows.size() - 1))), true).problem,
            QStringLiteral("its image data holds 47 of the 48 bytes its rows need"));
        QCOMPARE(checkImage(withData(deflated(rows + '\0')), true).problem,
            QStringLiteral("its image data holds more than its 3 rows"));
        QByteArray badFilter = rows;
        badFilter[16] = 7; // the second row's filter byte
        QCOMPARE(checkImage(withData(deflated(badFilter)), true).problem,
            QStringLiteral("row 2 has an unknown filter type (7)"));
        QVERIFY(checkImage(withData(QByteArray("not deflate")), true).problem.contains(u"corrupt"));
        // A huge declared size with a small stream is refused without inflating past the stream.
        QByteArray huge = image;
        huge.replace(16, 8, QByteArray::fromHex("7fffffff7fffffff"));
        const QByteArray header = huge.mid(12, 17);
        const uLong crc = crc32(0L, reinterpret_cast<const Bytef *>(header.constData()), uInt(header.size()));
        for (int i = 0; i < 4; ++i)
            huge[29 + i] = char(quint32(crc) >> (24 - 8 * i));
        QVERIFY(checkImage(huge, true).problem.contains(u"of the"));
        // In a folder, an image that does not decode is an error of its file.
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("photo.jpg")), fixture("baseline.jpg").left(200));
        auto inspection = inspectPath(dir.filePath(QStringLiteral("photo.jpg")));
        QVERIFY2(inspection.ok(), qPrintable(inspection.message()));
        QVERIFY(hasFinding(
            inspection.value().files.first().findings, Severity::Error, QStringLiteral("JPEG image does not decode")));
    }

    static StreamArchiveCheck checkArchive(QByteArray bytes, bool gzip)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return gzip ? checkGzip(buffer) : checkTar(buffer);
    }

    static QByteArray archive(const char *name)
    {
        QFile file(QStringLiteral(DD_FIXTURES "/archives/") + QLatin1String(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void checksThatTarAndGzipOpen()
    {
        // GNU tar and gzip wrote them (tests/fixtures/archives/README.md).
        for (const auto &[name, entries] :
            {std::pair {"ustar.tar", 2}, std::pair {"pax-long-name.tar", 3}, std::pair {"gnu-long-name.tar", 3}}) {
            const StreamArchiveCheck tar = checkArchive(archive(name), false);
            QVERIFY2(tar.opens, qPrintable(QString::fromLatin1(name) + QStringLiteral(": ") + tar.problem));
            QCOMPARE(tar.entries, quint64(entries));
        }
        const StreamArchiveCheck tgz = checkArchive(archive("ustar.tar.gz"), true);
        QVERIFY2(tgz.opens, qPrintable(tgz.problem));
        QVERIFY(tgz.holdsTar);
        QCOMPARE(tgz.entries, quint64(2));
        QCOMPARE(tgz.inflated, quint64(10240));
        const StreamArchiveCheck members = checkArchive(archive("two-members.gz"), true);
        QVERIFY2(members.opens, qPrintable(members.problem));
        QVERIFY(!members.holdsTar);
        QCOMPARE(members.inflated, quint64(6 + 36)); // notes.txt, then readings.csv

        // gzip: a member's trailer ends it, so no prefix opens but the first member whole (26
        // bytes: notes.txt alone); a changed byte breaks its CRC or stream.
        for (const char *name : {"ustar.tar.gz", "two-members.gz"}) {
            const QByteArray whole = archive(name);
            for (qsizetype n = 0; n < whole.size(); ++n) {
                const StreamArchiveCheck cut = checkArchive(whole.left(n), true);
                const bool firstMember = n == 26 && QByteArray(name) == "two-members.gz";
                QVERIFY2(cut.opens == firstMember, qPrintable(QString::number(n)));
                QVERIFY(!firstMember || cut.inflated == 6);
            }
        }
        QByteArray crc = archive("two-members.gz");
        crc[crc.size() - 6] = char(crc[crc.size() - 6] ^ 1); // the second member's CRC-32
        QVERIFY(checkArchive(crc, true).problem.contains(u"corrupt"));
        QCOMPARE(checkArchive(archive("two-members.gz") + "junk", true).problem,
            QStringLiteral("bytes that are not gzip follow its end"));
        QVERIFY2(checkArchive(archive("two-members.gz") + QByteArray(100, '\0'), true).opens, "zeros pad it");

        // tar: a header's checksum covers it; an entry cut short, or a block, says so.
        const QByteArray tar = archive("ustar.tar");
        QByteArray renamed = tar;
        renamed[1024 + 3] = 'X'; // the second header's name (the first entry's data is one block)
        QCOMPARE(checkArchive(renamed, false).problem,
            QStringLiteral("the header of entry 2 is corrupt (its checksum does not match)"));
        QCOMPARE(checkArchive(tar.left(512 + 10), false).problem,
            QStringLiteral("entry 1 (station-data/readings.csv) is cut short"));
        QCOMPARE(checkArchive(tar.left(1024 + 100), false).problem,
            QStringLiteral("it ends inside a 512-byte block (the file is cut short)"));
        QVERIFY(checkArchive(QByteArray(1024, 'x'), false).problem.contains(u"not a tar header"));
        QVERIFY(checkArchive(QByteArray(1024, '\0'), false).problem.contains(u"empty block"));
        const QByteArray tarInside = archive("ustar.tar.gz");
        QVERIFY(checkArchive(tarInside, true).opens);

        // In a folder, a broken archive is an error of its file.
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("bundle.tar.gz")), tarInside.left(tarInside.size() - 3));
        auto inspection = inspectPath(dir.filePath(QStringLiteral("bundle.tar.gz")));
        QVERIFY2(inspection.ok(), qPrintable(inspection.message()));
        QVERIFY(hasFinding(
            inspection.value().files.first().findings, Severity::Error, QStringLiteral("gzip file does not open")));
    }

    void readsAParquetFooter()
    {
        auto read = [](const char *name) {
            QFile file(QStringLiteral(DD_FIXTURES "/parquet/") + QLatin1String(name));
            file.open(QIODevice::ReadOnly);
            return readParquetFooter(file);
        };
        // Impala's alltypes_plain: strings as plain byte arrays, timestamps as INT96.
        auto plain = read("alltypes_plain.parquet");
        QVERIFY2(plain.ok(), qPrintable(plain.message()));
        QCOMPARE(plain.value().rows, 8);
        QCOMPARE(plain.value().rowGroups, 1);
        QStringList columns;
        for (const ParquetColumn &c : plain.value().columns)
            columns.append(c.name + u':' + c.type);
        QCOMPARE(columns.join(u' '),
            QStringLiteral("id:integer bool_col:boolean tinyint_col:integer smallint_col:integer int_col:integer "
                           "bigint_col:integer float_col:number double_col:number date_string_col:binary "
                           "string_col:binary timestamp_col:datetime"));
        QVERIFY(plain.value().createdBy.startsWith(u"impala version 1.3.0"));
        QVERIFY(parquetSummary(plain.value()).startsWith(u"8 rows in 1 row group, 11 columns, written by impala"));
        // Spark's (parquet-mr): a decimal, nested lists of strings, a struct.
        auto decimal = read("int32_decimal.parquet");
        QVERIFY2(decimal.ok(), qPrintable(decimal.message()));
        QCOMPARE(decimal.value().columns.size(), 1);
        QCOMPARE(decimal.value().columns[0].name, QStringLiteral("value"));
        QCOMPARE(decimal.value().columns[0].type, QStringLiteral("number"));
        auto nested = read("nested_lists.snappy.parquet");
        QVERIFY2(nested.ok(), qPrintable(nested.message()));
        QCOMPARE(nested.value().columns.size(), 2);
        QCOMPARE(nested.value().columns[0].name, QStringLiteral("a.list.element.list.element.list.element"));
        QCOMPARE(nested.value().columns[0].type, QStringLiteral("string"));
        QCOMPARE(nested.value().columns[1].name, QStringLiteral("b"));
        auto structs = read("nulls.snappy.parquet");
        QVERIFY2(structs.ok(), qPrintable(structs.message()));
        QCOMPARE(structs.value().columns.size(), 1);
        QCOMPARE(structs.value().columns[0].name, QStringLiteral("b_struct.b_c_int"));
        QCOMPARE(structs.value().columns[0].type, QStringLiteral("integer"));

        // Broken: any cut of the footer, a length past the file, an encrypted footer.
        QFile file(QStringLiteral(DD_FIXTURES "/parquet/alltypes_plain.parquet"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        const quint32 length = quint32(quint8(whole[whole.size() - 8])) | quint32(quint8(whole[whole.size() - 7])) << 8;
        const QByteArray footer = whole.mid(whole.size() - 8 - length, length);
        QVERIFY(parseParquetFileMetaData(footer).ok());
        for (qsizetype n = 0; n < footer.size(); ++n)
            QVERIFY2(!parseParquetFileMetaData(footer.left(n)).ok(), qPrintable(QString::number(n)));
        auto check = [](QByteArray bytes) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            return readParquetFooter(buffer);
        };
        QByteArray longer = whole;
        longer[whole.size() - 5] = char(0x7f);
        QVERIFY(check(longer).message().contains(u"more than the file holds"));
        QVERIFY(check(whole.left(whole.size() - 4) + "PARE").message().contains(u"encrypted"));
        QVERIFY(check(whole.left(whole.size() - 1)).message().contains(u"cut short"));
        // In a folder, what it holds is said; a broken footer is an error of its file.
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("all.parquet")), whole);
        auto inspection = inspectPath(dir.filePath(QStringLiteral("all.parquet")));
        QVERIFY2(inspection.ok(), qPrintable(inspection.message()));
        QVERIFY(hasFinding(inspection.value().files.first().findings, Severity::Info,
            QStringLiteral("Parquet: 8 rows in 1 row group, 11 columns")));
        QByteArray broken = whole;
        broken.replace(whole.size() - 8 - length, 4, QByteArray(4, char(0xff)));
        write(dir.filePath(QStringLiteral("all.parquet")), broken);
        inspection = inspectPath(dir.filePath(QStringLiteral("all.parquet")));
        QVERIFY2(inspection.ok(), qPrintable(inspection.message()));
        QVERIFY(hasFinding(inspection.value().files.first().findings, Severity::Error,
            QStringLiteral("The Parquet file's footer does not read")));
    }

    void findsSchemaDriftBetweenPartsOfOneTable()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("set"))));
        write(dir.filePath(QStringLiteral("set/2024-01.csv")), "station,day,rain_mm\nA,1,0.5\nB,1,1.5\n");
        write(dir.filePath(QStringLiteral("set/2024-02.csv")), "station,day,rain_mm\nA,1,0.1\nB,2,0.0\n");
        // A column added, and rain written in words: the same table, drifted.
        write(dir.filePath(QStringLiteral("set/2024-03.csv")), "station,day,rain_mm,wind\nA,1,dry,3\nB,2,wet,4\n");
        // Stations are another table: nothing in common with the readings, no drift.
        write(dir.filePath(QStringLiteral("set/stations.csv")), "code,name,lat\nA,Alpha,52.1\n");
        auto inspection = inspectPath(dir.filePath(QStringLiteral("set")));
        QVERIFY2(inspection.ok(), qPrintable(inspection.message()));
        const QList<Finding> drift = schemaDrift(inspection.value().files);
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().severity, Severity::Warning);
        QCOMPARE(drift.first().message,
            QStringLiteral(
                "Schema drift: 2024-03.csv has another schema than 2024-01.csv, the same table's first "
                "file: \u201crain_mm\u201d is number there, string here; an extra column \u201cwind\u201d."));
        QVERIFY(hasFinding(inspection.value().findings, Severity::Warning, QStringLiteral("Schema drift")));
    }

    void inspectsAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("set/images"))));
        write(dir.filePath(QStringLiteral("set/table.csv")), "id,value\n1,2\n2,3\n");
        write(dir.filePath(QStringLiteral("set/images/pixel.png")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
        write(dir.filePath(QStringLiteral("set/empty.txt")), {});
        write(dir.filePath(QStringLiteral("set/cut.parquet")), "PAR1\x15\x04 and then nothing");
        auto inspection = inspectPath(dir.filePath(QStringLiteral("set")));
        QVERIFY2(inspection.ok(), qPrintable(inspection.message()));
        QStringList paths;
        for (const FileInspection &f : inspection.value().files)
            paths.append(f.path);
        QCOMPARE(paths, QStringList({"cut.parquet", "empty.txt", "images/pixel.png", "table.csv"}));
        QVERIFY(inspection.value().files.at(3).table.has_value());
        QCOMPARE(inspection.value().files.at(3).table->rows, quint64(2));
        QVERIFY(hasFinding(inspection.value().files.at(0).findings, Severity::Error, QStringLiteral("cut short")));
        QVERIFY(hasFinding(inspection.value().files.at(1).findings, Severity::Warning, QStringLiteral("empty")));
        QVERIFY(inspection.value().hasErrors());
        const QJsonObject json = inspectionToJson(inspection.value());
        QCOMPARE(json.value(u"files").toArray().size(), 4);

        // An empty folder, a symbolic link, a path that is not there: refused in words.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("nothing"))));
        QVERIFY(hasFinding(inspectPath(dir.filePath(QStringLiteral("nothing"))).value().findings, Severity::Error,
            QStringLiteral("no files")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("set")), dir.filePath(QStringLiteral("set/loop"))));
        const auto looped = inspectPath(dir.filePath(QStringLiteral("set")));
        QVERIFY(!looped.ok());
        QVERIFY2(looped.message().contains(QLatin1String("symbolic link")), qPrintable(looped.message()));
        QVERIFY(!inspectPath(dir.filePath(QStringLiteral("missing"))).ok());
    }

    // datapackage.json as the Data Package v2 standard describes it (datapackage.org: package,
    // resource, Table Schema, Table Dialect), and Croissant 1.0 as its published examples do.
    void metadataFromTheInspection()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("set"))));
        write(dir.filePath(QStringLiteral("set/stations.csv")), "station;temp;day\nA;1.5;2024-01-01\nB;2;2024-01-02\n");
        write(dir.filePath(QStringLiteral("set/README.md")), "# Stations\n");
        const Inspection inspection = inspectPath(dir.filePath(QStringLiteral("set"))).value();
        DatasetDescription d;
        d.title = QStringLiteral("Wëather Stations: 2024!");
        d.description = QStringLiteral("Daily means.");
        d.licenseId = QStringLiteral("cc-by-4.0");
        d.keywords = {QStringLiteral("weather"), QStringLiteral("climate")};
        d.contributors = {{QStringLiteral("Ada"), QStringLiteral("ethereum:0x70997970C51812dc3A010C7d01b50e0d17dc79C8"),
            {QStringLiteral("creator")}}};
        d.created = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
        QVERIFY(validateDescription(d).ok());
        const QString cid = QStringLiteral("bafybeihkca5scgup2eaxdclt7dqbky2wpmyoaziyo2rega6olojesj7d4e");
        const QJsonObject p = dataPackage(d, inspection, cid);
        QCOMPARE(
            p.value(u"$schema").toString(), QStringLiteral("https://datapackage.org/profiles/2.0/datapackage.json"));
        QCOMPARE(p.value(u"name").toString(), QStringLiteral("weather-stations-2024"));
        QCOMPARE(p.value(u"id").toString(), QStringLiteral("ipfs://") + cid);
        QCOMPARE(p.value(u"created").toString(), QStringLiteral("2026-11-25T12:00:00Z"));
        QCOMPARE(
            p.value(u"licenses").toArray().first().toObject().value(u"name").toString(), QStringLiteral("CC-BY-4.0"));
        const QJsonArray resources = p.value(u"resources").toArray();
        QCOMPARE(resources.size(), 2);
        const QJsonObject table = resources.at(1).toObject();
        QCOMPARE(table.value(u"name").toString(), QStringLiteral("stations.csv"));
        QCOMPARE(table.value(u"type").toString(), QStringLiteral("table"));
        QCOMPARE(table.value(u"dialect").toObject().value(u"delimiter").toString(), QStringLiteral(";"));
        QVERIFY(table.value(u"hash").toString().startsWith(QLatin1String("sha256:")));
        const QJsonArray fields = table.value(u"schema").toObject().value(u"fields").toArray();
        QCOMPARE(fields.at(1).toObject().value(u"type").toString(), QStringLiteral("number"));
        QCOMPARE(fields.at(2).toObject().value(u"type").toString(), QStringLiteral("date"));
        // What a catalog reads back, and what it refuses.
        const auto summary = readDataPackage(QJsonDocument(p).toJson());
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().title, d.title);
        QCOMPARE(summary.value().formats, QStringList({"md", "csv"}));
        QCOMPARE(summary.value().replaces, quint64(0)); // a new dataset names none
        // A corrected version names the dataset it replaces; a claim that is not a dataset
        // number is read as none.
        DatasetDescription corrected = d;
        corrected.replaces = 4;
        const QJsonObject fixed = dataPackage(corrected, inspection, cid);
        QCOMPARE(fixed.value(u"replaces").toObject().value(u"dataset").toInteger(), 4);
        QCOMPARE(readDataPackage(QJsonDocument(fixed).toJson()).value().replaces, quint64(4));
        for (const QJsonValue &claim :
            {QJsonValue(-3), QJsonValue(2.5), QJsonValue(QStringLiteral("4")), QJsonValue(1e300), QJsonValue(0)}) {
            QJsonObject bogus = fixed;
            bogus.insert(QStringLiteral("replaces"), QJsonObject {{QStringLiteral("dataset"), claim}});
            QCOMPARE(readDataPackage(QJsonDocument(bogus).toJson()).value().replaces, quint64(0));
        }
        QVERIFY(readDataPackage("<html>").message().contains(QLatin1String("not JSON")));
        QVERIFY(readDataPackage("{\"name\": \"x\"}").message().contains(QLatin1String("no resources")));

        const QJsonObject c = croissant(d, inspection, cid);
        QCOMPARE(c.value(u"@type").toString(), QStringLiteral("sc:Dataset"));
        QCOMPARE(c.value(u"conformsTo").toString(), QStringLiteral("http://mlcommons.org/croissant/1.0"));
        QCOMPARE(c.value(u"license").toString(), QStringLiteral("https://spdx.org/licenses/CC-BY-4.0.html"));
        const QJsonObject file = c.value(u"distribution").toArray().at(1).toObject();
        QCOMPARE(file.value(u"contentUrl").toString(), QStringLiteral("ipfs://%1/stations.csv").arg(cid));
        QCOMPARE(file.value(u"sha256").toString().size(), 64);
        const QJsonObject field
            = c.value(u"recordSet").toArray().first().toObject().value(u"field").toArray().at(1).toObject();
        QCOMPARE(field.value(u"dataType").toString(), QStringLiteral("sc:Float"));
        QCOMPARE(field.value(u"source").toObject().value(u"extract").toObject().value(u"column").toString(),
            QStringLiteral("temp"));

        d.licenseId = QStringLiteral("WTFPL-ish");
        QVERIFY(validateDescription(d).message().contains(QLatin1String("Choose a license")));
        d.title = QStringLiteral("  ");
        QVERIFY(!validateDescription(d).ok());
    }

    // RFC 4180: a line holding only "" is a record whose one field is empty; a blank line is none.
    void quotedEmptyLineIsARecord()
    {
        const TableProfile t = profileOf("name\nann\n\"\"\n\nbob\n\"\"\r\n");
        QCOMPARE(t.rows, quint64(4));
        QCOMPARE(t.columns[0].nulls, quint64(2));
        QCOMPARE(t.preview, (QList<QStringList> {{"ann"}, {""}, {"bob"}, {""}}));
        const TableProfile open = profileOf("a,b\n1,\"never closed\n2,3\n");
        QCOMPARE(open.unterminatedQuoteLine, quint64(2));
        QVERIFY(hasFinding(tableFindings(open), Severity::Error, QStringLiteral("never closed")));
    }

    void personalDataByPatternAndName()
    {
        QCOMPARE(personalKindOfValue("ann.lee+x@example.org"), PersonalKind::Email);
        QVERIFY(!personalKindOfValue("ann@localhost"));
        QCOMPARE(personalKindOfValue("DE89 3704 0044 0532 0130 00"), PersonalKind::Iban);
        QVERIFY(!personalKindOfValue("DE89 3704 0044 0532 0130 01")); // the check digits fail
        QCOMPARE(personalKindOfValue("192.168.1.20"), PersonalKind::IpAddress);
        QVERIFY(!personalKindOfValue("1.5"));
        QCOMPARE(personalKindOfValue("2001:db8::ff00:42:8329"), PersonalKind::IpAddress);
        QCOMPARE(personalKindOfValue("+49 30 1234567"), PersonalKind::Phone);
        QVERIFY(!personalKindOfValue("20240101")); // a bare number is not a phone number...
        QCOMPARE(
            personalKindOfValue("3012345678", PersonalKind::Phone), PersonalKind::Phone); // ...in a phone column it is
        QCOMPARE(personalKindOfValue("078-05-1120"), PersonalKind::NationalId);
        QCOMPARE(personalKindOfValue("X1234567", PersonalKind::NationalId), PersonalKind::NationalId);
        QCOMPARE(personalKindOfValue("221B Baker Street"), PersonalKind::StreetAddress);
        QCOMPARE(personalKindOfValue("Hauptstra\xc3\x9f"
                                     "e 5"),
            PersonalKind::StreetAddress);
        QVERIFY(!personalKindOfValue("2024-01-01"));
        QCOMPARE(personalKindOfColumn(u"E-Mail"), PersonalKind::Email);
        QCOMPARE(personalKindOfColumn(u"phone_number"), PersonalKind::Phone);
        QVERIFY(!personalKindOfColumn(u"temperature"));
        QCOMPARE(maskedValue(PersonalKind::Email, "ann@example.org"), QStringLiteral("a***@e***.org"));
        QCOMPARE(maskedValue(PersonalKind::Phone, "+49301234567"), QStringLiteral("+4********67"));

        const TableProfile t = profileOf("id,contact,amount\n1,ann@example.org,3.5\n2,bob@example.com,n/a\n"
                                         "3,,4\n4,cy@example.net,5\n5,x,6\n6,y,7\n7,z,8\n8,w,9\n9,v,10\n");
        QCOMPARE(t.columns[1].personalData.size(), 1);
        QCOMPARE(t.columns[1].personalData[0].values, quint64(3));
        QCOMPARE(t.columns[1].personalData[0].maskedExamples.first(), QStringLiteral("a***@e***.org"));
        // Mostly numbers with one word: a mixed column, named with its example.
        QCOMPARE(t.columns[2].textValues, quint64(1));
        QCOMPARE(t.columns[2].textExamples, QStringList {"n/a"});
        const QList<Finding> findings = tableFindings(t);
        QVERIFY(hasFinding(findings, Severity::Warning, QStringLiteral("look like e-mail addresses")));
        QVERIFY(hasFinding(findings, Severity::Warning, QStringLiteral("mixes types")));
    }

    void numbersSpreadAndOutliers()
    {
        QByteArray csv = "x\n";
        for (int i = 0; i < 1000; ++i)
            csv += QByteArray::number(100 + i % 10) + '\n';
        csv += "100000\n";
        const TableProfile t = profileOf(csv);
        const ColumnProfile &x = t.columns[0];
        QCOMPARE(x.type, QStringLiteral("integer"));
        QCOMPARE(x.quartiles.size(), 3);
        QCOMPARE(x.histogram.size(), 20);
        QCOMPARE(x.outliers, quint64(1));
        QCOMPARE(x.outlierExamples, QStringList {"100000"});
        QVERIFY(x.mean > 104 && x.mean < 205);
    }

    void invalidUtf8IsCounted()
    {
        const TableProfile t = profileOf("a,b\nok,caf\xc3\xa9\nbad,caf\xe9\n");
        QCOMPARE(t.columns[1].invalidUtf8, quint64(1));
        QCOMPARE(t.firstInvalidUtf8Line, quint64(3));
    }

    // Exact until the bound, then sampled: no repeats read as none at any size.
    void distinctCountsAreBounded()
    {
        DistinctCounter small(100);
        for (quint64 i = 0; i < 50; ++i) {
            small.add(hash64(QByteArray::number(i)));
            small.add(hash64(QByteArray::number(i)));
        }
        QCOMPARE(small.distinct(), quint64(50));
        QCOMPARE(small.repeats(), quint64(50));
        QVERIFY(!small.isEstimate());
        DistinctCounter large(1000);
        for (quint64 i = 0; i < 200000; ++i)
            large.add(hash64(QByteArray::number(i)));
        QVERIFY(large.isEstimate());
        QCOMPARE(large.repeats(), quint64(0));
        QVERIFY(large.distinct() > 180000 && large.distinct() < 220000);
    }

    void sketchesEstimateSharedRows()
    {
        BottomKSketch a, b, c;
        for (int i = 0; i < 10000; ++i) {
            a.add(hash64(QByteArray::number(i)));
            b.add(hash64(QByteArray::number(i + 2000))); // 8,000 of 12,000 shared: Jaccard 2/3
            c.add(hash64(QByteArray::number(i + 50000)));
        }
        const double ab = BottomKSketch::similarity(a.values(), b.values());
        QVERIFY2(ab > 0.55 && ab < 0.78, qPrintable(QString::number(ab)));
        QVERIFY(BottomKSketch::similarity(a.values(), c.values()) < 0.05);
        QCOMPARE(BottomKSketch::similarity(a.values(), a.values()), 1.0);
    }

    // The report against the metadata's claims, duplicates, and reading it back.
    void qualityReportComparesClaims()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("trees.csv")), "id,species\n1,oak\n2,elm\n3,ash\n");
        auto inspection = inspectPath(dir.path());
        QVERIFY(inspection.ok());
        DatasetDescription d;
        d.title = QStringLiteral("Trees");
        d.licenseId = QStringLiteral("CC0-1.0");
        QJsonObject package = dataPackage(d, inspection.value());
        QCOMPARE(
            compareWithClaims(inspection.value(), package, QStringLiteral("CC0-1.0"), inspection.value().totalBytes)
                .size(),
            0);
        // Claims more rows than it has, another licence on chain, a file that is not there.
        QJsonArray resources = package.value(u"resources").toArray();
        QJsonObject trees = resources[0].toObject();
        trees.insert(QStringLiteral("stats"), QJsonObject {{QStringLiteral("rows"), 30}});
        resources[0] = trees;
        resources.append(QJsonObject {{QStringLiteral("path"), QStringLiteral("missing.csv")}});
        package.insert(QStringLiteral("resources"), resources);
        const auto differences = compareWithClaims(inspection.value(), package, QStringLiteral("MIT"), -1);
        QStringList what;
        for (const ClaimDifference &x : differences)
            what.append(x.what);
        QCOMPARE(what, (QStringList {"rows", "files", "license"}));
        QCOMPARE(differences[0].words(), QStringLiteral("trees.csv: rows claimed 30, measured 3."));

        const FileInspection &file = inspection.value().files.first();
        const QList<KnownDataset> known {{7, QStringLiteral("Same bytes"), {}, {file.sha256}, {}},
            {8, QStringLiteral("Same rows"), {}, {}, {file.table->rowSketch}},
            {9, QStringLiteral("Other"), QStringLiteral("bafyother"), {}, {}}};
        const auto duplicates = findDuplicates(inspection.value(), QStringLiteral("bafyself"), 1, known);
        QCOMPARE(duplicates.size(), 2);
        QCOMPARE(duplicates[0].how, QStringLiteral("same file"));
        QCOMPARE(duplicates[1].how, QStringLiteral("most rows"));

        QualityReport report;
        report.datasetId = 1;
        report.contentCid = QStringLiteral("bafyself");
        report.measured = inspection.value();
        report.differences = differences;
        const QByteArray json = QJsonDocument(qualityReportToJson(report)).toJson();
        auto read = readQualityReport(json);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(read.value().datasetId, quint64(1));
        QCOMPARE(read.value().rowSketches.first(), file.table->rowSketch);
        QCOMPARE(read.value().differences, 3);
        QVERIFY(qualityReportText(report).contains(QLatin1String("rows claimed 30, measured 3")));

        // The verdict the report points to, weightiest reason first.
        using dd::dao::ReviewReason;
        QCOMPARE(dd::dao::suggestedReason(report), ReviewReason::LicenseUnclear);
        report.differences.removeLast(); // the licence
        QCOMPARE(dd::dao::suggestedReason(report), ReviewReason::DoesNotMatchDescription);
        report.duplicates = duplicates;
        QCOMPARE(dd::dao::suggestedReason(report), ReviewReason::DuplicatesRegistered);
        QualityReport clean;
        clean.measured = inspection.value();
        QCOMPARE(dd::dao::suggestedReason(clean), ReviewReason::None);
        write(dir.filePath(QStringLiteral("people.csv")), "name,email\nAda,ada@example.org\nBob,bob@example.net\n");
        auto withPeople = inspectPath(dir.path());
        QVERIFY(withPeople.ok());
        clean.measured = withPeople.value();
        QCOMPARE(dd::dao::suggestedReason(clean), ReviewReason::PersonalData);
        QVERIFY(readQualityReport("{\"$schema\": \"x\"}").message().contains(QLatin1String("not a DataDAO")));
        QVERIFY(!readQualityReport("[").ok());
        QByteArray badSketch = json;
        badSketch.replace("\"rowSketch\": \"", "\"rowSketch\": \"zz");
        QVERIFY(readQualityReport(badSketch).message().contains(QLatin1String("malformed")));

        const Evidence evidence {QStringLiteral("Quality report"), QStringLiteral("3 differences"),
            QStringLiteral("/ipfs/bafkreiabc"), QStringLiteral("bafkreiabc"), QStringLiteral("json")};
        const QJsonObject e = evidenceToJson(evidence);
        QCOMPARE(e.value(u"fileURI").toString(), QStringLiteral("/ipfs/bafkreiabc"));
        QCOMPARE(readEvidence(QJsonDocument(e).toJson()).value().fileHash, QStringLiteral("bafkreiabc"));
        QVERIFY(readEvidence("{\"name\": \"x\"}").message().contains(QLatin1String("no fileURI")));
    }
};

DD_REGISTER_TEST(TestQuality);
#include "tst_quality.moc"
