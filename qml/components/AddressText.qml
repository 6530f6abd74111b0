import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// An EIP-55 address in a monospace font, selectable, with a copy button; beside an address (not a
// hash), the blockies identicon MetaMask and Etherscan draw for it.
RowLayout {
    id: root
    property string address: ""
    // Off for what is not an address (a transaction hash). Fixed when the item is made: the room
    // the picture takes never changes, so no layout has to make room for it later.
    property bool identicon: true
    readonly property bool isAddress: /^0x[0-9a-fA-F]{40}$/.test(address)
    spacing: 6

    Image {
        objectName: root.objectName + "_identicon"
        visible: root.identicon
        source: root.identicon && root.isAddress ? "image://identicon/" + root.address : ""
        sourceSize: Qt.size(Theme.identiconSize, Theme.identiconSize)
        Layout.preferredWidth: Theme.identiconSize
        Layout.preferredHeight: Theme.identiconSize
        Layout.alignment: Qt.AlignVCenter
        smooth: false // crisp cells, as blockies are drawn
        Accessible.ignored: true
    }

    TextEdit {
        Layout.fillWidth: true
        text: root.address
        readOnly: true
        selectByMouse: true
        font.family: Theme.monoFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: TextEdit.WrapAnywhere
        Accessible.name: qsTr("Address %1").arg(root.address)
    }
    ToolButton {
        objectName: root.objectName + "_copy"
        text: qsTr("Copy")
        font.pixelSize: Theme.smallSize
        onClicked: {
            WalletController.copyToClipboard(root.address)
            text = qsTr("Copied")
            resetTimer.restart()
        }
        Timer { id: resetTimer; interval: 1500; onTriggered: parent.text = qsTr("Copy") }
    }
}
