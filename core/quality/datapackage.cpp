#include "quality/datapackage.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace dd::quality {

const QList<License> &commonLicenses()
{
    static const QList<License> list {
        {QStringLiteral("CC0-1.0"), QStringLiteral("Creative Commons Zero v1.0 Universal")},
        {QStringLiteral("CC-BY-4.0"), QStringLiteral("Creative Commons Attribution 4.0 International")},
        {QStringLiteral("CC-BY-SA-4.0"), QStringLiteral("Creative Commons Attribution Share Alike 4.0 International")},
        {QStringLiteral("CC-BY-NC-4.0"),
            QStringLiteral("Creative Commons Attribution Non Commercial 4.0 International")},
        {QStringLiteral("ODbL-1.0"), QStringLiteral("Open Data Commons Open Database License v1.0")},
        {QStringLiteral("ODC-By-1.0"), QStringLiteral("Open Data Commons Attribution License v1.0")},
        {QStringLiteral("PDDL-1.0"), QStringLiteral("Open Data Commons Public Domain Dedication & License 1.0")},
        {QStringLiteral("CDLA-Permissive-2.0"), QStringLiteral("Community Data License Agreement Permissive 2.0")},
        {QStringLiteral("CDLA-Sharing-1.0"), QStringLiteral("Community Data License Agreement Sharing 1.0")},
        {QStringLiteral("MIT"), QStringLiteral("MIT License")},
        {QStringLiteral("Apache-2.0"), QStringLiteral("Apache License 2.0")},
        {QStringLiteral("OpenRAIL-M"), QStringLiteral("Open RAIL-M License")},
    };
    return list;
}

std::optional<License> licenseById(const QString &spdxId)
{
    for (const License &license : commonLicenses())
        if (license.id.compare(spdxId, Qt::CaseInsensitive) == 0)
            return license;
    return std::nullopt;
}

QString packageName(const QString &title)
{
    QString name = title.normalized(QString::NormalizationForm_KD).toLower();
    name.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]"))); // accents, after decomposition
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._]+")), QStringLiteral("-"));
    name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return name.isEmpty() ? QStringLiteral("dataset") : name.left(100);
}

Status validateDescription(const DatasetDescription &d)
{
    if (d.title.trimmed().isEmpty())
        return Status::failure(QStringLiteral("Give the dataset a title."), ErrorCode::InvalidInput);
    if (d.title.size() > 200)
        return Status::failure(QStringLiteral("The title is longer than 200 characters."), ErrorCode::InvalidInput);
    if (!licenseById(d.licenseId))
        return Status::failure(
            QStringLiteral("Choose a license (\"%1\" is not one this app knows by its SPDX id).").arg(d.licenseId),
            ErrorCode::InvalidInput);
    return success();
}

namespace {

QString resourceName(const QString &path)
{
    QString name = path.toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    return name;
}

QJsonArray licensesJson(const QString &id)
{
    const auto license = licenseById(id);
    if (!license)
        return {};
    return {QJsonObject {{QStringLiteral("name"), license->id}, {QStringLiteral("path"), license->path()},
        {QStringLiteral("title"), license->title}}};
}

QString createdText(const DatasetDescription &d)
{
    return (d.created.isValid() ? d.created : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate);
}

QString croissantType(const QString &frictionlessType)
{
    static const QHash<QString, QString> types {{QStringLiteral("integer"), QStringLiteral("sc:Integer")},
        {QStringLiteral("number"), QStringLiteral("sc:Float")},
        {QStringLiteral("boolean"), QStringLiteral("sc:Boolean")}, {QStringLiteral("date"), QStringLiteral("sc:Date")},
        {QStringLiteral("datetime"), QStringLiteral("sc:DateTime")}};
    return types.value(frictionlessType, QStringLiteral("sc:Text"));
}

} // namespace

QJsonObject dataPackage(const DatasetDescription &d, const Inspection &inspection, const QString &contentCid)
{
    QJsonArray resources;
    for (const FileInspection &file : inspection.files) {
        QJsonObject resource {{QStringLiteral("name"), resourceName(file.path)}, {QStringLiteral("path"), file.path},
            {QStringLiteral("format"), file.format.format}, {QStringLiteral("mediatype"), file.format.mediaType},
            {QStringLiteral("bytes"), file.size}};
        if (!file.sha256.isEmpty())
            resource.insert(QStringLiteral("hash"), QStringLiteral("sha256:") + file.sha256);
        if (file.format.utf8)
            resource.insert(QStringLiteral("encoding"), QStringLiteral("utf-8"));
        if (file.table) {
            resource.insert(QStringLiteral("type"), QStringLiteral("table"));
            QJsonObject dialect {{QStringLiteral("header"), file.table->dialect.header}};
            if (file.table->dialect.delimiter != ',')
                dialect.insert(QStringLiteral("delimiter"), QString(QLatin1Char(file.table->dialect.delimiter)));
            resource.insert(QStringLiteral("dialect"), dialect);
            QJsonArray fields;
            for (const ColumnProfile &c : file.table->columns)
                fields.append(QJsonObject {{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type}});
            // frictionless-py's resource stats: what a curator's report compares the rows with.
            resource.insert(QStringLiteral("stats"),
                QJsonObject {{QStringLiteral("rows"), qint64(file.table->rows)},
                    {QStringLiteral("fields"), qint64(file.table->columns.size())}});
            resource.insert(QStringLiteral("schema"),
                QJsonObject {
                    {QStringLiteral("fields"), fields}, {QStringLiteral("missingValues"), QJsonArray {QString()}}});
        }
        resources.append(resource);
    }
    QJsonObject package {
        {QStringLiteral("$schema"), QStringLiteral("https://datapackage.org/profiles/2.0/datapackage.json")},
        {QStringLiteral("name"), packageName(d.title)}, {QStringLiteral("title"), d.title.trimmed()},
        {QStringLiteral("version"), d.version}, {QStringLiteral("created"), createdText(d)},
        {QStringLiteral("licenses"), licensesJson(d.licenseId)}, {QStringLiteral("resources"), resources}};
    if (!contentCid.isEmpty())
        package.insert(QStringLiteral("id"), QStringLiteral("ipfs://") + contentCid);
    // Data Package allows properties of one's own: this one says which registered dataset this
    // corrects, so a catalog links the two (and the registry keeps both: the old one's reviews stay).
    if (d.replaces > 0)
        package.insert(QStringLiteral("replaces"), QJsonObject {{QStringLiteral("dataset"), qint64(d.replaces)}});
    if (!d.description.trimmed().isEmpty())
        package.insert(QStringLiteral("description"), d.description.trimmed());
    if (!d.keywords.isEmpty())
        package.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(d.keywords));
    QJsonArray contributors;
    for (const Contributor &c : d.contributors) {
        QJsonObject object {{QStringLiteral("title"), c.title}};
        if (!c.path.isEmpty())
            object.insert(QStringLiteral("path"), c.path);
        if (!c.roles.isEmpty())
            object.insert(QStringLiteral("roles"), QJsonArray::fromStringList(c.roles));
        contributors.append(object);
    }
    if (!contributors.isEmpty())
        package.insert(QStringLiteral("contributors"), contributors);
    QJsonArray sources;
    for (const Source &s : d.sources)
        sources.append(QJsonObject {{QStringLiteral("title"), s.title}, {QStringLiteral("path"), s.path}});
    if (!sources.isEmpty())
        package.insert(QStringLiteral("sources"), sources);
    return package;
}

QJsonObject croissant(const DatasetDescription &d, const Inspection &inspection, const QString &contentCid)
{
    // The context of Croissant 1.0's published examples (mlcommons/croissant datasets/1.0).
    const QJsonObject context {{QStringLiteral("@language"), QStringLiteral("en")},
        {QStringLiteral("@vocab"), QStringLiteral("https://schema.org/")},
        {QStringLiteral("citeAs"), QStringLiteral("cr:citeAs")},
        {QStringLiteral("column"), QStringLiteral("cr:column")},
        {QStringLiteral("conformsTo"), QStringLiteral("dct:conformsTo")},
        {QStringLiteral("cr"), QStringLiteral("http://mlcommons.org/croissant/")},
        {QStringLiteral("data"),
            QJsonObject {{QStringLiteral("@id"), QStringLiteral("cr:data")},
                {QStringLiteral("@type"), QStringLiteral("@json")}}},
        {QStringLiteral("dataType"),
            QJsonObject {{QStringLiteral("@id"), QStringLiteral("cr:dataType")},
                {QStringLiteral("@type"), QStringLiteral("@vocab")}}},
        {QStringLiteral("dct"), QStringLiteral("http://purl.org/dc/terms/")},
        {QStringLiteral("extract"), QStringLiteral("cr:extract")},
        {QStringLiteral("field"), QStringLiteral("cr:field")},
        {QStringLiteral("fileObject"), QStringLiteral("cr:fileObject")},
        {QStringLiteral("format"), QStringLiteral("cr:format")},
        {QStringLiteral("recordSet"), QStringLiteral("cr:recordSet")},
        {QStringLiteral("sc"), QStringLiteral("https://schema.org/")},
        {QStringLiteral("source"), QStringLiteral("cr:source")}};
    const QString base = contentCid.isEmpty() ? QString() : QStringLiteral("ipfs://%1/").arg(contentCid);
    QJsonArray distribution;
    QJsonArray recordSets;
    for (const FileInspection &file : inspection.files) {
        // A single dropped file is the content itself: its URL is the CID alone.
        const QString url = base.isEmpty() ? file.path
            : inspection.files.size() == 1 && file.path == file.name && !QFileInfo(inspection.root).isDir()
            ? base.chopped(1)
            : base + file.path;
        QJsonObject object {{QStringLiteral("@type"), QStringLiteral("cr:FileObject")},
            {QStringLiteral("@id"), file.path}, {QStringLiteral("name"), file.path},
            {QStringLiteral("contentSize"), QStringLiteral("%1 B").arg(file.size)}, {QStringLiteral("contentUrl"), url},
            {QStringLiteral("encodingFormat"), file.format.mediaType}};
        if (!file.sha256.isEmpty())
            object.insert(QStringLiteral("sha256"), file.sha256);
        distribution.append(object);
        if (!file.table)
            continue;
        const QString setId = resourceName(file.path);
        QJsonArray fields;
        for (const ColumnProfile &c : file.table->columns)
            fields.append(QJsonObject {{QStringLiteral("@type"), QStringLiteral("cr:Field")},
                {QStringLiteral("@id"), setId + QLatin1Char('/') + c.name}, {QStringLiteral("name"), c.name},
                {QStringLiteral("dataType"), croissantType(c.type)},
                {QStringLiteral("source"),
                    QJsonObject {{QStringLiteral("fileObject"), QJsonObject {{QStringLiteral("@id"), file.path}}},
                        {QStringLiteral("extract"), QJsonObject {{QStringLiteral("column"), c.name}}}}}});
        recordSets.append(QJsonObject {{QStringLiteral("@type"), QStringLiteral("cr:RecordSet")},
            {QStringLiteral("@id"), setId}, {QStringLiteral("name"), setId}, {QStringLiteral("field"), fields}});
    }
    const auto license = licenseById(d.licenseId);
    QJsonObject out {{QStringLiteral("@context"), context}, {QStringLiteral("@type"), QStringLiteral("sc:Dataset")},
        {QStringLiteral("conformsTo"), QStringLiteral("http://mlcommons.org/croissant/1.0")},
        {QStringLiteral("name"), d.title.trimmed()}, {QStringLiteral("description"), d.description.trimmed()},
        {QStringLiteral("license"), license ? license->path() : d.licenseId},
        {QStringLiteral("url"), base.isEmpty() ? QString() : base.chopped(1)}, {QStringLiteral("version"), d.version},
        {QStringLiteral("datePublished"), createdText(d)}, {QStringLiteral("distribution"), distribution},
        {QStringLiteral("recordSet"), recordSets}};
    if (!d.keywords.isEmpty())
        out.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(d.keywords));
    QJsonArray creators;
    for (const Contributor &c : d.contributors)
        creators.append(
            QJsonObject {{QStringLiteral("@type"), QStringLiteral("sc:Person")}, {QStringLiteral("name"), c.title}});
    if (!creators.isEmpty())
        out.insert(QStringLiteral("creator"), creators);
    return out;
}

Result<PackageSummary> readDataPackage(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Result<PackageSummary>::failure(
            QStringLiteral("The metadata file is not JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset),
            ErrorCode::InvalidInput);
    const QJsonObject o = doc.object();
    const QJsonArray resources = o.value(u"resources").toArray();
    if (resources.isEmpty())
        return Result<PackageSummary>::failure(
            QStringLiteral("The metadata file is not a Data Package: it lists no resources."), ErrorCode::InvalidInput);
    PackageSummary s;
    s.name = o.value(u"name").toString().left(200);
    // A positive whole number, or nothing: a metadata file's claim, checked against the
    // registry's contributors before it is shown.
    const double replaces = o.value(u"replaces").toObject().value(u"dataset").toDouble();
    if (replaces >= 1 && replaces <= 4294967295.0 && replaces == std::floor(replaces))
        s.replaces = quint64(replaces);
    s.title = o.value(u"title").toString().left(300);
    s.description = o.value(u"description").toString().left(100000);
    for (const QJsonValue &license : o.value(u"licenses").toArray())
        s.licenses.append(license.toObject().value(u"name").toString().left(100));
    for (const QJsonValue &keyword : o.value(u"keywords").toArray())
        s.keywords.append(keyword.toString().left(100));
    for (const QJsonValue &resource : resources) {
        const QJsonObject r = resource.toObject();
        s.resources.append(r);
        const QString format = r.value(u"format").toString();
        if (!format.isEmpty() && !s.formats.contains(format))
            s.formats.append(format);
    }
    return s;
}

QString suggestedTitle(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    name.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return name.isEmpty() ? name : name.left(1).toUpper() + name.mid(1);
}

} // namespace dd::quality
