import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Send DAO tokens: recipient and amount, checked here, then the confirmation sheet.
FormDialog {
    id: dialog
    objectName: "sendDialog"
    acceptText: qsTr("Review…")
    title: qsTr("Send %1 from %2").arg(ChainController.tokenSymbol).arg(accountName)
    property string address
    property string accountName

    function ask(addr, name) {
        address = addr
        accountName = name
        error = ""
        recipient.text = ""
        amount.text = ""
        open()
    }
    onSubmitted: {
        error = WalletController.addressProblem(recipient.text)
        if (error.length === 0 && !(Number(amount.text) > 0))
            error = qsTr("Enter an amount above zero.")
        if (error.length === 0) {
            TransactionController.requestTransfer(address, recipient.text, amount.text)
            close()
        }
    }

    Label { text: qsTr("Recipient address"); color: Theme.text; font.pixelSize: Theme.bodySize }
    TextField { id: recipient; objectName: "sendRecipient"; Layout.fillWidth: true; placeholderText: "0x…"; font.family: Theme.monoFamily }
    Label { text: qsTr("Amount (%1)").arg(ChainController.tokenSymbol); color: Theme.text; font.pixelSize: Theme.bodySize }
    TextField { id: amount; objectName: "sendAmount"; Layout.fillWidth: true; placeholderText: "0.0"; inputMethodHints: Qt.ImhFormattedNumbersOnly }
}
