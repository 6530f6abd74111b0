import QtQuick
import QtQuick.Controls
import DataDao

// A short message below the page after an operation ends; it goes after 5 s, or when clicked.
Rectangle {
    id: toast
    property bool isError: false
    visible: opacity > 0
    opacity: 0
    radius: Theme.radius
    color: isError ? Theme.dangerSurface : Theme.surfaceAlt
    border.color: isError ? Theme.danger : Theme.border
    width: Math.min(label.implicitWidth + 40, 640)
    height: label.implicitHeight + 24

    function show(text, error) {
        label.text = text
        isError = error
        opacity = 1
        hideTimer.restart()
    }

    Label {
        id: label
        objectName: "toast_text"
        anchors.centerIn: parent
        width: Math.min(implicitWidth, 600)
        wrapMode: Text.Wrap
        color: toast.isError ? Theme.danger : Theme.text
        font.pixelSize: Theme.bodySize
        Accessible.role: Accessible.AlertMessage
    }
    MouseArea {
        anchors.fill: parent
        onClicked: toast.opacity = 0
    }
    Timer { id: hideTimer; interval: 5000; onTriggered: toast.opacity = 0 }
    Behavior on opacity { NumberAnimation { duration: 150 } }
}
