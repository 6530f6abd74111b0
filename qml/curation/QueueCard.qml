import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// One dataset of the review queue: its title and stage, how far its reviews have come against
// the quorum, its stake, and how long it has waited or has left.
Rectangle {
    id: card
    property var item: ({})
    signal opened()

    readonly property color toneColor: item.tone === "good" ? Theme.success : item.tone === "bad" ? Theme.danger : Theme.subtleText

    implicitHeight: column.implicitHeight + 2 * Theme.padding * 0.75
    radius: Theme.radius
    color: mouse.containsMouse ? Theme.surfaceAlt : Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Button
    Accessible.name: (item.title || "") + ", " + (item.stageText || "")
    activeFocusOnTab: true
    Keys.onReturnPressed: card.opened()
    Keys.onSpacePressed: card.opened()

    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: card.opened()
    }

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.padding * 0.75 }
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: card.item.title || ""
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                text: card.item.stageText || ""
                font.pixelSize: Theme.smallSize
                color: card.toneColor
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            // The reviews so far against the quorum, one segment each.
            Row {
                spacing: 3
                Repeater {
                    model: Math.max(card.item.quorum || 0, card.item.reviews || 0)
                    Rectangle {
                        required property int index
                        width: 18
                        height: 6
                        radius: 3
                        color: index < (card.item.reviews || 0) ? Theme.accent : Theme.border
                    }
                }
            }
            Label {
                text: qsTr("%1 of %2 reviews").arg(card.item.reviews || 0).arg(card.item.quorum || 0)
                font.pixelSize: Theme.smallSize
                color: Theme.subtleText
            }
            Label {
                visible: card.item.reviewedByMe === true
                text: qsTr("· you reviewed it")
                font.pixelSize: Theme.smallSize
                color: Theme.subtleText
            }
            Item { Layout.fillWidth: true }
            Label {
                text: card.item.overdue ? (card.item.deadlineKind === "appeal" ? qsTr("appeal window closed") : qsTr("review period over"))
                    : (card.item.timeLeft || "").length > 0 ? (card.item.deadlineKind === "appeal" ? qsTr("%1 left to appeal").arg(card.item.timeLeft)
                                                                                                     : qsTr("%1 left to review").arg(card.item.timeLeft))
                    : ""
                font.pixelSize: Theme.smallSize
                color: card.item.overdue ? Theme.danger : Theme.subtleText
            }
        }
        Label {
            Layout.fillWidth: true
            text: [qsTr("#%1").arg(card.item.id), qsTr("stake %1").arg(card.item.stakeText || ""), card.item.sizeText,
                   (card.item.formats || []).join(", "), (card.item.age || "").length > 0 ? qsTr("submitted %1 ago").arg(card.item.age) : ""]
                  .filter(s => s && s.length > 0).join("   ")
            font.pixelSize: Theme.smallSize
            color: Theme.subtleText
            elide: Text.ElideRight
        }
    }
}
