import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Import an existing wallet: a recovery phrase, a raw private key, or a keystore file
// (picked in a dialog or dropped on the window).
Dialog {
    id: dialog
    objectName: "importDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 620)
    modal: true
    padding: Theme.padding
    header: DialogTitle { text: dialog.title }
    closePolicy: WalletController.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Import a wallet")

    property string error: ""
    signal notified(string text, bool isError)
    property url keystoreUrl: ""

    function openFresh() {
        tabs.currentIndex = 0
        reset()
        open()
    }
    function openWithKeystore(url) {
        reset()
        tabs.currentIndex = 2
        keystoreUrl = url
        open()
    }
    function reset() {
        error = ""
        keystoreUrl = ""
        phrase.text = ""
        passphrase.text = ""
        keyField.text = ""
        password.text = ""
        repeat.text = ""
        filePassword.text = ""
        nameField.text = ""
    }
    function submit() {
        error = ""
        if (tabs.currentIndex === 0) {
            error = WalletController.mnemonicProblem(phrase.text)
            if (error.length === 0) error = WalletController.passwordProblem(password.text, repeat.text)
            if (error.length === 0)
                WalletController.createFromMnemonic(phrase.text, passphrase.text, password.text, nameField.text)
        } else if (tabs.currentIndex === 1) {
            error = WalletController.passwordProblem(password.text, repeat.text)
            if (error.length === 0)
                WalletController.importPrivateKey(keyField.text, password.text, nameField.text)
        } else {
            if (keystoreUrl.toString().length === 0)
                error = qsTr("Choose a keystore file first, or drop one on the window.")
            else
                WalletController.importKeystoreFile(keystoreUrl, filePassword.text, nameField.text)
        }
    }

    onClosed: reset()

    Connections {
        target: WalletController
        enabled: dialog.visible
        function onSucceeded(operation, detail) {
            if (operation === WalletController.Import || operation === WalletController.Create) {
                dialog.close()
                dialog.notified(qsTr("Imported %1. The account is unlocked.").arg(detail), false)
            }
        }
        function onFailed(operation, message) {
            if (operation === WalletController.Import || operation === WalletController.Create)
                dialog.error = message
        }
    }

    FileDialog {
        id: fileDialog
        objectName: "keystoreFileDialog"
        title: qsTr("Choose a keystore file")
        nameFilters: [qsTr("Keystore files (*.json UTC--*)"), qsTr("All files (*)")]
        onAccepted: dialog.keystoreUrl = selectedFile
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        TabBar {
            id: tabs
            objectName: "importTabs"
            Layout.fillWidth: true
            onCurrentIndexChanged: dialog.error = ""
            TabButton { objectName: "tabPhrase"; text: qsTr("Recovery phrase") }
            TabButton { objectName: "tabKey"; text: qsTr("Private key") }
            TabButton { objectName: "tabKeystore"; text: qsTr("Keystore file") }
        }

        StackLayout {
            id: tabPages
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.preferredHeight: tabPages.children[tabPages.currentIndex] ? tabPages.children[tabPages.currentIndex].implicitHeight : 0

            ColumnLayout {
                spacing: 8
                Label { text: qsTr("Recovery phrase (12 to 24 words)"); color: Theme.text; font.pixelSize: Theme.bodySize }
                TextArea {
                    id: phrase
                    objectName: "importPhrase"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 80
                    wrapMode: TextEdit.Wrap
                    placeholderText: qsTr("word1 word2 word3 …")
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                    Accessible.name: qsTr("Recovery phrase")
                    background: Rectangle {
                        color: Theme.surface
                        radius: 3
                        border.color: phrase.activeFocus ? Theme.accent : Theme.border
                    }
                }
                TextField {
                    id: passphrase
                    objectName: "importPassphrase"
                    Layout.fillWidth: true
                    placeholderText: qsTr("BIP-39 passphrase, if you set one (optional)")
                    echoMode: TextInput.Password
                    Accessible.name: placeholderText
                }
            }
            ColumnLayout {
                spacing: 8
                Label { text: qsTr("Private key (64 hex digits)"); color: Theme.text; font.pixelSize: Theme.bodySize }
                PasswordField {
                    id: keyField
                    objectName: "importKey"
                    Layout.fillWidth: true
                    placeholderText: qsTr("0x…")
                }
            }
            ColumnLayout {
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        objectName: "keystorePath"
                        Layout.fillWidth: true
                        text: dialog.keystoreUrl.toString().length > 0
                              ? decodeURIComponent(dialog.keystoreUrl.toString().replace("file://", ""))
                              : qsTr("No file chosen. Choose one, or drop it on the window.")
                        color: dialog.keystoreUrl.toString().length > 0 ? Theme.text : Theme.subtleText
                        font.pixelSize: Theme.bodySize
                        elide: Text.ElideMiddle
                    }
                    Button {
                        objectName: "chooseKeystore"
                        text: qsTr("Choose file…")
                        onClicked: fileDialog.open()
                    }
                }
                PasswordField {
                    id: filePassword
                    objectName: "importFilePassword"
                    Layout.fillWidth: true
                    placeholderText: qsTr("The keystore file's password")
                    onAccepted: dialog.submit()
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.subtleText
                    font.pixelSize: Theme.smallSize
                    text: qsTr("The file is kept as it is, so it keeps its own password. Files from geth, Foundry (cast) and MetaMask exports work.")
                }
            }
        }

        Label { text: qsTr("Account name (optional)"); color: Theme.text; font.pixelSize: Theme.bodySize }
        TextField {
            id: nameField
            objectName: "importName"
            Layout.fillWidth: true
            Accessible.name: qsTr("Account name")
        }

        ColumnLayout {
            visible: tabs.currentIndex !== 2
            spacing: 8
            Layout.fillWidth: true
            Label { text: qsTr("New password for this computer (at least 8 characters)"); color: Theme.text; font.pixelSize: Theme.bodySize }
            PasswordField { id: password; objectName: "importPassword"; Layout.fillWidth: true; placeholderText: qsTr("Password") }
            PasswordField { id: repeat; objectName: "importRepeat"; Layout.fillWidth: true; placeholderText: qsTr("Repeat password"); onAccepted: dialog.submit() }
        }

        Notice { objectName: "importError"; text: dialog.error }

        RowLayout {
            visible: WalletController.busy
            BusyIndicator { running: visible; implicitWidth: 32; implicitHeight: 32 }
            Label { text: WalletController.busyText; color: Theme.subtleText; font.pixelSize: Theme.bodySize }
        }
    }

    footer: DialogFooter {
        Button { objectName: "importCancel"; text: qsTr("Cancel"); enabled: !WalletController.busy; onClicked: dialog.close() }
        Button { objectName: "importSubmit"; text: qsTr("Import"); highlighted: true; enabled: !WalletController.busy; onClicked: dialog.submit() }
    }
}
