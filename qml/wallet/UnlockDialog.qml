import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Unlock an account with its password; the key is decrypted off the GUI thread.
FormDialog {
    id: dialog
    objectName: "unlockDialog"
    operation: WalletController.Unlock
    acceptText: qsTr("Unlock")
    property string address
    title: qsTr("Unlock %1").arg(accountName)
    property string accountName

    function ask(addr, name) {
        address = addr
        accountName = name
        error = ""
        password.text = ""
        open()
        password.field.forceActiveFocus()
    }
    onSubmitted: WalletController.unlock(address, password.text)
    onClosed: password.text = ""

    Label {
        Layout.fillWidth: true
        text: dialog.address
        font.family: Theme.monoFamily
        font.pixelSize: Theme.smallSize
        color: Theme.subtleText
        elide: Text.ElideMiddle
    }
    PasswordField {
        id: password
        objectName: "unlockPassword"
        Layout.fillWidth: true
        placeholderText: qsTr("Password")
        onAccepted: dialog.submit()
    }
}
