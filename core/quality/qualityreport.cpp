#include "quality/qualityreport.h"

#include "quality/sketches.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace dd::quality {

namespace {

constexpr qsizetype mostReportBytes = 64 * 1024 * 1024;
constexpr qsizetype mostFiles = 100000;

QString pathOf(const FileInspection &file)
{
    return file.path.isEmpty() ? file.name : file.path;
}

QString sketchHex(const QList<quint64> &sketch)
{
    QByteArray bytes;
    bytes.reserve(sketch.size() * 8);
    for (quint64 v : sketch)
        for (int shift = 56; shift >= 0; shift -= 8)
            bytes.append(char((v >> shift) & 0xff));
    return QString::fromLatin1(bytes.toHex());
}

std::optional<QList<quint64>> sketchFromHex(const QString &hex)
{
    if (hex.size() % 16 != 0 || hex.size() > BottomKSketch::k * 16)
        return std::nullopt;
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() * 2 != hex.size())
        return std::nullopt;
    QList<quint64> out;
    for (qsizetype i = 0; i < bytes.size(); i += 8) {
        quint64 v = 0;
        for (int j = 0; j < 8; ++j)
            v = (v << 8) | quint8(bytes[i + j]);
        if (!out.isEmpty() && v <= out.last())
            return std::nullopt; // ascending and distinct, as written
        out.append(v);
    }
    return out;
}

} // namespace

QString ClaimDifference::words() const
{
    const QString where = file.isEmpty() ? QStringLiteral("The dataset") : QStringLiteral("%1").arg(file);
    if (claimed.isEmpty())
        return QStringLiteral("%1: the metadata does not list it (measured: %2).").arg(where, measured);
    if (measured.isEmpty())
        return QStringLiteral("%1: the metadata lists it, but the data has no such file.").arg(where);
    return QStringLiteral("%1: %2 claimed %3, measured %4.").arg(where, what, claimed, measured);
}

bool QualityReport::clean() const
{
    return differences.isEmpty() && duplicates.isEmpty() && !measured.hasErrors();
}

QList<ClaimDifference> compareWithClaims(
    const Inspection &measured, const QJsonObject &package, const QString &registryLicense, qint64 registrySize)
{
    QList<ClaimDifference> out;
    QHash<QString, QJsonObject> claimed;
    for (const QJsonValue &value : package.value(u"resources").toArray()) {
        const QJsonObject resource = value.toObject();
        claimed.insert(resource.value(u"path").toString(), resource);
    }
    QSet<QString> seen;
    for (const FileInspection &file : measured.files) {
        const QString path = pathOf(file);
        seen.insert(path);
        auto it = claimed.constFind(path);
        if (it == claimed.constEnd()) {
            out.append({path, QStringLiteral("files"), {}, QStringLiteral("%1 bytes").arg(file.size), Severity::Error});
            continue;
        }
        const QJsonObject &r = *it;
        if (r.contains(u"bytes") && qint64(r.value(u"bytes").toDouble()) != file.size)
            out.append({path, QStringLiteral("bytes"), QString::number(qint64(r.value(u"bytes").toDouble())),
                QString::number(file.size), Severity::Error});
        const QString hash = r.value(u"hash").toString();
        if (!hash.isEmpty() && hash != QStringLiteral("sha256:") + file.sha256 && hash != file.sha256)
            out.append({path, QStringLiteral("hash"), hash, QStringLiteral("sha256:") + file.sha256, Severity::Error});
        const QString format = r.value(u"format").toString();
        if (!format.isEmpty() && format != file.format.format)
            out.append({path, QStringLiteral("format"), format, file.format.format, Severity::Warning});
        if (!file.table)
            continue;
        const QJsonArray fields = r.value(u"schema").toObject().value(u"fields").toArray();
        QStringList claimedFields;
        for (const QJsonValue &f : fields)
            claimedFields.append(QStringLiteral("%1 (%2)").arg(
                f.toObject().value(u"name").toString(), f.toObject().value(u"type").toString(QStringLiteral("any"))));
        QStringList measuredFields;
        for (const ColumnProfile &c : file.table->columns)
            measuredFields.append(QStringLiteral("%1 (%2)").arg(c.name, c.type));
        if (!fields.isEmpty() && claimedFields != measuredFields)
            out.append({path, QStringLiteral("schema"), claimedFields.join(QStringLiteral(", ")),
                measuredFields.join(QStringLiteral(", ")), Severity::Warning});
        const QJsonValue rows = r.value(u"stats").toObject().value(u"rows");
        if (rows.isDouble() && quint64(rows.toDouble()) != file.table->rows)
            out.append({path, QStringLiteral("rows"), QString::number(qint64(rows.toDouble())),
                QString::number(file.table->rows), Severity::Error});
    }
    for (auto it = claimed.constBegin(); it != claimed.constEnd(); ++it)
        if (!seen.contains(it.key()))
            out.append({it.key(), QStringLiteral("files"), QStringLiteral("listed"), {}, Severity::Error});
    QStringList licenses;
    for (const QJsonValue &l : package.value(u"licenses").toArray())
        licenses.append(l.toObject().value(u"name").toString());
    if (licenses.isEmpty())
        out.append({{}, QStringLiteral("license"), QStringLiteral("none"), registryLicense, Severity::Error});
    else if (!registryLicense.isEmpty() && !licenses.contains(registryLicense))
        out.append({{}, QStringLiteral("license"), licenses.join(QStringLiteral(", ")),
            QStringLiteral("%1 (the registry's)").arg(registryLicense), Severity::Error});
    if (registrySize >= 0 && registrySize != measured.totalBytes)
        out.append({{}, QStringLiteral("size"), QString::number(registrySize), QString::number(measured.totalBytes),
            Severity::Error});
    return out;
}

QList<DuplicateFinding> findDuplicates(
    const Inspection &measured, const QString &contentCid, quint64 selfId, const QList<KnownDataset> &known)
{
    QList<DuplicateFinding> out;
    QSet<QString> hashes;
    QList<QList<quint64>> sketches;
    for (const FileInspection &file : measured.files) {
        if (file.size > 0)
            hashes.insert(file.sha256);
        if (file.table && !file.table->rowSketch.isEmpty())
            sketches.append(file.table->rowSketch);
    }
    for (const KnownDataset &other : known) {
        if (other.id == selfId)
            continue;
        if (!contentCid.isEmpty() && other.contentCid == contentCid) {
            out.append({other.id, other.title, QStringLiteral("same content"), 1});
            continue;
        }
        const auto sameFile = std::find_if(
            other.fileSha256.begin(), other.fileSha256.end(), [&](const QString &h) { return hashes.contains(h); });
        if (sameFile != other.fileSha256.end()) {
            out.append({other.id, other.title, QStringLiteral("same file"), 1});
            continue;
        }
        double best = 0;
        for (const QList<quint64> &mine : sketches)
            for (const QList<quint64> &theirs : other.rowSketches)
                best = std::max(best, BottomKSketch::similarity(mine, theirs));
        if (best >= 0.5)
            out.append({other.id, other.title, QStringLiteral("most rows"), best});
    }
    return out;
}

QJsonObject qualityReportToJson(const QualityReport &report)
{
    QJsonArray files;
    for (const FileInspection &file : report.measured.files) {
        QJsonObject f {{QStringLiteral("path"), pathOf(file)}, {QStringLiteral("bytes"), file.size},
            {QStringLiteral("sha256"), file.sha256}, {QStringLiteral("format"), file.format.format},
            {QStringLiteral("findings"), findingsToJson(file.findings)}};
        if (file.table) {
            const TableProfile &t = *file.table;
            QJsonArray columns;
            for (const ColumnProfile &c : t.columns)
                columns.append(columnToJson(c));
            f.insert(QStringLiteral("table"),
                QJsonObject {{QStringLiteral("rows"), qint64(t.rows)},
                    {QStringLiteral("duplicateRows"), qint64(t.duplicateRows)},
                    {QStringLiteral("duplicatesAreEstimate"), t.duplicatesIsLowerBound},
                    {QStringLiteral("raggedRows"), qint64(t.raggedRows)}, {QStringLiteral("columns"), columns},
                    {QStringLiteral("rowSketch"), sketchHex(t.rowSketch)}});
        }
        files.append(f);
    }
    QJsonArray differences;
    for (const ClaimDifference &d : report.differences)
        differences.append(QJsonObject {{QStringLiteral("file"), d.file}, {QStringLiteral("what"), d.what},
            {QStringLiteral("claimed"), d.claimed}, {QStringLiteral("measured"), d.measured},
            {QStringLiteral("severity"), severityName(d.severity)}, {QStringLiteral("words"), d.words()}});
    QJsonArray duplicates;
    for (const DuplicateFinding &d : report.duplicates)
        duplicates.append(QJsonObject {{QStringLiteral("datasetId"), qint64(d.id)}, {QStringLiteral("title"), d.title},
            {QStringLiteral("how"), d.how}, {QStringLiteral("share"), d.share}});
    return {{QStringLiteral("$schema"), QLatin1String(qualityReportSchema)},
        {QStringLiteral("datasetId"), qint64(report.datasetId)}, {QStringLiteral("title"), report.title},
        {QStringLiteral("contentCid"), report.contentCid}, {QStringLiteral("measuredAt"), report.measuredAt},
        {QStringLiteral("tool"), report.tool}, {QStringLiteral("bytes"), report.measured.totalBytes},
        {QStringLiteral("findings"), findingsToJson(report.measured.findings)}, {QStringLiteral("files"), files},
        {QStringLiteral("differences"), differences}, {QStringLiteral("duplicates"), duplicates}};
}

QString qualityReportText(const QualityReport &report)
{
    QStringList lines;
    lines << QStringLiteral("# Quality report: dataset #%1, %2").arg(report.datasetId).arg(report.title) << QString()
          << QStringLiteral("Content %1, %2 bytes in %3 files, measured %4 by %5.")
                 .arg(report.contentCid)
                 .arg(report.measured.totalBytes)
                 .arg(report.measured.files.size())
                 .arg(report.measuredAt, report.tool)
          << QString();
    lines << QStringLiteral("## Against its metadata");
    if (report.differences.isEmpty())
        lines << QStringLiteral("Every claim holds: files, sizes, hashes, formats, schema, rows and licence.");
    for (const ClaimDifference &d : report.differences)
        lines << QStringLiteral("- **%1**: %2").arg(severityName(d.severity), d.words());
    lines << QString() << QStringLiteral("## Duplicates");
    if (report.duplicates.isEmpty())
        lines << QStringLiteral("None of the registered datasets known here.");
    for (const DuplicateFinding &d : report.duplicates)
        lines << QStringLiteral("- dataset #%1 (%2): %3%4")
                     .arg(d.id)
                     .arg(d.title, d.how,
                         d.how == QLatin1String("most rows")
                             ? QStringLiteral(", about %1% of rows").arg(qRound(d.share * 100))
                             : QString());
    for (const FileInspection &file : report.measured.files) {
        lines << QString() << QStringLiteral("## %1").arg(pathOf(file))
              << QStringLiteral("%1, %2 bytes, sha256 %3").arg(file.format.description).arg(file.size).arg(file.sha256);
        if (file.table)
            lines << QStringLiteral("%1 rows, %2 columns, %3 repeated rows")
                         .arg(file.table->rows)
                         .arg(file.table->columns.size())
                         .arg(file.table->duplicateRows);
        for (const Finding &f : file.findings)
            lines << QStringLiteral("- **%1**: %2").arg(severityName(f.severity), f.message);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<ReportSummary> readQualityReport(const QByteArray &json)
{
    using R = Result<ReportSummary>;
    if (json.size() > mostReportBytes)
        return R::failure(QStringLiteral("The quality report is larger than 64 MiB."), ErrorCode::InvalidInput);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return R::failure(QStringLiteral("The quality report is not a JSON object: %1").arg(error.errorString()),
            ErrorCode::InvalidInput);
    const QJsonObject o = document.object();
    if (o.value(u"$schema").toString() != QLatin1String(qualityReportSchema))
        return R::failure(QStringLiteral("This is not a DataDAO quality report (its $schema is \"%1\").")
                              .arg(o.value(u"$schema").toString().left(200)),
            ErrorCode::InvalidInput);
    ReportSummary out;
    const double id = o.value(u"datasetId").toDouble(-1);
    if (id < 0 || id > 9007199254740991.0 || id != std::floor(id))
        return R::failure(QStringLiteral("The quality report names no dataset."), ErrorCode::InvalidInput);
    out.datasetId = quint64(id);
    out.contentCid = o.value(u"contentCid").toString().left(200);
    const QJsonArray files = o.value(u"files").toArray();
    if (files.size() > mostFiles)
        return R::failure(QStringLiteral("The quality report lists more than 100,000 files."), ErrorCode::InvalidInput);
    for (const QJsonValue &f : files) {
        const QString sha = f.toObject().value(u"sha256").toString();
        if (sha.size() == 64)
            out.fileSha256.append(sha);
        const QString sketch = f.toObject().value(u"table").toObject().value(u"rowSketch").toString();
        if (sketch.isEmpty())
            continue;
        auto values = sketchFromHex(sketch);
        if (!values)
            return R::failure(QStringLiteral("The quality report's row sketch of %1 is malformed.")
                                  .arg(f.toObject().value(u"path").toString().left(200)),
                ErrorCode::InvalidInput);
        out.rowSketches.append(*values);
    }
    out.differences = int(o.value(u"differences").toArray().size());
    out.document = o;
    return out;
}

QJsonObject evidenceToJson(const Evidence &e)
{
    return {{QStringLiteral("name"), e.name}, {QStringLiteral("description"), e.description},
        {QStringLiteral("fileURI"), e.fileUri}, {QStringLiteral("fileHash"), e.fileHash},
        {QStringLiteral("fileTypeExtension"), e.fileTypeExtension}};
}

Result<Evidence> readEvidence(const QByteArray &json)
{
    using R = Result<Evidence>;
    if (json.size() > 1024 * 1024)
        return R::failure(QStringLiteral("The evidence file is larger than 1 MiB."), ErrorCode::InvalidInput);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return R::failure(QStringLiteral("The evidence file is not a JSON object: %1").arg(error.errorString()),
            ErrorCode::InvalidInput);
    const QJsonObject o = document.object();
    Evidence e {o.value(u"name").toString(), o.value(u"description").toString(), o.value(u"fileURI").toString(),
        o.value(u"fileHash").toString(), o.value(u"fileTypeExtension").toString()};
    if (e.fileUri.isEmpty())
        return R::failure(
            QStringLiteral("The evidence file has no fileURI: it points at nothing."), ErrorCode::InvalidInput);
    return e;
}

} // namespace dd::quality
