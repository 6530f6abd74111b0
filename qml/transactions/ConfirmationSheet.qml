import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// The one confirmation sheet every transaction passes: what the signature commits to, in
// words (network, contract, function and every argument, value, fee), then progress to the
// receipt. Nothing is signed before "Sign and send".
Dialog {
    id: sheet
    objectName: "confirmationSheet"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 680)
    modal: true
    padding: Theme.padding
    visible: TransactionController.stage !== TransactionController.Idle
    closePolicy: Popup.NoAutoClose
    header: DialogTitle {
        text: TransactionController.signatureOnly
            ? (TransactionController.stage === TransactionController.Done ? qsTr("Vote signed")
               : TransactionController.stage === TransactionController.Failed ? qsTr("Nothing signed") : qsTr("Confirm signature"))
            : TransactionController.stage === TransactionController.Done ? qsTr("Transaction confirmed")
            : TransactionController.stage === TransactionController.Failed ? qsTr("Transaction not sent")
            : qsTr("Confirm transaction")
    }

    readonly property bool working: TransactionController.stage === TransactionController.Preparing || TransactionController.stage === TransactionController.Sending

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            objectName: "sheetSummary"
            Layout.fillWidth: true
            text: TransactionController.summary
            wrapMode: Text.Wrap
            font.pixelSize: Theme.headingSize
            color: Theme.text
        }

        GridLayout {
            objectName: "sheetDetails"
            visible: TransactionController.details.length > 0
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 4
            Layout.fillWidth: true
            Repeater {
                model: TransactionController.details
                delegate: Item {
                    required property var modelData
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    implicitHeight: detailRow.implicitHeight
                    RowLayout {
                        id: detailRow
                        anchors.left: parent.left
                        anchors.right: parent.right
                        Label {
                            text: modelData.label
                            color: Theme.subtleText
                            font.pixelSize: Theme.bodySize
                            Layout.preferredWidth: 150
                            Layout.alignment: Qt.AlignTop
                        }
                        Label {
                            text: modelData.value
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.family: modelData.value.indexOf("0x") >= 0 ? Theme.monoFamily : Qt.application.font.family
                            // Hex breaks anywhere; words break between words.
                            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        Notice {
            objectName: "sheetWarning"
            warning: true
            text: TransactionController.stage === TransactionController.Review ? TransactionController.warning : ""
        }

        RowLayout {
            visible: sheet.working
            BusyIndicator { running: visible; implicitWidth: 32; implicitHeight: 32 }
            Label {
                text: TransactionController.message
                color: Theme.subtleText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            objectName: "sheetResult"
            visible: TransactionController.stage === TransactionController.Done
            Layout.fillWidth: true
            text: TransactionController.message + "\n" + TransactionController.transactionHash
            color: Theme.success
            font.pixelSize: Theme.bodySize
            wrapMode: Text.WrapAnywhere
        }
        Notice {
            objectName: "sheetError"
            text: TransactionController.stage === TransactionController.Failed ? TransactionController.message : ""
        }
    }

    footer: DialogFooter {
        Button {
            objectName: "sheetCancel"
            text: TransactionController.stage === TransactionController.Done || TransactionController.stage === TransactionController.Failed ? qsTr("Close") : qsTr("Cancel")
            enabled: TransactionController.stage !== TransactionController.Sending || TransactionController.transactionHash.length > 0
            onClicked: TransactionController.dismiss()
        }
        Button {
            objectName: "sheetConfirm"
            visible: TransactionController.stage === TransactionController.Review || TransactionController.stage === TransactionController.Preparing
            enabled: TransactionController.stage === TransactionController.Review && TransactionController.warning.length === 0
            text: TransactionController.signatureOnly ? qsTr("Sign") : qsTr("Sign and send")
            highlighted: true
            onClicked: TransactionController.confirm()
        }
    }
}
