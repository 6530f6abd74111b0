#include "quality/inspection.h"

#include "quality/imagecheck.h"
#include "quality/parquetfooter.h"
#include "quality/streamarchive.h"
#include "quality/ziparchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrentRun>

#include <algorithm>
#include <memory>

#include <openssl/evp.h>

namespace dd::quality {

bool Inspection::hasErrors() const
{
    auto isError = [](const Finding &f) { return f.severity == Severity::Error; };
    return std::any_of(findings.cbegin(), findings.cend(), isError)
        || std::any_of(files.cbegin(), files.cend(), [&](const FileInspection &file) {
               return std::any_of(file.findings.cbegin(), file.findings.cend(), isError);
           });
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

namespace {

// "1 row has" / "3 rows have": the count with the right form of the words.
QString count(quint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

} // namespace

QJsonArray findingsToJson(const QList<Finding> &findings)
{
    QJsonArray out;
    for (const Finding &f : findings)
        out.append(QJsonObject {
            {QStringLiteral("severity"), severityName(f.severity)}, {QStringLiteral("message"), f.message}});
    return out;
}

QJsonObject columnToJson(const ColumnProfile &c)
{
    QJsonObject out {{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type},
        {QStringLiteral("nulls"), qint64(c.nulls)}, {QStringLiteral("distinct"), qint64(c.distinct)},
        {QStringLiteral("distinctIsEstimate"), c.distinctIsLowerBound}, {QStringLiteral("min"), c.min},
        {QStringLiteral("max"), c.max}, {QStringLiteral("numbers"), qint64(c.numbers)},
        {QStringLiteral("textValues"), qint64(c.textValues)}, {QStringLiteral("invalidUtf8"), qint64(c.invalidUtf8)}};
    if (!c.textExamples.isEmpty() && c.numbers > 0)
        out.insert(QStringLiteral("textExamples"), QJsonArray::fromStringList(c.textExamples));
    if (c.numbers > 0) {
        QJsonArray quartiles;
        for (double q : c.quartiles)
            quartiles.append(q);
        QJsonArray histogram;
        for (quint64 n : c.histogram)
            histogram.append(qint64(n));
        out.insert(QStringLiteral("numeric"),
            QJsonObject {{QStringLiteral("mean"), c.mean}, {QStringLiteral("standardDeviation"), c.standardDeviation},
                {QStringLiteral("quartiles"), quartiles}, {QStringLiteral("histogram"), histogram},
                {QStringLiteral("outliers"), qint64(c.outliers)},
                {QStringLiteral("outlierExamples"), QJsonArray::fromStringList(c.outlierExamples)}});
    }
    QJsonArray personal;
    for (const PersonalDataFinding &p : c.personalData)
        personal.append(QJsonObject {{QStringLiteral("kind"), personalKindName(p.kind)},
            {QStringLiteral("values"), qint64(p.values)}, {QStringLiteral("byColumnName"), p.byColumnName},
            {QStringLiteral("maskedExamples"), QJsonArray::fromStringList(p.maskedExamples)}});
    if (!personal.isEmpty())
        out.insert(QStringLiteral("personalData"), personal);
    return out;
}

QJsonObject inspectionToJson(const Inspection &inspection)
{
    QJsonArray files;
    for (const FileInspection &file : inspection.files) {
        QJsonObject object {{QStringLiteral("path"), file.path}, {QStringLiteral("bytes"), file.size},
            {QStringLiteral("format"), file.format.format}, {QStringLiteral("mediatype"), file.format.mediaType},
            {QStringLiteral("description"), file.format.description}, {QStringLiteral("sha256"), file.sha256},
            {QStringLiteral("findings"), findingsToJson(file.findings)}};
        if (file.table) {
            const TableProfile &t = *file.table;
            QJsonArray columns;
            for (const ColumnProfile &c : t.columns)
                columns.append(columnToJson(c));
            QJsonArray preview;
            for (const QStringList &row : t.preview)
                preview.append(QJsonArray::fromStringList(row));
            object.insert(QStringLiteral("table"),
                QJsonObject {{QStringLiteral("delimiter"), QString(QLatin1Char(t.dialect.delimiter))},
                    {QStringLiteral("header"), t.dialect.header}, {QStringLiteral("rows"), qint64(t.rows)},
                    {QStringLiteral("duplicateRows"), qint64(t.duplicateRows)},
                    {QStringLiteral("raggedRows"), qint64(t.raggedRows)}, {QStringLiteral("columns"), columns},
                    {QStringLiteral("preview"), preview}});
        }
        files.append(object);
    }
    return {{QStringLiteral("root"), inspection.root}, {QStringLiteral("bytes"), inspection.totalBytes},
        {QStringLiteral("files"), files}, {QStringLiteral("findings"), findingsToJson(inspection.findings)}};
}

QList<Finding> tableFindings(const TableProfile &table)
{
    QList<Finding> out;
    if (table.rows == 0)
        out.append({Severity::Error, QStringLiteral("The table has no rows.")});
    if (table.raggedRows > 0)
        out.append({Severity::Warning,
            QStringLiteral("%1 a different number of fields than the header "
                           "(%2 columns); the first is on line %3.")
                .arg(count(table.raggedRows, "row has", "rows have"))
                .arg(table.columns.size())
                .arg(table.firstRaggedLine)});
    if (table.duplicateRows > 0)
        out.append({Severity::Warning,
            QStringLiteral("%1%2 an earlier row exactly.")
                .arg(table.duplicatesIsLowerBound ? QStringLiteral("About ") : QString())
                .arg(count(table.duplicateRows, "row repeats", "rows repeat"))});
    QStringList seen;
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        const ColumnProfile &c = table.columns[i];
        if (table.dialect.header && c.name.isEmpty())
            out.append({Severity::Warning, QStringLiteral("Column %1 has no name in the header.").arg(i + 1)});
        else if (seen.contains(c.name))
            out.append({Severity::Warning, QStringLiteral("The header names \"%1\" twice.").arg(c.name)});
        seen.append(c.name);
        const QString label
            = c.name.isEmpty() ? QStringLiteral("Column %1").arg(i + 1) : QStringLiteral("Column \"%1\"").arg(c.name);
        if (table.rows > 0 && c.nulls == table.rows)
            out.append({Severity::Warning, QStringLiteral("%1 is empty in every row.").arg(label)});
        else if (table.rows >= 10 && c.nulls * 2 > table.rows)
            out.append({Severity::Info,
                QStringLiteral("%1 is empty in %2 of %3 rows.").arg(label).arg(c.nulls).arg(table.rows)});
        if (table.rows >= 10 && c.distinct == 1 && c.nulls == 0)
            out.append({Severity::Info, QStringLiteral("%1 holds the same value in every row.").arg(label)});
        for (const PersonalDataFinding &p : c.personalData)
            out.append({Severity::Warning,
                QStringLiteral("%1 holds %2 that look like %3, such as %4.")
                    .arg(label)
                    .arg(count(p.values, "value", "values"), personalKindWords(p.kind),
                        p.maskedExamples.join(QStringLiteral(", ")))});
        if (c.invalidUtf8 > 0)
            out.append({Severity::Warning,
                QStringLiteral("%1 holds %2 that are not valid UTF-8.")
                    .arg(label, count(c.invalidUtf8, "value", "values"))});
        if (c.numbers > 0 && c.textValues > 0 && c.numbers >= c.textValues * 4)
            out.append({Severity::Warning,
                QStringLiteral("%1 mixes types: %2 numbers and %3 such as \"%4\".")
                    .arg(label)
                    .arg(c.numbers)
                    .arg(count(c.textValues, "text value", "text values"),
                        c.textExamples.join(QStringLiteral("\", \"")))});
        if (c.outliers > 0)
            out.append({Severity::Info,
                QStringLiteral("%1 has about %2 far from the rest (beyond 3 IQR of the quartiles), such as %3.")
                    .arg(label, count(c.outliers, "value", "values"), c.outlierExamples.join(QStringLiteral(", ")))});
    }
    if (table.unterminatedQuoteLine > 0)
        out.append({Severity::Error,
            QStringLiteral("A quote opened on line %1 is never closed: the rest of the file is read as one field.")
                .arg(table.unterminatedQuoteLine)});
    return out;
}

namespace {

// The whole file's SHA-256 in hex, read on its own (it runs beside the profile, on another core).
Result<QString> fileSha256(const QString &filePath, const std::atomic_bool *cancel)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            QStringLiteral("%1 cannot be read: %2").arg(filePath, file.errorString()), ErrorCode::Io);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return Result<QString>::failure(QStringLiteral("SHA-256 is not available."), ErrorCode::Generic);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (true) {
        if (cancel && cancel->load())
            return Result<QString>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        const qint64 got = file.read(chunk.data(), chunk.size());
        if (got < 0)
            return Result<QString>::failure(
                QStringLiteral("%1 could not be read to the end: %2").arg(filePath, file.errorString()), ErrorCode::Io);
        if (got == 0)
            break;
        EVP_DigestUpdate(context.get(), chunk.constData(), size_t(got));
    }
    QByteArray digest(32, '\0');
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), reinterpret_cast<unsigned char *>(digest.data()), &length);
    return QString::fromLatin1(digest.toHex());
}

Result<FileInspection> inspectFile(const QString &filePath, const QString &relative, qint64 &done, qint64 total,
    const InspectionProgress &progress, const std::atomic_bool *cancel)
{
    FileInspection out;
    out.path = relative;
    out.name = QFileInfo(filePath).fileName();
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<FileInspection>::failure(
            QStringLiteral("%1 cannot be read: %2").arg(filePath, file.errorString()), ErrorCode::Io);
    out.size = file.size();
    // The whole file's hash, for the metadata (a Data Package's "hash", Croissant's "sha256").
    std::atomic_bool stopHashing = false;
    QFuture<Result<QString>> hashed = QtConcurrent::run(fileSha256, filePath, &stopHashing);
    auto waitForHash = qScopeGuard([&] {
        stopHashing = true;
        hashed.waitForFinished();
    });
    const QByteArray head = file.read(64 * 1024);
    QByteArray tail;
    if (out.size > 8) {
        file.seek(std::max<qint64>(0, out.size - 8));
        tail = file.read(8);
    }
    out.format = sniffFormat(head, tail, out.name);
    if (out.format.kind == FormatKind::Empty)
        out.findings.append({Severity::Warning, QStringLiteral("The file is empty.")});
    if (out.format.description.contains(QLatin1String("cut short")))
        out.findings.append({Severity::Error,
            QStringLiteral("The %1 file is cut short: its footer is missing.").arg(out.format.format)});
    if (out.format.format == QLatin1String("zip") && out.size > 0) {
        const ZipCheck zip = checkZipArchive(file);
        if (!zip.opens)
            out.findings.append(
                {Severity::Error, QStringLiteral("The ZIP archive does not open: %1.").arg(zip.problem)});
    }
    if (out.format.format == QLatin1String("parquet") && !out.format.description.contains(QLatin1String("cut short"))) {
        auto footer = readParquetFooter(file);
        if (!footer) {
            out.findings.append({Severity::Error,
                QStringLiteral("The Parquet file's footer does not read: %1.").arg(footer.message())});
        } else {
            QStringList columns;
            for (const ParquetColumn &c : footer.value().columns.mid(0, 12))
                columns.append(QStringLiteral("%1: %2").arg(c.name, c.type));
            if (footer.value().columns.size() > 12)
                columns.append(QStringLiteral("…"));
            out.findings.append({Severity::Info,
                QStringLiteral("Parquet: %1 (%2).").arg(parquetSummary(footer.value()), columns.join(u", "))});
        }
    }
    if ((out.format.format == QLatin1String("gz") || out.format.format == QLatin1String("tar")) && out.size > 0) {
        file.seek(0);
        const bool gzip = out.format.format == QLatin1String("gz");
        const StreamArchiveCheck archive = gzip ? checkGzip(file, cancel) : checkTar(file, cancel);
        if (cancel && cancel->load())
            return Result<FileInspection>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        if (!archive.opens)
            out.findings.append({Severity::Error,
                QStringLiteral("The %1 does not open: %2.")
                    .arg(gzip ? QStringLiteral("gzip file") : QStringLiteral("tar archive"), archive.problem)});
    }
    if ((out.format.format == QLatin1String("png") || out.format.format == QLatin1String("jpg")) && out.size > 0) {
        file.seek(0);
        const bool png = out.format.format == QLatin1String("png");
        const ImageCheck image = png ? checkPng(file) : checkJpeg(file);
        if (!image.decodes)
            out.findings.append({Severity::Error,
                QStringLiteral("The %1 image does not decode: %2.").arg(png ? u"PNG" : u"JPEG", image.problem)});
    }
    if (out.format.kind == FormatKind::Table) {
        file.seek(0);
        const TableDialect dialect = detectDialect(head);
        const qint64 start = done;
        auto table = profileTable(
            file, dialect,
            [&](qint64 read) {
                done = start + read;
                if (progress)
                    progress(done, total, relative);
            },
            cancel);
        if (!table)
            return table.error();
        if (file.error() != QFileDevice::NoError)
            return Result<FileInspection>::failure(
                QStringLiteral("%1 could not be read to the end: %2").arg(filePath, file.errorString()), ErrorCode::Io);
        out.findings.append(tableFindings(table.value()));
        out.table = std::move(table).value();
    }
    if (cancel && cancel->load())
        return Result<FileInspection>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
    hashed.waitForFinished();
    auto sha256 = hashed.result();
    if (!sha256)
        return sha256.error();
    out.sha256 = sha256.value();
    return out;
}

} // namespace

QList<Finding> schemaDrift(const QList<FileInspection> &files)
{
    QList<Finding> out;
    QList<const FileInspection *> references; // the first file of each table, in path order
    auto label = [](const FileInspection &f) { return f.path.isEmpty() ? f.name : f.path; };
    for (const FileInspection &file : files) {
        if (!file.table || file.table->columns.isEmpty())
            continue;
        QHash<QString, QString> types; // column name -> type, of this file
        for (const ColumnProfile &c : file.table->columns)
            types.insert(c.name, c.type);
        const FileInspection *reference = nullptr;
        for (const FileInspection *r : references) {
            if (r->format.format != file.format.format)
                continue;
            qsizetype shared = 0;
            for (const ColumnProfile &c : r->table->columns)
                shared += types.contains(c.name) ? 1 : 0;
            if (shared * 2 >= std::max(r->table->columns.size(), file.table->columns.size())) {
                reference = r;
                break;
            }
        }
        if (!reference) {
            references.append(&file);
            continue;
        }
        QStringList differences;
        QSet<QString> inReference;
        for (const ColumnProfile &c : reference->table->columns) {
            inReference.insert(c.name);
            if (!types.contains(c.name))
                differences.append(QStringLiteral("no column \u201c%1\u201d").arg(c.name));
            else if (types.value(c.name) != c.type)
                differences.append(
                    QStringLiteral("\u201c%1\u201d is %2 there, %3 here").arg(c.name, c.type, types.value(c.name)));
        }
        for (const ColumnProfile &c : file.table->columns)
            if (!inReference.contains(c.name))
                differences.append(QStringLiteral("an extra column \u201c%1\u201d").arg(c.name));
        if (differences.size() > 20) { // a finding a person reads: the first ones and a count
            const qsizetype more = differences.size() - 20;
            differences = differences.mid(0, 20);
            differences.append(QStringLiteral("%1 more").arg(more));
        }
        if (!differences.isEmpty())
            out.append({Severity::Warning,
                QStringLiteral("Schema drift: %1 has another schema than %2, the same table's first file: %3.")
                    .arg(label(file), label(*reference), differences.join(QStringLiteral("; ")))});
    }
    return out;
}

Result<Inspection> inspectPath(const QString &path, const InspectionProgress &progress, const std::atomic_bool *cancel)
{
    const QFileInfo info(path);
    Inspection out;
    out.root = info.absoluteFilePath();
    QList<std::pair<QString, QString>> files; // absolute, relative
    if (!info.exists())
        return Result<Inspection>::failure(QStringLiteral("%1 does not exist.").arg(path), ErrorCode::InvalidInput);
    if (info.isSymLink())
        return Result<Inspection>::failure(
            QStringLiteral("%1 is a symbolic link; drop the file or folder it points to.").arg(path),
            ErrorCode::InvalidInput);
    if (info.isDir()) {
        QDirIterator it(info.absoluteFilePath(),
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        const QDir base(info.absoluteFilePath());
        while (it.hasNext()) {
            const QString next = it.next();
            const QFileInfo entry(next);
            if (entry.isSymLink())
                return Result<Inspection>::failure(QStringLiteral("%1 is a symbolic link, which a dataset cannot hold.")
                                                       .arg(base.relativeFilePath(next)),
                    ErrorCode::InvalidInput);
            if (entry.isFile())
                files.append({next, base.relativeFilePath(next)});
        }
        std::sort(files.begin(), files.end());
        if (files.isEmpty())
            out.findings.append({Severity::Error, QStringLiteral("The folder holds no files.")});
    } else {
        files.append({info.absoluteFilePath(), info.fileName()});
    }
    for (const auto &[absolute, relative] : files)
        out.totalBytes += QFileInfo(absolute).size();
    qint64 done = 0;
    for (const auto &[absolute, relative] : files) {
        if (cancel && cancel->load())
            return Result<Inspection>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        const qint64 before = done;
        auto file = inspectFile(absolute, relative, done, out.totalBytes, progress, cancel);
        if (!file)
            return file.error();
        done = before + file.value().size;
        if (progress)
            progress(done, out.totalBytes, relative);
        out.files.append(std::move(file).value());
    }
    if (!files.isEmpty() && out.totalBytes == 0)
        out.findings.append({Severity::Error, QStringLiteral("Every file is empty: there is no data to publish.")});
    out.findings.append(schemaDrift(out.files));
    return out;
}

} // namespace dd::quality
