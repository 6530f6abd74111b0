import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Give an account a name that means something to its owner.
FormDialog {
    id: dialog
    objectName: "renameDialog"
    operation: WalletController.Rename
    acceptText: qsTr("Rename")
    title: qsTr("Rename account")
    property string address

    function ask(addr, name) {
        address = addr
        nameField.text = name
        error = ""
        open()
        nameField.forceActiveFocus()
    }
    onSubmitted: WalletController.rename(address, nameField.text)

    TextField {
        id: nameField
        objectName: "renameField"
        Layout.fillWidth: true
        Accessible.name: qsTr("Account name")
        onAccepted: dialog.submit()
    }
}
