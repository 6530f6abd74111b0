import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Vote on the selected proposal: the account, its voting power at the proposal's snapshot (or
// in words why it has none, with self-delegation offered where it helps), the choice and an
// optional reason that is stored on chain with the vote. The signature goes through the sheet.
FormDialog {
    id: dialog
    objectName: "voteDialog"
    title: qsTr("Vote on “%1”").arg(proposalTitle)
    acceptText: qsTr("Review…")
    acceptEnabled: VoterCheck.canVote && choice.checkedButton !== null
    property string proposalId
    property string proposalTitle
    readonly property string account: accountBox.currentValue || ""

    function ask(id, title) {
        proposalId = id
        proposalTitle = title
        error = ""
        reason.text = ""
        signOnly.checked = false
        choice.checkState = Qt.Unchecked
        open()
        if (accountBox.currentIndex < 0 && accountBox.count > 0)
            accountBox.currentIndex = 0
        if (account.length > 0)
            VoterCheck.check(account, proposalId)
    }
    onSubmitted: {
        const support = choice.checkedButton === forButton ? 1 : choice.checkedButton === againstButton ? 0 : 2
        if (signOnly.checked)
            VoteController.requestSignedVote(account, proposalId, support, reason.text, proposalTitle)
        else
            VoteController.requestVote(account, proposalId, support, reason.text, proposalTitle)
        close()
    }

    Label { text: qsTr("Account"); color: Theme.subtleText; font.pixelSize: Theme.smallSize }
    ComboBox {
        id: accountBox
        objectName: "voteAccount"
        Layout.fillWidth: true
        model: WalletController.accounts
        textRole: "name"
        valueRole: "address"
        onCurrentValueChanged: {
            if (dialog.visible && currentValue)
                VoterCheck.check(currentValue, dialog.proposalId)
        }
    }
    Label {
        objectName: "votePower"
        Layout.fillWidth: true
        visible: VoterCheck.status === VoterCheck.CanVote || VoterCheck.status === VoterCheck.Checking
        text: VoterCheck.message
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Notice {
        objectName: "voteProblem"
        warning: true
        text: VoterCheck.status !== VoterCheck.CanVote && VoterCheck.status !== VoterCheck.Checking
              && VoterCheck.status !== VoterCheck.Idle ? VoterCheck.message : ""
    }
    Button {
        objectName: "voteSelfDelegate"
        visible: VoterCheck.offerSelfDelegate
        text: qsTr("Delegate to myself…")
        onClicked: {
            TransactionController.requestDelegate(dialog.account, dialog.account)
            dialog.close()
        }
    }
    ButtonGroup { id: choice }
    RowLayout {
        spacing: Theme.spacing
        enabled: VoterCheck.canVote
        RadioButton { id: forButton; objectName: "voteFor"; text: qsTr("For"); ButtonGroup.group: choice }
        RadioButton { id: againstButton; objectName: "voteAgainst"; text: qsTr("Against"); ButtonGroup.group: choice }
        RadioButton { id: abstainButton; objectName: "voteAbstain"; text: qsTr("Abstain"); ButtonGroup.group: choice }
    }
    TextArea {
        id: reason
        objectName: "voteReason"
        enabled: VoterCheck.canVote
        Layout.fillWidth: true
        Layout.preferredHeight: 90
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("Reason (optional): stored on chain with your vote, for everyone to read")
    }
    // For a member without ETH: a signature now, sent later by any account (castVoteBySig).
    CheckBox {
        id: signOnly
        objectName: "voteSignOnly"
        enabled: VoterCheck.canVote
        text: qsTr("Sign now, send later (no fee now)")
    }
    Label {
        visible: signOnly.checked
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.subtleText
        font.pixelSize: Theme.smallSize
        text: qsTr("Your vote is signed and kept on this computer. It counts once it is sent, by you from another account or by anyone you give it to, while voting is open.")
    }
}
