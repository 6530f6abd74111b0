#include "contribute/inspectionview.h"

#include "contribute/contributecontroller.h"

namespace dd::app {

static_assert(int(ContributeController::Severity::Error) == int(quality::Severity::Error)
    && int(ContributeController::Severity::Warning) == int(quality::Severity::Warning)
    && int(ContributeController::Severity::Info) == int(quality::Severity::Info));

namespace {

// The findings as the JSON lists them, each with its severity as the view's enum ("level").
QVariantList levelled(QVariantList findings, const QList<quality::Finding> &from)
{
    for (qsizetype i = 0; i < findings.size() && i < from.size(); ++i) {
        QVariantMap finding = findings[i].toMap();
        finding.insert(QStringLiteral("level"), int(from[i].severity));
        findings[i] = finding;
    }
    return findings;
}

} // namespace

QVariantMap inspectionForView(const quality::Inspection &inspection)
{
    QVariantMap report = quality::inspectionToJson(inspection).toVariantMap();
    report.insert(
        QStringLiteral("findings"), levelled(report.value(QStringLiteral("findings")).toList(), inspection.findings));
    QVariantList files = report.value(QStringLiteral("files")).toList();
    for (qsizetype i = 0; i < files.size() && i < inspection.files.size(); ++i) {
        QVariantMap file = files[i].toMap();
        file.insert(QStringLiteral("findings"),
            levelled(file.value(QStringLiteral("findings")).toList(), inspection.files[i].findings));
        files[i] = file;
    }
    report.insert(QStringLiteral("files"), files);
    report.insert(QStringLiteral("hasErrors"), inspection.hasErrors());
    return report;
}

} // namespace dd::app
