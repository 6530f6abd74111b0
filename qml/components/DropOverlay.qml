import QtQuick
import QtQuick.Controls
import DataDao

// Accepts a file or folder dragged onto the window and says what will happen while it hovers.
DropArea {
    id: drop
    objectName: "dropArea"
    signal fileDropped(url url)
    keys: ["text/uri-list"]

    onDropped: event => {
        if (event.hasUrls && event.urls.length > 0) {
            drop.fileDropped(event.urls[0])
            event.acceptProposedAction()
        }
    }

    Rectangle {
        anchors.fill: parent
        anchors.margins: 8
        visible: drop.containsDrag
        color: "transparent"
        radius: Theme.radius
        border.width: 3
        border.color: Theme.accent
        Rectangle {
            anchors.centerIn: parent
            width: hint.implicitWidth + 40
            height: hint.implicitHeight + 24
            radius: Theme.radius
            color: Theme.surface
            Label {
                id: hint
                anchors.centerIn: parent
                text: qsTr("Drop data to contribute it, or a keystore file to import it")
                font.pixelSize: Theme.headingSize
                color: Theme.text
            }
        }
    }
}
