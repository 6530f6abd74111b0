import QtQuick
import QtQuick.Controls
import DataDao

// A dialog's title, larger and with the same margins as its content. The dialog sets its own
// width, so the title only reports a height (a width would feed back into the dialog's).
Item {
    property alias text: label.text
    implicitHeight: label.implicitHeight

    Label {
        id: label
        anchors.left: parent.left
        anchors.right: parent.right
        leftPadding: Theme.padding
        rightPadding: Theme.padding
        topPadding: Theme.padding
        font.pixelSize: Theme.headingSize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
    }
}
