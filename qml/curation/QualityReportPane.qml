import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// The curator's own report on the selected dataset: measured here from its files downloaded
// again (never the contributor's report). Each claim of the metadata that does not hold, the
// registered datasets it duplicates, what the inspection found, and per table its rows,
// duplicated rows and each column's empty and distinct shares with the spread of its values.
Rectangle {
    id: pane
    readonly property var report: CurationController.report
    readonly property int state: CurationController.reportState

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding }
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: qsTr("Quality report")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "measureDataset"
                visible: pane.state !== CurationController.Measuring
                text: pane.state === CurationController.Measured ? qsTr("Measure again") : qsTr("Measure the dataset")
                highlighted: pane.state !== CurationController.Measured
                onClicked: CurationController.measure()
            }
            Button {
                objectName: "cancelMeasure"
                visible: pane.state === CurationController.Measuring
                text: qsTr("Cancel")
                onClicked: CurationController.cancelReport()
            }
        }
        Label {
            Layout.fillWidth: true
            visible: pane.state === CurationController.NoReport
            text: qsTr("The app downloads the dataset again, checks every block against its CID, and measures the files itself: sizes, hashes, formats, schema, rows, empty values, personal data and duplicates of registered datasets. The report goes on chain with your review, so anyone can run it again.")
            wrapMode: Text.Wrap
            color: Theme.subtleText
        }
        ProgressBar {
            objectName: "measureProgress"
            Layout.fillWidth: true
            visible: pane.state === CurationController.Measuring
            value: CurationController.reportProgress
        }
        Label {
            objectName: "measureStep"
            Layout.fillWidth: true
            visible: pane.state === CurationController.Measuring || pane.state === CurationController.Measured
            text: CurationController.reportStep
            wrapMode: Text.Wrap
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
        }
        Notice {
            objectName: "measureError"
            text: pane.state === CurationController.ReportFailed ? CurationController.reportStep : ""
        }

        // The verdict's facts first.
        Label {
            objectName: "reportSummary"
            Layout.fillWidth: true
            visible: pane.state === CurationController.Measured
            text: pane.report.clean ? qsTr("Every claim holds: files, sizes, hashes, formats, schema, rows and licence; no duplicate of a registered dataset.")
                : qsTr("%n claim(s) of the metadata do not hold", "", (pane.report.differences || []).length)
                  + ((pane.report.duplicates || []).length > 0 ? qsTr("; duplicates %n registered dataset(s)", "", pane.report.duplicates.length) : "") + "."
            wrapMode: Text.Wrap
            font.bold: true
            color: pane.report.clean ? Theme.success : Theme.danger
        }
        Repeater {
            model: pane.state === CurationController.Measured ? pane.report.differences || [] : []
            Label {
                required property var modelData
                Layout.fillWidth: true
                text: "• " + modelData.words
                wrapMode: Text.Wrap
                color: modelData.error ? Theme.danger : Theme.text
            }
        }
        Repeater {
            model: pane.state === CurationController.Measured ? pane.report.duplicates || [] : []
            Label {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.how === "most rows"
                      ? qsTr("• %1% of its rows are in #%2 “%3”").arg(Math.round(modelData.share * 100)).arg(modelData.id).arg(modelData.title)
                      : qsTr("• The %1 as #%2 “%3”").arg(modelData.how).arg(modelData.id).arg(modelData.title)
                wrapMode: Text.Wrap
                color: Theme.danger
            }
        }
        Repeater {
            model: pane.state === CurationController.Measured ? pane.report.findings || [] : []
            Label {
                required property var modelData
                Layout.fillWidth: true
                text: qsTr("• %1: %2").arg(modelData.file).arg(modelData.message)
                wrapMode: Text.Wrap
                color: modelData.severity === "error" ? Theme.danger : Theme.subtleText
                font.pixelSize: Theme.smallSize
            }
        }

        // Each table as measured.
        Repeater {
            model: pane.state === CurationController.Measured ? pane.report.tables || [] : []
            ColumnLayout {
                id: table
                required property var modelData
                Layout.fillWidth: true
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 — %n row(s)", "", table.modelData.rows).arg(table.modelData.path)
                          + (table.modelData.duplicateRows > 0 ? qsTr(", %1 duplicated (%2%)").arg(table.modelData.duplicateRows).arg((table.modelData.duplicateShare * 100).toFixed(1)) : "")
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideMiddle
                }
                // One line per column: name and type, empty and distinct shares, the spread.
                Repeater {
                    model: table.modelData.columns
                    RowLayout {
                        id: columnRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.minimumWidth: 160
                            Layout.maximumWidth: 160
                            text: columnRow.modelData.name
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.minimumWidth: 70
                            Layout.maximumWidth: 70
                            text: columnRow.modelData.type
                            font.pixelSize: Theme.smallSize
                            color: Theme.subtleText
                        }
                        ShareBar {
                            label: qsTr("empty %1%").arg((columnRow.modelData.nullShare * 100).toFixed(columnRow.modelData.nullShare > 0 && columnRow.modelData.nullShare < 0.01 ? 1 : 0))
                            share: columnRow.modelData.nullShare
                            barColor: columnRow.modelData.nullShare > 0.2 ? Theme.danger : Theme.accent
                        }
                        ShareBar {
                            label: qsTr("distinct %1%").arg(Math.round(columnRow.modelData.distinctShare * 100))
                            share: columnRow.modelData.distinctShare
                            barColor: Theme.accent
                        }
                        // The histogram of a number column, bins scaled to the highest.
                        Row {
                            Layout.minimumWidth: 96
                            Layout.maximumWidth: 96
                            Layout.preferredHeight: 18
                            spacing: 1
                            Repeater {
                                model: columnRow.modelData.histogram
                                Item {
                                    required property real modelData
                                    width: Math.max(2, 96 / Math.max(1, columnRow.modelData.histogram.length) - 1)
                                    height: 18
                                    Rectangle {
                                        anchors.bottom: parent.bottom
                                        width: parent.width
                                        height: Math.max(1, parent.height * modelData)
                                        color: Theme.accent
                                        opacity: 0.7
                                    }
                                }
                            }
                        }
                        Label {
                            Layout.fillWidth: true
                            text: [(columnRow.modelData.min || "").length > 0 ? qsTr("%1 … %2").arg(columnRow.modelData.min).arg(columnRow.modelData.max) : "",
                                   columnRow.modelData.outliers > 0 ? qsTr("%n outlier(s)", "", columnRow.modelData.outliers) : "",
                                   columnRow.modelData.personal.length > 0 ? qsTr("personal data: %1").arg(columnRow.modelData.personal) : ""]
                                  .filter(s => s.length > 0).join(" · ")
                            font.pixelSize: Theme.smallSize
                            color: columnRow.modelData.personal.length > 0 ? Theme.danger : Theme.subtleText
                            elide: Text.ElideRight
                        }
                    }
                }
                // The first rows, as the downloaded files hold them.
                Label {
                    Layout.fillWidth: true
                    visible: table.modelData.preview.length > 0
                    text: table.modelData.preview.map(row => row.slice(0, 8).join("  |  ")).join("\n")
                    textFormat: Text.PlainText
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.smallSize
                    color: Theme.subtleText
                    elide: Text.ElideRight
                }
            }
        }
    }
}
