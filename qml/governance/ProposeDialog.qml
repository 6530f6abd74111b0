import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge

// A new proposal: a title, a markdown description with a preview, and its action: text only or
// a payment from the treasury. It goes to the chain through the confirmation sheet.
FormDialog {
    id: dialog
    objectName: "proposeDialog"
    width: Math.min(parent.width - 80, 720)
    title: qsTr("New proposal")
    acceptText: qsTr("Review…")
    acceptEnabled: titleField.text.trim().length > 0 && accountBox.currentIndex >= 0

    function openFresh() {
        error = ""
        titleField.text = ""
        body.text = ""
        recipient.text = ""
        amount.text = ""
        textOnly.checked = true
        writeTab.checked = true
        if (accountBox.currentIndex < 0 && accountBox.count > 0)
            accountBox.currentIndex = 0
        open()
    }
    onSubmitted: {
        error = GovernanceController.propose(accountBox.currentValue, titleField.text, body.text,
                                             payment.checked ? recipient.text : "", payment.checked ? amount.text : "")
        if (error.length === 0)
            close()
    }

    Label { text: qsTr("Proposer"); color: Theme.subtleText; font.pixelSize: Theme.smallSize }
    ComboBox {
        id: accountBox
        objectName: "proposeAccount"
        Layout.fillWidth: true
        model: WalletController.accounts
        textRole: "name"
        valueRole: "address"
    }
    TextField {
        id: titleField
        objectName: "proposeTitle"
        Layout.fillWidth: true
        placeholderText: qsTr("Title (one line)")
    }
    TabBar {
        TabButton { id: writeTab; text: qsTr("Write"); width: implicitWidth; checked: true }
        TabButton { id: previewTab; objectName: "proposePreviewTab"; text: qsTr("Preview"); width: implicitWidth }
    }
    TextArea {
        id: body
        objectName: "proposeBody"
        visible: writeTab.checked
        Layout.fillWidth: true
        Layout.preferredHeight: 140
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("What and why, in markdown: lists, **bold**, links to the forum discussion…")
    }
    ScrollView {
        visible: previewTab.checked
        Layout.fillWidth: true
        Layout.preferredHeight: 140
        Text {
            objectName: "proposePreview"
            width: parent.width
            text: body.text.length > 0 ? body.text : qsTr("Nothing to preview yet.")
            textFormat: Text.MarkdownText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
    }
    RadioButton { id: textOnly; objectName: "proposeTextOnly"; text: qsTr("Text only (a signal vote, nothing is executed)"); checked: true }
    RadioButton { id: payment; objectName: "proposePayment"; text: qsTr("Pay %1 from the treasury").arg(ChainController.tokenSymbol) }
    RowLayout {
        visible: payment.checked
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            id: recipient
            objectName: "proposeRecipient"
            Layout.fillWidth: true
            placeholderText: qsTr("Recipient 0x…")
            font.family: Theme.monoFamily
        }
        TextField {
            id: amount
            objectName: "proposeAmount"
            Layout.preferredWidth: 160
            placeholderText: qsTr("Amount in %1").arg(ChainController.tokenSymbol)
        }
    }
}
