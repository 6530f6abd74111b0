import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Settings: appearance, language and wallet security.
Item {
    objectName: "page_settings"

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing * 1.5

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Settings")
                subtitle: qsTr("Appearance, language and how the wallet protects your keys.")
            }

            GridLayout {
                columns: 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing
                Layout.maximumWidth: 640

                Label { text: qsTr("Theme"); color: Theme.text; font.pixelSize: Theme.bodySize }
                RowLayout {
                    RadioButton {
                        objectName: "themeLight"
                        text: qsTr("Light")
                        checked: !AppSettings.darkTheme
                        onToggled: AppSettings.darkTheme = false
                    }
                    RadioButton {
                        objectName: "themeDark"
                        text: qsTr("Dark")
                        checked: AppSettings.darkTheme
                        onToggled: AppSettings.darkTheme = true
                    }
                }

                Label { text: qsTr("Language"); color: Theme.text; font.pixelSize: Theme.bodySize }
                ComboBox {
                    objectName: "languageBox"
                    Layout.preferredWidth: 220
                    textRole: "label"
                    valueRole: "code"
                    //: Language names are shown in their own language.
                    model: [ { code: "en", label: "English" }, { code: "de", label: "Deutsch" } ]
                    Component.onCompleted: currentIndex = indexOfValue(AppSettings.language)
                    onActivated: AppSettings.language = currentValue
                }

                Label { text: qsTr("Lock the wallet after"); color: Theme.text; font.pixelSize: Theme.bodySize }
                RowLayout {
                    SpinBox {
                        objectName: "autoLockMinutes"
                        from: 0
                        to: 1440
                        value: AppSettings.autoLockMinutes
                        editable: true
                        onValueModified: AppSettings.autoLockMinutes = value
                    }
                    Label {
                        text: AppSettings.autoLockMinutes === 0 ? qsTr("never (not recommended)")
                                                                 : qsTr("idle minutes")
                        color: Theme.subtleText
                        font.pixelSize: Theme.bodySize
                    }
                }

                Label { text: qsTr("Notifications"); color: Theme.text; font.pixelSize: Theme.bodySize }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    CheckBox {
                        objectName: "desktopNotifications"
                        text: qsTr("On the desktop")
                        checked: AppSettings.desktopNotifications
                        onToggled: AppSettings.desktopNotifications = checked
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: qsTr("New proposals, and votes ending within a day that you have not cast. They also show in this window.")
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallSize
                    }
                }

                Label { text: qsTr("Forums allowed"); color: Theme.text; font.pixelSize: Theme.bodySize }
                ColumnLayout {
                    Label {
                        visible: AppSettings.allowedForums.length === 0
                        text: qsTr("None yet: a proposal's discussion is read only from forums you allow.")
                        color: Theme.subtleText
                        font.pixelSize: Theme.bodySize
                    }
                    Repeater {
                        model: AppSettings.allowedForums
                        delegate: RowLayout {
                            required property string modelData
                            Label { text: modelData + (AppSettings.forumImagesAllowed(modelData) ? qsTr(" (with images)") : ""); color: Theme.text; font.pixelSize: Theme.bodySize }
                            ToolButton { text: qsTr("Forget"); onClicked: AppSettings.forgetForum(modelData) }
                        }
                    }
                }

                Label { text: qsTr("Data folder"); color: Theme.text; font.pixelSize: Theme.bodySize }
                Label {
                    text: AppSettings.dataDirectory
                    color: Theme.subtleText
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideMiddle
                    Layout.maximumWidth: 420
                }
            }
            Label {
                text: qsTr("Network and DAO")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Layout.topMargin: Theme.spacing
            }
            Notice { objectName: "profileError"; text: ChainController.profileError }
            Label {
                visible: !ChainController.hasProfile
                text: qsTr("No DAO profile is open. Open a profile file, or start the local devnet with `datadao-cli devnet up`.")
                color: Theme.subtleText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                visible: ChainController.hasProfile
                columns: 2
                columnSpacing: Theme.spacing * 2
                rowSpacing: 6
                Layout.maximumWidth: 760
                Repeater {
                    model: [
                        [qsTr("DAO"), ChainController.profileName],
                        [qsTr("Chain id"), ChainController.chainId],
                        [qsTr("Nodes"), ChainController.rpcUrls.join("\n")],
                        [qsTr("Status"), ChainController.statusText],
                        [qsTr("Governor"), ChainController.governorAddress],
                        [qsTr("Token"), ChainController.tokenAddress],
                        [qsTr("Timelock (treasury)"), ChainController.timelockAddress],
                        [qsTr("Profile file"), ChainController.profilePath]
                    ]
                    delegate: Item {
                        required property var modelData
                        Layout.columnSpan: 2
                        Layout.fillWidth: true
                        implicitHeight: row.implicitHeight
                        RowLayout {
                            id: row
                            anchors.left: parent.left
                            anchors.right: parent.right
                            Label {
                                text: modelData[0]
                                color: Theme.subtleText
                                font.pixelSize: Theme.bodySize
                                Layout.preferredWidth: 170
                                Layout.maximumWidth: 170
                                wrapMode: Text.Wrap // long labels (German) wrap instead of running into the value
                            }
                            Label {
                                text: modelData[1]
                                color: Theme.text
                                font.family: modelData[1].startsWith("0x") ? Theme.monoFamily : Qt.application.font.family
                                font.pixelSize: Theme.bodySize
                                elide: Text.ElideMiddle
                                Layout.fillWidth: true
                            }
                        }
                    }
                }
            }
            RowLayout {
                spacing: Theme.spacing
                Button {
                    objectName: "openProfileButton"
                    text: qsTr("Open DAO profile…")
                    onClicked: profileDialog.open()
                }
                Button {
                    objectName: "rebuildCacheButton"
                    visible: ChainController.hasProfile
                    text: qsTr("Rebuild the cache")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Deletes what this app read from the chain for this DAO and reads it again. Your transactions and keys are not touched.")
                    onClicked: ChainSync.rebuild()
                }
                Label {
                    text: ChainSync.error.length > 0 ? ChainSync.error : ChainSync.statusText
                    color: ChainSync.error.length > 0 ? Theme.danger : Theme.subtleText
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("Add a DAO by its node and governor")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                Layout.topMargin: Theme.spacing
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.maximumWidth: 900
                TextField {
                    id: rpcField
                    objectName: "addRpcUrls"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Node URLs, comma-separated (https://…)")
                    Accessible.name: placeholderText
                }
                TextField {
                    id: governorField
                    objectName: "addGovernor"
                    Layout.preferredWidth: 380
                    placeholderText: qsTr("Governor address 0x…")
                    font.family: Theme.monoFamily
                    Accessible.name: qsTr("Governor address")
                }
                Button {
                    objectName: "addNetworkButton"
                    text: qsTr("Add")
                    enabled: !ChainController.discovering
                    onClicked: {
                        addError.text = ""
                        ChainController.addNetwork(rpcField.text, governorField.text)
                    }
                }
                BusyIndicator { visible: ChainController.discovering; running: visible; implicitWidth: 28; implicitHeight: 28 }
            }
            Notice { id: addError; objectName: "addNetworkError"; Layout.maximumWidth: 900 }
            Label {
                text: qsTr("Remote pinning service")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                Layout.topMargin: Theme.spacing
            }
            Label {
                objectName: "pinningStatus"
                Layout.maximumWidth: 900
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.subtleText
                font.pixelSize: Theme.smallSize
                text: PinningController.configured
                    ? qsTr("Published datasets are also pinned by %1. Its token is sealed with the key of %2: unlock that account to publish with it.").arg(PinningController.endpoint).arg(PinningController.account)
                    : qsTr("Any service of the IPFS Pinning Service API (Pinata, Filebase, 4EVERLAND…) can keep a second copy of what you publish. Its token is sealed with one of your accounts' keys, never stored in the clear.")
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.maximumWidth: 900
                TextField {
                    id: pinEndpoint
                    objectName: "pinningEndpoint"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Endpoint (https://…)")
                    text: PinningController.endpoint
                    Accessible.name: qsTr("Pinning service endpoint")
                }
                TextField {
                    id: pinToken
                    objectName: "pinningToken"
                    Layout.preferredWidth: 200
                    placeholderText: qsTr("Access token")
                    echoMode: TextInput.Password
                    Accessible.name: qsTr("Pinning service access token")
                }
                ComboBox {
                    id: pinAccount
                    objectName: "pinningAccount"
                    Layout.preferredWidth: 180
                    model: WalletController.accounts
                    textRole: "name"
                    valueRole: "address"
                    Accessible.name: qsTr("Account whose key seals the token")
                    onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                    Component.onCompleted: if (currentIndex < 0 && count > 0) currentIndex = 0
                }
                Button {
                    objectName: "pinningSave"
                    text: qsTr("Save")
                    onClicked: pinError.text = PinningController.save(pinEndpoint.text, pinToken.text, pinAccount.currentValue || "")
                }
                Button {
                    objectName: "pinningRemove"
                    visible: PinningController.configured
                    text: qsTr("Remove")
                    onClicked: PinningController.remove()
                }
            }
            Notice { id: pinError; objectName: "pinningError"; Layout.maximumWidth: 900 }
            Connections {
                target: PinningController
                function onSaved(error) {
                    pinError.text = error
                    if (error.length === 0)
                        pinToken.text = "" // kept sealed on disk; not left in the field
                }
            }
            Connections {
                target: ChainController
                function onNetworkFailed(message) { addError.text = message }
                function onNetworkAdded(name) { addError.text = ""; rpcField.text = ""; governorField.text = "" }
            }
            FileDialog {
                id: profileDialog
                title: qsTr("Open a DAO profile")
                nameFilters: [qsTr("DAO profiles (*.json)")]
                onAccepted: ChainController.openProfile(selectedFile)
            }
            Item { Layout.fillHeight: true }
        }
    }
}
