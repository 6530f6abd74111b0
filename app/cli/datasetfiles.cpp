// datadao-cli dataset inspect and dataset metadata: what the app sees in a file or folder and the
// metadata a publish would write for it, without a DAO, a chain or a network.

#include "cli/datasetfiles.h"

#include "cli/commandline.h"
#include "cli/commands.h"

#include "quality/datapackage.h"
#include "quality/inspection.h"

#include <QJsonDocument>

namespace dd::cli {

namespace {

// What --title, --description, --license and --keywords (comma-separated) say.
quality::DatasetDescription descriptionFrom(const CommandLine &cl)
{
    quality::DatasetDescription description;
    description.title = cl.value(QStringLiteral("title"));
    description.description = cl.value(QStringLiteral("description"));
    description.licenseId = cl.value(QStringLiteral("license"));
    for (const QString &keyword : cl.value(QStringLiteral("keywords")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!keyword.trimmed().isEmpty())
            description.keywords.append(keyword.trimmed());
    return description;
}

} // namespace

int runDatasetInspect(const CommandLine &cl)
{
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file or folder"));
    auto inspection = quality::inspectPath(cl.positional().first());
    if (!inspection)
        return fail(inspection.message());
    const quality::Inspection &in = inspection.value();
    if (cl.has(QStringLiteral("json"))) {
        print(
            QString::fromUtf8(QJsonDocument(quality::inspectionToJson(in)).toJson(QJsonDocument::Indented)).trimmed());
        return in.hasErrors() ? 1 : 0;
    }
    print(QStringLiteral("%1: %2 files, %3 bytes").arg(in.root).arg(in.files.size()).arg(in.totalBytes));
    for (const quality::Finding &f : in.findings)
        print(QStringLiteral("  %1: %2").arg(quality::severityName(f.severity), f.message));
    for (const quality::FileInspection &file : in.files) {
        print(QStringLiteral("\n%1  %2 bytes  %3 (%4)")
                  .arg(file.path)
                  .arg(file.size)
                  .arg(file.format.description, file.format.mediaType));
        if (file.table) {
            const quality::TableProfile &t = *file.table;
            print(QStringLiteral("  %1 rows, delimiter %2, %3")
                      .arg(t.rows)
                      .arg(t.dialect.delimiter == '\t' ? QStringLiteral("tab")
                                                       : QStringLiteral("'%1'").arg(QLatin1Char(t.dialect.delimiter)))
                      .arg(t.dialect.header ? QStringLiteral("with a header") : QStringLiteral("no header")));
            for (const quality::ColumnProfile &c : t.columns)
                print(QStringLiteral("  %1 %2 nulls %3  distinct %4%5  min %6  max %7")
                          .arg(c.name.leftJustified(20), c.type.leftJustified(8))
                          .arg(c.nulls)
                          .arg(c.distinctIsLowerBound ? QStringLiteral("≥") : QString())
                          .arg(c.distinct)
                          .arg(c.min.left(24), c.max.left(24)));
        }
        for (const quality::Finding &f : file.findings)
            print(QStringLiteral("  %1: %2").arg(quality::severityName(f.severity), f.message));
    }
    return in.hasErrors() ? 1 : 0;
}

// The Data Package (or Croissant) a publish would write for a file or folder.
int runDatasetMetadata(const CommandLine &cl)
{
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file or folder"));
    const quality::DatasetDescription description = descriptionFrom(cl);
    if (auto valid = quality::validateDescription(description); !valid)
        return fail(valid.message());
    auto inspection = quality::inspectPath(cl.positional().first());
    if (!inspection)
        return fail(inspection.message());
    const QString cid = cl.value(QStringLiteral("cid"));
    const QJsonObject json = cl.has(QStringLiteral("croissant"))
        ? quality::croissant(description, inspection.value(), cid)
        : quality::dataPackage(description, inspection.value(), cid);
    print(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

} // namespace dd::cli
