import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Send a vote signed earlier: any account can pay the fee, the vote stays the signer's.
FormDialog {
    id: dialog
    objectName: "relayDialog"
    title: qsTr("Send a signed vote")
    acceptText: qsTr("Review…")
    acceptEnabled: accountBox.currentIndex >= 0
    property var vote: ({})

    function ask(signedVote) {
        vote = signedVote
        error = ""
        if (accountBox.currentIndex < 0 && accountBox.count > 0)
            accountBox.currentIndex = 0
        open()
    }
    onSubmitted: {
        VoteController.requestRelay(vote.id, accountBox.currentValue)
        close()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: qsTr("%1 on “%2”, signed by %3. Sending it casts that vote; the account below only pays the network fee.").arg(dialog.vote.choice || "").arg(dialog.vote.title || "").arg(dialog.vote.voter || "")
    }
    Label { text: qsTr("Account that pays the network fee"); color: Theme.subtleText; font.pixelSize: Theme.smallSize }
    ComboBox {
        id: accountBox
        objectName: "relayAccount"
        Layout.fillWidth: true
        model: WalletController.accounts
        textRole: "name"
        valueRole: "address"
    }
}
