import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Queue or execute the selected proposal: anyone may send these, so the member only picks the
// account that pays the fee; the sheet shows the call in full before any signature.
FormDialog {
    id: dialog
    objectName: "lifecycleDialog"
    property int step: ProposalController.Queue
    title: step === ProposalController.Queue ? qsTr("Queue in the timelock")
         : step === ProposalController.Cancel ? qsTr("Cancel the proposal") : qsTr("Execute the proposal")
    acceptText: qsTr("Review…")
    acceptEnabled: accountBox.currentIndex >= 0

    // what: a ProposalController step (Queue, Execute, Cancel).
    function ask(what) {
        step = what
        error = ""
        if (accountBox.currentIndex < 0 && accountBox.count > 0)
            accountBox.currentIndex = 0
        // Only the proposer can cancel: that account pays.
        if (what === ProposalController.Cancel)
            accountBox.currentIndex = accountBox.indexOfValue(GovernanceController.selected.proposerAccount)
        open()
    }
    onSubmitted: {
        ProposalController.moveOn(step, accountBox.currentValue, GovernanceController.selectedId)
        close()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: dialog.step === ProposalController.Queue
              ? qsTr("The proposal passed. Queuing hands its actions to the timelock, which lets them run after its delay. Any member can send this.")
              : dialog.step === ProposalController.Cancel
                ? qsTr("Voting has not started yet, so you can withdraw your proposal. It stays on chain as canceled and can never be voted on or executed.")
                : qsTr("The timelock's delay has passed. Executing runs the proposal's actions from the treasury. Any member can send this.")
    }
    Label { text: qsTr("Account that pays the network fee"); color: Theme.subtleText; font.pixelSize: Theme.smallSize }
    ComboBox {
        id: accountBox
        enabled: dialog.step !== ProposalController.Cancel
        objectName: "lifecycleAccount"
        Layout.fillWidth: true
        model: WalletController.accounts
        textRole: "name"
        valueRole: "address"
    }
}
