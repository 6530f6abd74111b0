import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// After a decision: the contributor appeals a rejection to the token holders, or any member
// challenges an approval (the dataset goes back to review for a new round). Either takes the
// deposit the rules ask, approved first when the allowance is short; each step in the sheet.
Rectangle {
    id: form
    property bool appeal: true // false: a challenge
    property string deposit: ""
    readonly property bool busy: CurationController.actionState === CurationController.Sending

    implicitHeight: column.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    // Another dataset: the reason typed for the last one does not carry over.
    Connections {
        target: CurationController
        function onActionChanged() {
            if (CurationController.actionState === CurationController.NoAction)
                reasonText.text = ""
        }
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding }
        spacing: Theme.spacing

        Label {
            text: form.appeal ? qsTr("Appeal the rejection") : qsTr("Challenge the approval")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: form.appeal ? qsTr("The token holders decide by a proposal. The deposit of %1 comes back if they overturn the rejection, and goes to the treasury if not.").arg(form.deposit)
                              : qsTr("The dataset goes back to review for a new round. The deposit of %1 comes back if the curators then reject it, and joins the rewards pool if not.").arg(form.deposit)
            wrapMode: Text.Wrap
            color: Theme.subtleText
        }
        TextArea {
            id: reasonText
            objectName: form.appeal ? "appealText" : "challengeText"
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            wrapMode: TextEdit.Wrap
            placeholderText: form.appeal ? qsTr("Why the rejection is wrong: what the curators missed, or what you corrected")
                                         : qsTr("What is wrong with the dataset, and where")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Button {
                objectName: form.appeal ? "sendAppeal" : "sendChallenge"
                text: form.appeal ? qsTr("Appeal with %1…").arg(form.deposit) : qsTr("Challenge with %1…").arg(form.deposit)
                enabled: !form.busy && reasonText.text.trim().length > 0
                onClicked: form.appeal ? CurationController.appeal(reasonText.text) : CurationController.challenge(reasonText.text)
            }
            BusyIndicator {
                visible: form.busy
                running: form.busy
                Layout.preferredHeight: 28
                Layout.preferredWidth: 28
            }
            Label {
                objectName: "actionMessage"
                Layout.fillWidth: true
                text: CurationController.actionMessage
                wrapMode: Text.Wrap
                color: CurationController.actionState === CurationController.ActionFailed ? Theme.danger
                     : CurationController.actionState === CurationController.Sent ? Theme.success : Theme.subtleText
            }
        }
    }
}
