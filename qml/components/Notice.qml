import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// A message in words inside a form: an error (red) or a warning (amber). Hidden when empty.
Rectangle {
    id: notice
    property string text: ""
    property bool warning: false
    visible: text.length > 0
    color: warning ? Theme.warningSurface : Theme.dangerSurface
    radius: Theme.radius
    implicitHeight: label.implicitHeight + 16
    Layout.fillWidth: true

    Label {
        id: label
        objectName: notice.objectName + "_text"
        anchors.fill: parent
        anchors.margins: 8
        text: notice.text
        wrapMode: Text.Wrap
        color: notice.warning ? Theme.text : Theme.danger
        font.pixelSize: Theme.bodySize
        Accessible.role: Accessible.AlertMessage
    }
}
