import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge

// Queue or execute the selected proposal: anyone may send these, so the member only picks the
// account that pays the fee; the sheet shows the call in full before any signature.
FormDialog {
    id: dialog
    objectName: "lifecycleDialog"
    property string action: "queue"
    title: action === "queue" ? qsTr("Queue in the timelock") : qsTr("Execute the proposal")
    acceptText: qsTr("Review…")
    acceptEnabled: accountBox.currentIndex >= 0

    function ask(what) {
        action = what
        error = ""
        if (accountBox.currentIndex < 0 && accountBox.count > 0)
            accountBox.currentIndex = 0
        open()
    }
    onSubmitted: {
        if (action === "queue")
            GovernanceController.queueSelected(accountBox.currentValue)
        else
            GovernanceController.executeSelected(accountBox.currentValue)
        close()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: dialog.action === "queue"
              ? qsTr("The proposal passed. Queuing hands its actions to the timelock, which lets them run after its delay. Any member can send this.")
              : qsTr("The timelock's delay has passed. Executing runs the proposal's actions from the treasury. Any member can send this.")
    }
    Label { text: qsTr("Account that pays the network fee"); color: Theme.subtleText; font.pixelSize: Theme.smallSize }
    ComboBox {
        id: accountBox
        objectName: "lifecycleAccount"
        Layout.fillWidth: true
        model: WalletController.accounts
        textRole: "name"
        valueRole: "address"
    }
}
