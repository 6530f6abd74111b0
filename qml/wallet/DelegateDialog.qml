import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Delegate voting power: to yourself (needed before your tokens count) or to someone you trust.
FormDialog {
    id: dialog
    objectName: "delegateDialog"
    acceptText: qsTr("Review…")
    title: qsTr("Delegate the votes of %1").arg(accountName)
    property string address
    property string accountName

    function ask(addr, name) {
        address = addr
        accountName = name
        error = ""
        toSelf.checked = true
        delegatee.text = ""
        open()
    }
    onSubmitted: {
        const target = toSelf.checked ? address : delegatee.text
        error = WalletController.addressProblem(target)
        if (error.length === 0) {
            TransactionController.requestDelegate(address, target)
            close()
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
        text: qsTr("Tokens only count as votes once they are delegated. Your tokens stay yours; you can change the delegate at any time.")
    }
    RadioButton { id: toSelf; objectName: "delegateSelf"; text: qsTr("To myself"); checked: true }
    RadioButton { id: toOther; objectName: "delegateOther"; text: qsTr("To another address") }
    TextField {
        id: delegatee
        objectName: "delegateAddress"
        enabled: toOther.checked
        Layout.fillWidth: true
        placeholderText: "0x…"
        font.family: Theme.monoFamily
    }
}
