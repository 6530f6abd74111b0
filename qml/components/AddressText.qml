import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// An EIP-55 address in a monospace font, selectable, with a copy button.
RowLayout {
    id: root
    property string address: ""
    spacing: 4

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
