import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// One catalog entry in the list: title, status, what it holds, its price.
Rectangle {
    id: card
    property var entry: ({})
    signal opened()

    implicitHeight: column.implicitHeight + 2 * Theme.padding * 0.75
    radius: Theme.radius
    color: mouse.containsMouse ? Theme.surfaceAlt : Theme.surface
    border.color: Theme.border
    Accessible.role: Accessible.Button
    Accessible.name: entry.title || ""
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
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.padding * 0.75
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: card.entry.title || ""
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                text: card.entry.statusLabel || ""
                font.pixelSize: Theme.smallSize
                color: card.entry.status === CatalogController.Approved ? Theme.success
                     : card.entry.status === CatalogController.Rejected ? Theme.danger : Theme.subtleText
            }
            Label {
                text: card.entry.priceText || ""
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.entry.metadataNote || card.entry.description || ""
            color: card.entry.metadataNote ? Theme.danger : Theme.subtleText
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: [card.entry.sizeText, card.entry.license, (card.entry.formats || []).join(", "), (card.entry.keywords || []).join(" · ")]
                  .filter(s => s && s.length > 0).join("   ")
            font.pixelSize: Theme.smallSize
            color: Theme.subtleText
            elide: Text.ElideRight
        }
    }
}
