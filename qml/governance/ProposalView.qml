import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// One proposal: its description rendered as markdown (Tally's convention: first line is the
// title), every action decoded in words, the timeline, and the votes with their reasons.
Item {
    id: view
    readonly property var proposal: GovernanceController.selected
    signal back()

    VoteDialog { id: voteDialog }
    LifecycleDialog { id: lifecycleDialog }
    LinkConfirmDialog { id: linkDialog }

    // The discussion sits beside the proposal in a wide window, below it in a narrow one.
    readonly property bool sideBySide: width >= 880
    readonly property bool showDiscussion: discussionPane.hasLink

    ScrollView {
        id: scroll
        anchors.left: parent.left
        anchors.top: parent.top
        width: view.showDiscussion && view.sideBySide ? Math.round(parent.width * 0.56) : parent.width
        height: view.showDiscussion && !view.sideBySide ? Math.round(parent.height * 0.55) : parent.height
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: scroll.availableWidth - 12
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "proposalBack"
                    text: qsTr("‹ All proposals")
                    flat: true
                    onClicked: view.back()
                }
                Item { Layout.fillWidth: true }
            }
            Notice { text: view.proposal.error || "" }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    objectName: "proposalTitle"
                    Layout.fillWidth: true
                    text: view.proposal.title || ""
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                StateChip { proposalState: view.proposal.state !== undefined ? view.proposal.state : -1; text: view.proposal.stateText || "" }
            }
            Label {
                text: qsTr("Proposed by %1").arg(view.proposal.proposer || "")
                Layout.fillWidth: true
                elide: Text.ElideMiddle
                color: Theme.subtleText
                font.pixelSize: Theme.smallSize
                font.family: Theme.monoFamily
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: view.proposal.countdown || ""
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                Button {
                    objectName: "queueButton"
                    visible: view.proposal.canQueue === true && WalletController.accounts.count > 0
                    text: qsTr("Queue…")
                    highlighted: true
                    onClicked: lifecycleDialog.ask(ProposalController.Queue)
                }
                Button {
                    objectName: "executeButton"
                    visible: view.proposal.canExecute === true && WalletController.accounts.count > 0
                    text: qsTr("Execute…")
                    highlighted: true
                    onClicked: lifecycleDialog.ask(ProposalController.Execute)
                }
                Button {
                    objectName: "cancelProposalButton"
                    visible: view.proposal.canCancel === true
                    text: qsTr("Cancel proposal…")
                    onClicked: lifecycleDialog.ask(ProposalController.Cancel)
                }
                Button {
                    objectName: "voteButton"
                    visible: view.proposal.state === 1 && WalletController.accounts.count > 0
                    text: qsTr("Vote…")
                    highlighted: true
                    onClicked: voteDialog.ask(view.proposal.id, view.proposal.title)
                }
            }
            Label {
                visible: text.length > 0
                text: view.proposal.executableAt || ""
                color: Theme.subtleText
                font.pixelSize: Theme.bodySize
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing * 2
                Label { text: qsTr("For %1").arg(view.proposal.forVotes || "0"); color: Theme.success; font.pixelSize: Theme.bodySize; font.bold: true }
                Label { text: qsTr("Against %1").arg(view.proposal.againstVotes || "0"); color: Theme.danger; font.pixelSize: Theme.bodySize; font.bold: true }
                Label { text: qsTr("Abstain %1").arg(view.proposal.abstainVotes || "0"); color: Theme.subtleText; font.pixelSize: Theme.bodySize; font.bold: true }
                Label {
                    visible: (view.proposal.quorum || "").length > 0
                    text: qsTr("Quorum %1").arg(view.proposal.quorum || "")
                    color: Theme.subtleText
                    font.pixelSize: Theme.bodySize
                }
            }

            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            Text {
                objectName: "proposalBody"
                Layout.fillWidth: true
                text: (view.proposal.body || "").length > 0 ? view.proposal.body : qsTr("This proposal has no description beyond its title.")
                textFormat: Text.MarkdownText
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                linkColor: Theme.accent
                // Links show their target first; nothing opens without a second click.
                onLinkHovered: (link) => { if (link.length > 0) ToolTip.show(link, 3000) }
                onLinkActivated: (link) => linkDialog.ask(link)
            }

            Label { text: qsTr("Actions"); font.pixelSize: Theme.headingSize; font.bold: true; color: Theme.text }
            Label {
                visible: (view.proposal.actions || []).length === 0
                text: qsTr("No on-chain actions: this proposal is a signal vote.")
                color: Theme.subtleText
                font.pixelSize: Theme.bodySize
            }
            Repeater {
                model: view.proposal.actions || []
                delegate: Rectangle {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    implicitHeight: actionColumn.implicitHeight + 20
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: actionColumn
                        anchors.fill: parent
                        anchors.margins: 10
                        spacing: 2
                        Label {
                            objectName: "proposalActionWords_" + index
                            visible: modelData.words.length > 0
                            text: qsTr("%1. %2").arg(index + 1).arg(modelData.words.charAt(0).toUpperCase() + modelData.words.slice(1))
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label { text: modelData.words.length > 0 ? modelData.call : qsTr("%1. %2").arg(index + 1).arg(modelData.call); font.family: Theme.monoFamily; font.pixelSize: Theme.bodySize; color: Theme.text; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
                        Label { text: qsTr("on %1").arg(modelData.contract); font.pixelSize: Theme.smallSize; color: Theme.subtleText; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
                        Repeater {
                            model: modelData.arguments
                            delegate: Label {
                                required property string modelData
                                text: "  " + modelData
                                font.family: Theme.monoFamily
                                font.pixelSize: Theme.smallSize
                                color: Theme.text
                                wrapMode: Text.WrapAnywhere
                                Layout.fillWidth: true
                            }
                        }
                        Label { text: qsTr("Value sent: %1").arg(modelData.value); font.pixelSize: Theme.smallSize; color: Theme.subtleText }
                    }
                }
            }

            Label { text: qsTr("Timeline"); font.pixelSize: Theme.headingSize; font.bold: true; color: Theme.text }
            Repeater {
                model: view.proposal.timeline || []
                // Rows fill the column and wrap: a fixed-width row would widen the whole column.
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Rectangle { width: 8; height: 8; radius: 4; color: Theme.accent }
                    Label { text: modelData.label; color: Theme.text; font.pixelSize: Theme.bodySize; Layout.preferredWidth: 130 }
                    Label { text: modelData.detail; color: Theme.subtleText; font.pixelSize: Theme.bodySize; Layout.fillWidth: true; wrapMode: Text.Wrap }
                }
            }

            Label {
                text: qsTr("Votes (%1)").arg((view.proposal.votes || []).length)
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
            }
            Label {
                visible: (view.proposal.votes || []).length === 0
                text: qsTr("No votes yet.")
                color: Theme.subtleText
                font.pixelSize: Theme.bodySize
            }
            Repeater {
                model: view.proposal.votes || []
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            text: modelData.supportText
                            color: modelData.support === 1 ? Theme.success : modelData.support === 0 ? Theme.danger : Theme.subtleText
                            font.bold: true
                            font.pixelSize: Theme.bodySize
                            Layout.preferredWidth: 70
                        }
                        Label { text: modelData.voter; font.family: Theme.monoFamily; font.pixelSize: Theme.smallSize; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true; Layout.maximumWidth: implicitWidth }
                        Label { text: modelData.weight; font.pixelSize: Theme.smallSize; color: Theme.subtleText }
                    }
                    Label {
                        visible: modelData.reason.length > 0
                        text: "“" + modelData.reason + "”"
                        Layout.fillWidth: true
                        Layout.leftMargin: 70 + Theme.spacing
                        wrapMode: Text.Wrap
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        font.italic: true
                    }
                }
            }
            Item { implicitHeight: Theme.padding }
        }
    }

    DiscussionPane {
        id: discussionPane
        objectName: "discussionPane"
        visible: hasLink
        description: view.proposal.body || ""
        x: view.sideBySide ? scroll.width + Theme.spacing : 0
        y: view.sideBySide ? 0 : scroll.height + Theme.spacing
        width: view.sideBySide ? view.width - scroll.width - Theme.spacing : view.width
        height: view.sideBySide ? view.height : view.height - scroll.height - Theme.spacing
        onOpenLink: (url) => linkDialog.ask(url)
    }
}
