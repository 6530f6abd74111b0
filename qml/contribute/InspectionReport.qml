import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// What the inspection found: every file's format by content, each table's columns (type, empty
// values, distinct values, min and max), and the findings in words, errors first.
ColumnLayout {
    id: report
    property var inspection: ({})
    spacing: Theme.spacing

    // level: a finding's ContributeController.Severity.
    function levelColor(level) {
        return level === ContributeController.Error ? Theme.danger : level === ContributeController.Warning ? Theme.text : Theme.subtleText
    }
    function levelMark(level) {
        return level === ContributeController.Error ? qsTr("Error") : level === ContributeController.Warning ? qsTr("Warning") : qsTr("Note")
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("%n file(s), %1", "", (report.inspection.files || []).length).arg(Qt.locale().formattedDataSize(report.inspection.bytes || 0))
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
    }
    Repeater {
        model: report.inspection.findings || []
        delegate: Notice { required property var modelData; text: modelData.message; warning: modelData.level !== ContributeController.Error }
    }
    Repeater {
        model: report.inspection.files || []
        delegate: Rectangle {
            id: fileCard
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: fileColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: fileColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: 6
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: fileCard.modelData.path
                        font.family: Theme.monoFamily
                        color: Theme.text
                        elide: Text.ElideMiddle
                    }
                    Label {
                        text: fileCard.modelData.description + " · " + Qt.locale().formattedDataSize(fileCard.modelData.bytes)
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallSize
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: fileCard.modelData.table !== undefined
                    text: fileCard.modelData.table ? qsTr("%n row(s)", "", fileCard.modelData.table.rows) + " · "
                          + (fileCard.modelData.table.header ? qsTr("header row") : qsTr("no header row")) + " · "
                          + qsTr("delimiter %1").arg(fileCard.modelData.table.delimiter === "\t" ? qsTr("tab") : "“" + fileCard.modelData.table.delimiter + "”")
                        : ""
                    color: Theme.subtleText
                    font.pixelSize: Theme.smallSize
                }
                GridLayout {
                    Layout.fillWidth: true
                    visible: fileCard.modelData.table !== undefined
                    columns: 6
                    columnSpacing: 14
                    rowSpacing: 2
                    Repeater {
                        model: [qsTr("Column"), qsTr("Type"), qsTr("Empty"), qsTr("Distinct"), qsTr("Min"), qsTr("Max")]
                        delegate: Label { required property var modelData; text: modelData; font.bold: true; color: Theme.text; font.pixelSize: Theme.smallSize }
                    }
                    Repeater {
                        model: {
                            const cells = []
                            for (const c of (fileCard.modelData.table ? fileCard.modelData.table.columns : []))
                                cells.push(c.name, c.type, String(c.nulls), (c.distinctIsLowerBound ? "≥" : "") + c.distinct, c.min, c.max)
                            return cells
                        }
                        delegate: Label {
                            required property var modelData
                            text: modelData
                            color: Theme.text
                            font.pixelSize: Theme.smallSize
                            Layout.maximumWidth: 200
                            elide: Text.ElideRight
                        }
                    }
                }
                Repeater {
                    model: fileCard.modelData.findings
                    delegate: Label {
                        required property var modelData
                        Layout.fillWidth: true
                        text: report.levelMark(modelData.level) + ": " + modelData.message
                        color: report.levelColor(modelData.level)
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }
}
