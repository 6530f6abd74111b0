import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Remove an account's keystore from this computer, after the user confirms they have a backup.
FormDialog {
    id: dialog
    objectName: "removeDialog"
    operation: WalletController.Remove
    danger: true
    acceptText: qsTr("Remove")
    acceptEnabled: confirm.checked
    title: qsTr("Remove %1?").arg(accountName)
    property string address
    property string accountName

    function ask(addr, name) {
        address = addr
        accountName = name
        error = ""
        confirm.checked = false
        open()
    }
    onSubmitted: WalletController.remove(address)

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: qsTr("The encrypted key of %1 will be deleted from this computer. Tokens stay on chain, but only your recovery phrase or an exported keystore file can bring the account back.").arg(dialog.address)
    }
    CheckBox {
        id: confirm
        objectName: "removeConfirm"
        Layout.fillWidth: true
        text: qsTr("I have a backup of this account")
    }
}
