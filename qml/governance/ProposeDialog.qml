import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// A new proposal: a title, a markdown description with a preview, and its actions: payments
// from the treasury or any contract call by signature and arguments (none: a text-only signal
// vote). It goes to the chain through the confirmation sheet.
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
        target.text = ""
        signature.text = ""
        callArguments.text = ""
        ethValue.text = ""
        actionError = ""
        actions.clear()
        payment.checked = true
        writeTab.checked = true
        if (accountBox.currentIndex < 0 && accountBox.count > 0)
            accountBox.currentIndex = 0
        open()
    }
    property string actionError: ""
    ListModel { id: actions }

    function editedAction() {
        return payment.checked
            ? { kind: "payment", recipient: recipient.text, amount: amount.text }
            : { kind: "call", target: target.text, signature: signature.text, arguments: callArguments.text, value: ethValue.text }
    }
    function addAction() {
        const action = editedAction()
        const checked = ProposalController.checkAction(action)
        actionError = checked.error
        if (checked.error.length > 0)
            return
        // One shape for every row: the list shows the words, the action itself travels as JSON.
        actions.append({ text: checked.text, json: JSON.stringify(action) })
        recipient.text = ""; amount.text = ""; target.text = ""; signature.text = ""; callArguments.text = ""; ethValue.text = ""
    }
    onSubmitted: {
        const list = []
        for (let i = 0; i < actions.count; ++i)
            list.push(JSON.parse(actions.get(i).json))
        error = ProposalController.propose(accountBox.currentValue, titleField.text, body.text, list)
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
    Label { text: qsTr("Actions"); color: Theme.subtleText; font.pixelSize: Theme.smallSize }
    Label {
        visible: actions.count === 0
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: qsTr("None yet: without actions this is a text-only signal vote, and nothing is executed.")
        color: Theme.text
        font.pixelSize: Theme.bodySize
    }
    Repeater {
        model: actions
        delegate: RowLayout {
            required property int index
            required property string text
            Layout.fillWidth: true
            Label {
                objectName: "proposeAction_" + index
                Layout.fillWidth: true
                text: (index + 1) + ". " + parent.text
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            ToolButton { text: qsTr("Remove"); onClicked: actions.remove(index) }
        }
    }
    RowLayout {
        spacing: Theme.spacing
        RadioButton { id: payment; objectName: "proposePayment"; text: qsTr("Pay %1 from the treasury").arg(ChainController.tokenSymbol); checked: true }
        RadioButton { id: contractCall; objectName: "proposeCall"; text: qsTr("Call a contract") }
    }
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
    GridLayout {
        visible: contractCall.checked
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.spacing
        TextField {
            id: target
            objectName: "proposeTarget"
            Layout.fillWidth: true
            placeholderText: qsTr("Contract 0x…")
            font.family: Theme.monoFamily
        }
        TextField {
            id: ethValue
            objectName: "proposeEthValue"
            Layout.preferredWidth: 160
            placeholderText: qsTr("ETH sent (optional)")
        }
        TextField {
            id: signature
            objectName: "proposeSignature"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            placeholderText: qsTr("Function, e.g. grantRole(bytes32,address)")
            font.family: Theme.monoFamily
        }
        TextArea {
            id: callArguments
            objectName: "proposeArguments"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            Layout.preferredHeight: 60
            placeholderText: qsTr("Arguments, one per line (arrays as [a,b])")
            font.family: Theme.monoFamily
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Notice { objectName: "proposeActionError"; text: dialog.actionError; Layout.fillWidth: true }
        Item { Layout.fillWidth: true; visible: dialog.actionError.length === 0 }
        Button { objectName: "proposeAddAction"; text: qsTr("Add action"); onClicked: dialog.addAction() }
    }
}
