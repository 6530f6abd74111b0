// datadao-cli dataset: what the app does with a dropped file or folder, from a terminal.
// inspect: each file's format by content, each table's profile, and the quality report.

#include "cli/commandline.h"
#include "cli/commands.h"

#include "quality/datapackage.h"
#include "quality/inspection.h"

#include <QJsonDocument>

namespace dd::cli {

namespace {

int runInspect(const CommandLine &cl)
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
int runMetadata(const CommandLine &cl)
{
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("give one file or folder"));
    quality::DatasetDescription description;
    description.title = cl.value(QStringLiteral("title"));
    description.description = cl.value(QStringLiteral("description"));
    description.licenseId = cl.value(QStringLiteral("license"));
    description.keywords = cl.value(QStringLiteral("keywords")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &keyword : description.keywords)
        keyword = keyword.trimmed();
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

} // namespace

int runDataset(const QStringList &args)
{
    const QString sub = args.value(0);
    CommandLine cl(args.mid(1),
        {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("license"), QStringLiteral("keywords"),
            QStringLiteral("cid")},
        {QStringLiteral("json"), QStringLiteral("croissant")});
    if (sub.isEmpty() || sub.startsWith(u'-') || cl.wantsHelp()) {
        print(QStringLiteral("Datasets\n\n"
                             "Usage: datadao-cli dataset inspect <FILE|FOLDER> [--json]\n"
                             "         Each file's format (by content), each table's profile (columns, types,\n"
                             "         nulls, distinct values, min and max, duplicate and ragged rows) and the\n"
                             "         quality report. Exits 1 when the report holds an error.\n"
                             "       datadao-cli dataset metadata <FILE|FOLDER> --title <T> --license <SPDX>\n"
                             "                 [--description <MD>] [--keywords <a,b>] [--cid <CID>] [--croissant]\n"
                             "         The datapackage.json (Frictionless Data Package v2) a publish writes, or\n"
                             "         its MLCommons Croissant 1.0 JSON-LD with --croissant."));
        return sub.isEmpty() ? 2 : 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (sub == QLatin1String("inspect"))
        return runInspect(cl);
    if (sub == QLatin1String("metadata"))
        return runMetadata(cl);
    return fail(QStringLiteral("unrecognized subcommand 'dataset %1'").arg(sub));
}

} // namespace dd::cli
