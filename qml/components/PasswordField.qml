import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// A password input with a show/hide toggle; the text never leaves QML except to the controller.
RowLayout {
    id: root
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias field: field
    signal accepted()
    spacing: 4

    TextField {
        id: field
        objectName: root.objectName + "_input"
        Layout.fillWidth: true
        echoMode: reveal.checked ? TextInput.Normal : TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.name: placeholderText
        onAccepted: root.accepted()
    }
    ToolButton {
        id: reveal
        checkable: true
        // Wide enough for "Verbergen" as well as "Hide".
        Layout.preferredWidth: Math.max(implicitWidth, 84)
        text: checked ? qsTr("Hide") : qsTr("Show")
        font.pixelSize: Theme.smallSize
        Accessible.name: checked ? qsTr("Hide password") : qsTr("Show password")
    }
}
