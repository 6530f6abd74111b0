import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// A curator's verdict on the selected dataset: approve or reject, the reason from the contract's
// fixed list with free text, and on a rejection the share of the stake to keep. It starts from
// what the measured report points to; the review goes through the confirmation sheet with the
// report published as its evidence.
Rectangle {
    id: form
    property real slashCap: 0
    readonly property bool measured: CurationController.reportState === CurationController.Measured
    readonly property bool busy: CurationController.reviewState === CurationController.Publishing
                                 || CurationController.reviewState === CurationController.Confirming

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    // A new report sets the verdict it points to; the curator changes it at will.
    Connections {
        target: CurationController
        function onReportChanged() {
            if (CurationController.reportState === CurationController.NoReport) {
                // Another dataset: nothing of the last verdict carries over.
                approveButton.checked = true
                textArea.text = ""
                slashBox.value = 0
                return
            }
            if (CurationController.reportState !== CurationController.Measured)
                return
            const reason = CurationController.report.suggestedReason || 0
            approveButton.checked = reason === 0
            rejectButton.checked = reason !== 0
            if (reason > 0)
                reasonBox.currentIndex = reason - 1
        }
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding }
        spacing: Theme.spacing

        Label {
            text: qsTr("Your verdict")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            spacing: Theme.spacing
            RadioButton { id: approveButton; objectName: "verdictApprove"; text: qsTr("Approve"); checked: true }
            RadioButton { id: rejectButton; objectName: "verdictReject"; text: qsTr("Reject") }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: rejectButton.checked
            spacing: Theme.spacing
            Label { text: qsTr("Reason"); color: Theme.subtleText }
            ComboBox {
                id: reasonBox
                objectName: "verdictReason"
                Layout.preferredWidth: 280
                // The contract's list without None, which only an approval carries.
                model: CurationController.reasons.slice(1)
                textRole: "label"
                valueRole: "key"
            }
            Label { text: qsTr("Keep of the stake"); color: Theme.subtleText }
            SpinBox {
                id: slashBox
                objectName: "verdictSlash"
                from: 0
                to: Math.floor(form.slashCap)
                editable: true
            }
            Label { text: qsTr("% (at most %1%)").arg(form.slashCap); color: Theme.subtleText }
            Item { Layout.fillWidth: true }
        }
        TextArea {
            id: textArea
            objectName: "verdictText"
            Layout.fillWidth: true
            Layout.preferredHeight: 80
            wrapMode: TextEdit.Wrap
            placeholderText: rejectButton.checked ? qsTr("What the contributor should know: what fails, where, and what a corrected version needs")
                                                  : qsTr("What the other curators and buyers should know (optional)")
        }
        Label {
            Layout.fillWidth: true
            text: form.measured ? qsTr("The report is published to the DAO's storage and its address goes on chain with the review. Once the quorum is reached, the majority decides.")
                                : qsTr("Measure the dataset first: a review carries its report as evidence.")
            wrapMode: Text.Wrap
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: "submitReview"
                text: approveButton.checked ? qsTr("Approve on chain…") : qsTr("Reject on chain…")
                highlighted: true
                enabled: form.measured && !form.busy && (approveButton.checked || textArea.text.trim().length > 0)
                onClicked: CurationController.submitReview(approveButton.checked, reasonBox.currentValue || 0, textArea.text.trim(), slashBox.value)
            }
            BusyIndicator {
                visible: form.busy
                running: form.busy
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            Label {
                objectName: "reviewMessage"
                Layout.fillWidth: true
                text: CurationController.reviewMessage
                wrapMode: Text.Wrap
                color: CurationController.reviewState === CurationController.ReviewFailed ? Theme.danger
                     : CurationController.reviewState === CurationController.Reviewed ? Theme.success : Theme.subtleText
            }
        }
        Label {
            Layout.fillWidth: true
            visible: rejectButton.checked && textArea.text.trim().length === 0
            text: qsTr("A rejection says why in words: the contributor reads it, and may appeal.")
            wrapMode: Text.Wrap
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
        }
    }
}
