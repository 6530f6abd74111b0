import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Create a wallet: the new recovery phrase is shown once, the user proves the backup by
// re-entering three words the app picks, then names the account and sets a password.
Dialog {
    id: dialog
    objectName: "createDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 640)
    modal: true
    padding: Theme.padding
    header: DialogTitle { text: dialog.title }
    closePolicy: WalletController.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Create a new wallet")

    property int step: 0
    property int wordCount: 12
    property string phrase: ""
    property var challenge: []
    property string error: ""
    signal notified(string text, bool isError)

    function openFresh() {
        step = 0
        phrase = ""
        error = ""
        nameField.text = qsTr("Main account")
        password.text = ""
        repeat.text = ""
        open()
    }
    function showPhrase() {
        phrase = WalletController.generateMnemonic(wordCount)
        challenge = WalletController.backupChallenge(wordCount)
        error = ""
        step = 1
    }
    function checkBackup() {
        const words = phrase.split(" ")
        for (let i = 0; i < challenge.length; ++i) {
            const typed = challengeRepeater.itemAt(i).text.trim().toLowerCase()
            if (typed !== words[challenge[i]]) {
                error = qsTr("Word %1 does not match your recovery phrase. Go back and check what you wrote down.").arg(challenge[i] + 1)
                return
            }
        }
        error = ""
        step = 3
    }
    function create() {
        error = WalletController.passwordProblem(password.text, repeat.text)
        if (error.length === 0)
            WalletController.createFromMnemonic(phrase, "", password.text, nameField.text)
    }

    onClosed: { phrase = ""; password.text = ""; repeat.text = "" }

    Connections {
        target: WalletController
        enabled: dialog.visible
        function onSucceeded(operation, detail) {
            if (operation === WalletController.Create) {
                dialog.phrase = ""
                dialog.close()
                dialog.notified(qsTr("Wallet created. Account %1 is unlocked.").arg(detail), false)
            }
        }
        function onFailed(operation, message) {
            if (operation === WalletController.Create)
                dialog.error = message
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        Label {
            objectName: "createStepLabel"
            text: qsTr("Step %1 of 4").arg(dialog.step + 1)
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
        }

        StackLayout {
            id: steps
            currentIndex: dialog.step
            Layout.fillWidth: true
            // Only as tall as the step on show, not the tallest one.
            Layout.preferredHeight: steps.children[steps.currentIndex] ? steps.children[steps.currentIndex].implicitHeight : 0

            // 0: choose length
            ColumnLayout {
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    text: qsTr("Your wallet starts from a recovery phrase: a list of words that can restore every account in it. Anyone who sees the phrase can take your tokens; if you lose it and your password, nobody can recover them.")
                }
                RowLayout {
                    RadioButton {
                        objectName: "words12"
                        text: qsTr("12 words")
                        checked: dialog.wordCount === 12
                        onToggled: dialog.wordCount = 12
                    }
                    RadioButton {
                        objectName: "words24"
                        text: qsTr("24 words")
                        checked: dialog.wordCount === 24
                        onToggled: dialog.wordCount = 24
                    }
                }
            }

            // 1: show the phrase once
            ColumnLayout {
                spacing: Theme.spacing
                Notice {
                    warning: true
                    text: qsTr("Write these words on paper, in order, and keep them offline. They are shown only now; the app will ask for three of them next.")
                }
                MnemonicGrid {
                    objectName: "mnemonicGrid"
                    Layout.fillWidth: true
                    phrase: dialog.phrase
                }
            }

            // 2: prove the backup
            ColumnLayout {
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    text: qsTr("Enter these words from your recovery phrase to show that you have a backup.")
                }
                Repeater {
                    id: challengeRepeater
                    model: dialog.challenge
                    delegate: RowLayout {
                        required property int modelData
                        required property int index
                        property alias text: wordField.text
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Word %1").arg(modelData + 1)
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            Layout.preferredWidth: 90
                        }
                        TextField {
                            id: wordField
                            objectName: "challenge" + index
                            Layout.fillWidth: true
                            placeholderText: qsTr("Word #%1").arg(modelData + 1)
                            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhSensitiveData
                            Accessible.name: placeholderText
                        }
                    }
                }
            }

            // 3: name and password
            ColumnLayout {
                spacing: Theme.spacing
                Label { text: qsTr("Account name"); color: Theme.text; font.pixelSize: Theme.bodySize }
                TextField {
                    id: nameField
                    objectName: "createName"
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Account name")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("Password (at least 8 characters). It encrypts the keys on this computer; the recovery phrase restores them anywhere.")
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                PasswordField {
                    id: password
                    objectName: "createPassword"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Password")
                }
                PasswordField {
                    id: repeat
                    objectName: "createRepeat"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Repeat password")
                    onAccepted: dialog.create()
                }
            }
        }

        Notice { objectName: "createError"; text: dialog.error }

        RowLayout {
            visible: WalletController.busy
            BusyIndicator { running: visible; implicitWidth: 32; implicitHeight: 32 }
            Label { text: WalletController.busyText; color: Theme.subtleText; font.pixelSize: Theme.bodySize }
        }
    }

    footer: DialogFooter {
        Button {
            objectName: "createBack"
            text: dialog.step === 0 ? qsTr("Cancel") : qsTr("Back")
            enabled: !WalletController.busy
            onClicked: {
                dialog.error = ""
                if (dialog.step === 0) dialog.close()
                else dialog.step -= 1
            }
        }
        Button {
            objectName: "createNext"
            highlighted: true
            enabled: !WalletController.busy
            text: dialog.step === 0 ? qsTr("Show recovery phrase")
                : dialog.step === 1 ? qsTr("I wrote it down")
                : dialog.step === 2 ? qsTr("Check")
                : qsTr("Create wallet")
            onClicked: {
                if (dialog.step === 0) dialog.showPhrase()
                else if (dialog.step === 1) dialog.step = 2
                else if (dialog.step === 2) dialog.checkBackup()
                else dialog.create()
            }
        }
    }
}
