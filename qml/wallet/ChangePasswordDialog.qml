import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Re-encrypt an account's keystore file with a new password (written atomically).
FormDialog {
    id: dialog
    objectName: "passwordDialog"
    operation: WalletController.ChangePassword
    acceptText: qsTr("Change password")
    title: qsTr("Change the password of %1").arg(accountName)
    property string address
    property string accountName

    function ask(addr, name) {
        address = addr
        accountName = name
        error = ""
        oldPassword.text = ""
        newPassword.text = ""
        repeat.text = ""
        open()
    }
    onSubmitted: {
        error = WalletController.passwordProblem(newPassword.text, repeat.text)
        if (error.length === 0)
            WalletController.changePassword(address, oldPassword.text, newPassword.text)
    }
    onClosed: { oldPassword.text = ""; newPassword.text = ""; repeat.text = "" }

    PasswordField { id: oldPassword; objectName: "oldPassword"; Layout.fillWidth: true; placeholderText: qsTr("Current password") }
    PasswordField { id: newPassword; objectName: "newPassword"; Layout.fillWidth: true; placeholderText: qsTr("New password (at least 8 characters)") }
    PasswordField { id: repeat; objectName: "repeatPassword"; Layout.fillWidth: true; placeholderText: qsTr("Repeat new password"); onAccepted: dialog.submit() }
}
