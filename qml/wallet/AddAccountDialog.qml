import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Derive the next account (m/44'/60'/0'/0/i) from a recovery phrase already in the wallet.
FormDialog {
    id: dialog
    objectName: "addAccountDialog"
    operation: WalletController.Derive
    acceptText: qsTr("Add account")
    title: qsTr("Add the next account")
    successText: qsTr("New account added and unlocked.")
    property string vaultId
    property string sourceName

    function ask(vault, name) {
        vaultId = vault
        sourceName = name
        error = ""
        password.text = ""
        nameField.text = ""
        open()
    }
    onSubmitted: WalletController.deriveNextAccount(vaultId, password.text, nameField.text)
    onClosed: password.text = ""

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: qsTr("The next account comes from the same recovery phrase as %1 and uses the password you set when you created it.").arg(dialog.sourceName)
    }
    TextField { id: nameField; objectName: "addAccountName"; Layout.fillWidth: true; placeholderText: qsTr("Account name (optional)") }
    PasswordField { id: password; objectName: "addAccountPassword"; Layout.fillWidth: true; placeholderText: qsTr("Password"); onAccepted: dialog.submit() }
}
