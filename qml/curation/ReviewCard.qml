import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// One curator's review of a dataset, as the Curation section and the dataset's page show it: the
// verdict and who gave it, the reason and proposed slash of a rejection, its text, its report.
Rectangle {
    required property var modelData // a review: approve, curator, round, time, reason, slashPercent, text, evidence
    Layout.fillWidth: true
    implicitHeight: reviewColumn.implicitHeight + 16
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    ColumnLayout {
        id: reviewColumn
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 8 }
        spacing: 2
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                text: modelData.approve ? qsTr("Approved by") : qsTr("Rejected by")
                font.bold: true
                color: modelData.approve ? Theme.success : Theme.danger
            }
            AddressText { address: modelData.curator }
            Item { Layout.fillWidth: true }
            Label {
                text: (modelData.round > 1 ? qsTr("round %1 · ").arg(modelData.round) : "") + modelData.time
                color: Theme.subtleText
                font.pixelSize: Theme.smallSize
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !modelData.approve
            text: modelData.reason + (modelData.slashPercent > 0 ? qsTr(", proposing to keep %1% of the stake").arg(modelData.slashPercent) : "")
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: modelData.text
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: (modelData.evidence || "").length > 0
            text: qsTr("Report: %1").arg(modelData.evidence)
            font.family: Theme.monoFamily
            font.pixelSize: Theme.smallSize
            color: Theme.subtleText
            elide: Text.ElideMiddle
        }
    }
}
