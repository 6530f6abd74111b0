#pragma once

// The metadata a contributor publishes with a dataset, written as a Frictionless Data Package
// (datapackage.org, v2: datapackage.json with resources, Table Schema and Table Dialect for
// tables, licenses by SPDX id, contributors, sources, keywords) and exportable as MLCommons
// Croissant 1.0 JSON-LD (schema.org Dataset with cr:FileObject and cr:RecordSet). Both are built
// from the inspection, so every field type and hash is what the data actually holds.

#include "common/result.h"
#include "quality/inspection.h"

#include <QDateTime>
#include <QJsonObject>

namespace dd::quality {

struct License {
    QString id; // SPDX
    QString title;
    QString path() const { return QStringLiteral("https://spdx.org/licenses/%1.html").arg(id); }
};

// The licenses a data contributor usually chooses from, open data first.
const QList<License> &commonLicenses();
std::optional<License> licenseById(const QString &spdxId);

struct Contributor {
    QString title;
    QString path; // a URL, or an address as "ethereum:0x…"
    QStringList roles; // DataCite/CRediT roles: creator, contact, rightsHolder, dataCurator
};

struct Source {
    QString title;
    QString path;
};

struct DatasetDescription {
    QString title;
    QString description; // CommonMark
    QString licenseId; // SPDX
    QStringList keywords;
    QList<Contributor> contributors;
    QList<Source> sources;
    QString version = QStringLiteral("1.0.0");
    QDateTime created;
    // A corrected version names the registered dataset it replaces (its id in the DAO's
    // registry; 0: none), as the property "replaces" of datapackage.json.
    quint64 replaces = 0;
};

// "Weather stations 2024!" -> "weather-stations-2024": a Data Package name.
QString packageName(const QString &title);

// Checks what a contributor typed before anything is built: a title, a known license.
Status validateDescription(const DatasetDescription &description);
// A title to start from, from a dropped file or folder's name: "weather_stations.csv" gives
// "Weather stations".
QString suggestedTitle(const QString &path);

// datapackage.json for the inspected files; contentCid (optional) becomes its id, "ipfs://<cid>".
QJsonObject dataPackage(
    const DatasetDescription &description, const Inspection &inspection, const QString &contentCid = {});

// The same as Croissant JSON-LD; file URLs are ipfs://<contentCid>/<path> when the CID is known.
QJsonObject croissant(
    const DatasetDescription &description, const Inspection &inspection, const QString &contentCid = {});

// What a catalog shows of a published datapackage.json; errors in words for what is not one.
struct PackageSummary {
    QString name;
    QString title;
    QString description;
    QStringList licenses;
    QStringList keywords;
    QStringList formats;
    QList<QJsonObject> resources;
    quint64 replaces = 0; // the registered dataset this one corrects (0: none)
};
Result<PackageSummary> readDataPackage(const QByteArray &json);

} // namespace dd::quality
