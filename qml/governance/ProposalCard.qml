import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// One proposal in the list: title, state, countdown, tally and quorum progress.
Rectangle {
    id: card
    required property string proposalId
    required property string title
    required property int proposalState
    required property string stateText
    required property string countdown
    required property string forVotes
    required property string againstVotes
    required property string abstainVotes
    required property real forFraction
    required property real againstFraction
    required property real abstainFraction
    required property real quorumFraction
    required property string quorumText
    required property int voters
    required property bool voted
    signal opened()

    objectName: "proposal_" + proposalId
    implicitHeight: content.implicitHeight + 28
    radius: Theme.radius
    color: area.containsMouse ? Theme.surfaceAlt : Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Button
    Accessible.name: title

    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: card.opened()
    }

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: 14
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: card.title
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                visible: card.voted
                text: qsTr("You voted")
                color: Theme.success
                font.pixelSize: Theme.smallSize
            }
            StateChip { proposalState: card.proposalState; text: card.stateText }
        }
        Label {
            visible: text.length > 0
            text: card.countdown
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
        }
        TallyBar {
            Layout.fillWidth: true
            forFraction: card.forFraction
            againstFraction: card.againstFraction
            abstainFraction: card.abstainFraction
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("For %1").arg(card.forVotes); color: Theme.success; font.pixelSize: Theme.smallSize }
            Label { text: qsTr("Against %1").arg(card.againstVotes); color: Theme.danger; font.pixelSize: Theme.smallSize }
            Label { text: qsTr("Abstain %1").arg(card.abstainVotes); color: Theme.subtleText; font.pixelSize: Theme.smallSize }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("%n voter(s)", "", card.voters); color: Theme.subtleText; font.pixelSize: Theme.smallSize }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ProgressBar {
                Layout.preferredWidth: 160
                from: 0
                to: 1
                value: card.quorumFraction
                Accessible.name: card.quorumText
            }
            Label { text: card.quorumText; color: Theme.subtleText; font.pixelSize: Theme.smallSize }
        }
    }
}
