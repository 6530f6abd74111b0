// Inspection with known inputs: magic numbers from the formats' own specifications (PNG's
// 8-byte signature, Parquet's "PAR1" at both ends, ZIP's local header, tar's "ustar" at 257),
// RFC 4180's examples (quoted fields, "" inside quotes, a line break inside a quoted field,
// CRLF), type inference into Frictionless Table Schema types, and the report's findings.

#include "testregistry.h"

#include "quality/datapackage.h"
#include "quality/inspection.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

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
};

DD_REGISTER_TEST(TestQuality);
#include "tst_quality.moc"
