import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// A new proposal: a title, a markdown description with a preview, and its actions: payments
// from the treasury, a preset of the DAO's own rules (curators, curation rules, registry fees,
// the rewards pool, appeals; each argument explained), or any contract call by signature and
// arguments (none: a text-only signal vote). It goes to the chain through the confirmation sheet.
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
        presetBox.currentIndex = 0
        resetPreset()
        building = false
        if (accountBox.currentIndex < 0 && accountBox.count > 0)
            accountBox.currentIndex = 0
        open()
    }
    property string actionError: ""
    ListModel { id: actions }
    // The presets and what the member typed into the chosen one's fields (key -> text).
    readonly property var presets: ProposalController.presets()
    readonly property var preset: presets.length > presetBox.currentIndex && presetBox.currentIndex >= 0 ? presets[presetBox.currentIndex] : null
    property var presetValues: ({})
    // The fields on show: a fresh copy recreates them empty (another preset, or one added).
    property var presetFields: []
    property bool building: false
    function resetPreset() {
        presetValues = ({})
        presetFields = preset ? preset.fields.slice() : []
    }

    Connections {
        target: ProposalController
        function onPresetBuilt(built, error) {
            if (!dialog.building)
                return
            dialog.building = false
            dialog.actionError = error
            for (let i = 0; i < built.length; ++i)
                actions.append({ text: built[i].text, json: built[i].json })
            if (error.length === 0 && titleField.text.trim().length === 0 && dialog.preset)
                titleField.text = dialog.preset.title
            if (error.length === 0)
                dialog.resetPreset()
        }
    }

    function editedAction() {
        return payment.checked
            ? { kind: "payment", recipient: recipient.text, amount: amount.text }
            : { kind: "call", target: target.text, signature: signature.text, arguments: callArguments.text, value: ethValue.text }
    }
    function addAction() {
        if (presetChoice.checked) {
            actionError = ""
            building = true
            ProposalController.buildPreset(preset.id, presetValues)
            return
        }
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
        RadioButton { id: presetChoice; objectName: "proposePreset"; text: qsTr("Change the DAO's rules") }
        RadioButton { id: contractCall; objectName: "proposeCall"; text: qsTr("Call a contract") }
    }
    ColumnLayout {
        visible: presetChoice.checked
        Layout.fillWidth: true
        spacing: 6
        ComboBox {
            id: presetBox
            objectName: "proposePresetBox"
            Layout.fillWidth: true
            model: dialog.presets
            textRole: "title"
            onActivated: dialog.resetPreset()
        }
        Label {
            objectName: "proposePresetHelp"
            Layout.fillWidth: true
            text: dialog.preset ? dialog.preset.help : ""
            wrapMode: Text.Wrap
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
        }
        Repeater {
            model: dialog.presetFields
            delegate: ColumnLayout {
                id: fieldRow
                required property var modelData
                Layout.fillWidth: true
                spacing: 2
                Label {
                    text: fieldRow.modelData.help.length > 0 ? qsTr("%1 — %2").arg(fieldRow.modelData.label).arg(fieldRow.modelData.help) : fieldRow.modelData.label
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                }
                TextField {
                    objectName: "presetField_" + fieldRow.modelData.key
                    visible: fieldRow.modelData.kind !== "choice"
                    Layout.fillWidth: true
                    font.family: fieldRow.modelData.kind === "account" ? Theme.monoFamily : Qt.application.font.family
                    placeholderText: fieldRow.modelData.kind === "account" ? "0x…" : ""
                    onTextChanged: {
                        const values = Object.assign({}, dialog.presetValues)
                        values[fieldRow.modelData.key] = text
                        dialog.presetValues = values
                    }
                }
                ComboBox {
                    objectName: "presetChoice_" + fieldRow.modelData.key
                    visible: fieldRow.modelData.kind === "choice"
                    Layout.fillWidth: true
                    model: fieldRow.modelData.choices
                    currentIndex: -1
                    displayText: currentIndex < 0 ? qsTr("Choose…") : currentText
                    onActivated: index => {
                        const values = Object.assign({}, dialog.presetValues)
                        values[fieldRow.modelData.key] = String(index)
                        dialog.presetValues = values
                    }
                }
            }
        }
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
        Button { objectName: "proposeAddAction"; text: dialog.building ? qsTr("Reading the rules…") : qsTr("Add action"); enabled: !dialog.building; onClicked: dialog.addAction() }
    }
}
