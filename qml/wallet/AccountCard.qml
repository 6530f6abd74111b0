import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// One account in the wallet list: name, where its key comes from, address, lock state, actions.
Rectangle {
    id: card
    // Filled from the model's roles (AccountListModel).
    required property string name
    required property string address
    required property int kind // an AccountListModel.Kind
    required property string path
    required property string vaultId
    required property bool unlocked

    signal unlockRequested()
    signal lockRequested()
    signal renameRequested()
    signal passwordRequested()
    signal exportRequested()
    signal removeRequested()
    signal nextAccountRequested()
    signal sendRequested()
    signal delegateRequested()

    readonly property string kindText: kind === AccountListModel.RecoveryPhrase ? qsTr("Recovery phrase · %1").arg(path)
                                     : kind === AccountListModel.Keystore ? qsTr("Imported keystore file")
                                     : qsTr("Imported private key")

    implicitHeight: content.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Account %1, %2").arg(name).arg(unlocked ? qsTr("unlocked") : qsTr("locked"))

    RowLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4
            RowLayout {
                spacing: 8
                Label {
                    objectName: "accountName"
                    text: card.name
                    font.pixelSize: Theme.headingSize
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.maximumWidth: 320
                }
                Rectangle {
                    radius: 10
                    color: card.unlocked ? Theme.success : Theme.surfaceAlt
                    implicitWidth: stateLabel.implicitWidth + 16
                    implicitHeight: stateLabel.implicitHeight + 4
                    Label {
                        id: stateLabel
                        anchors.centerIn: parent
                        text: card.unlocked ? qsTr("Unlocked") : qsTr("Locked")
                        font.pixelSize: Theme.smallSize
                        color: card.unlocked ? Theme.accentText : Theme.subtleText
                    }
                }
            }
            Label {
                text: card.kindText
                color: Theme.subtleText
                font.pixelSize: Theme.smallSize
            }
            Label {
                objectName: "accountBalances"
                readonly property var entry: ChainController.balances[card.address] || ({})
                visible: ChainController.hasProfile && entry.token !== undefined
                text: qsTr("%1 %2 · %3 ETH · voting power %4 · %5")
                      .arg(entry.token || "0").arg(ChainController.tokenSymbol)
                      .arg(entry.native || "0").arg(entry.votes || "0")
                      .arg(!entry.delegate ? qsTr("not delegated: delegate to vote")
                           : entry.delegate === card.address ? qsTr("delegated to self")
                           : qsTr("delegated to %1").arg(entry.delegate))
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            AddressText {
                objectName: "accountAddress"
                Layout.fillWidth: true
                address: card.address
            }
        }

        Button {
            objectName: "lockToggle"
            text: card.unlocked ? qsTr("Lock") : qsTr("Unlock")
            highlighted: !card.unlocked
            onClicked: card.unlocked ? card.lockRequested() : card.unlockRequested()
        }
        ToolButton {
            objectName: "accountMenuButton"
            text: qsTr("More…")
            Accessible.name: qsTr("More actions for %1").arg(card.name)
            onClicked: menu.open()
            Menu {
                id: menu
                objectName: "accountMenu"
                y: parent.height
                MenuItem {
                    objectName: "menuSend"
                    text: qsTr("Send %1…").arg(ChainController.tokenSymbol || qsTr("tokens"))
                    enabled: ChainController.connected
                    onTriggered: card.sendRequested()
                }
                MenuItem {
                    objectName: "menuDelegate"
                    text: qsTr("Delegate votes…")
                    enabled: ChainController.connected
                    onTriggered: card.delegateRequested()
                }
                MenuSeparator {}
                MenuItem { objectName: "menuRename"; text: qsTr("Rename…"); onTriggered: card.renameRequested() }
                MenuItem { objectName: "menuPassword"; text: qsTr("Change password…"); onTriggered: card.passwordRequested() }
                MenuItem {
                    objectName: "menuNext"
                    text: qsTr("Add next account from this phrase…")
                    visible: card.kind === AccountListModel.RecoveryPhrase
                    height: visible ? implicitHeight : 0
                    onTriggered: card.nextAccountRequested()
                }
                MenuItem { objectName: "menuExport"; text: qsTr("Export keystore file…"); onTriggered: card.exportRequested() }
                MenuSeparator {}
                MenuItem { objectName: "menuRemove"; text: qsTr("Remove from this computer…"); onTriggered: card.removeRequested() }
            }
        }
    }
}
