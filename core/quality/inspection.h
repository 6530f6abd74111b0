#pragma once

// Inspection of what a contributor drops on the window, before anything is published: every
// file's format by content, a profile of each table, and a quality report in words, sorted by
// how much each finding matters. Reads each file once, streaming; can be cancelled.

#include "common/result.h"
#include "quality/formatsniffer.h"
#include "quality/tableprofile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace dd::quality {

enum class Severity { Error, Warning, Info };

struct Finding {
    Severity severity = Severity::Info;
    QString message;
};

struct FileInspection {
    QString path; // relative to what was dropped ("" for a single file: its name is in name)
    QString name;
    qint64 size = 0;
    SniffedFormat format;
    QString sha256; // hex, of the whole file
    std::optional<TableProfile> table;
    QList<Finding> findings;
};

struct Inspection {
    QString root;
    QList<FileInspection> files;
    qint64 totalBytes = 0;
    QList<Finding> findings; // about the whole (an empty folder, no tables)
    bool hasErrors() const;
};

// What a table's profile says about its quality.
QList<Finding> tableFindings(const TableProfile &table);

// Schema drift between the tables of one dataset: files of one format whose columns mostly agree
// (at least half of them) are parts of one table, so a column missing, added or typed otherwise
// than in the first such file is reported. Tables with little in common are different tables.
QList<Finding> schemaDrift(const QList<FileInspection> &files);

using InspectionProgress = std::function<void(qint64 bytesDone, qint64 bytesTotal, const QString &file)>;
Result<Inspection> inspectPath(
    const QString &path, const InspectionProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

QString severityName(Severity severity);

// Findings as [{severity, message}].
QJsonArray findingsToJson(const QList<Finding> &findings);
// One column's profile as JSON: what inspectionToJson and the quality report show of it.
QJsonObject columnToJson(const ColumnProfile &column);
// The inspection as JSON, for scripts (datadao-cli dataset inspect --json) and the window.
QJsonObject inspectionToJson(const Inspection &inspection);

} // namespace dd::quality
