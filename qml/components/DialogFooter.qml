import QtQuick
import QtQuick.Layouts
import DataDao

// The button row at the bottom of a dialog: right-aligned, with room around it.
Item {
    default property alias buttons: row.data
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    implicitWidth: row.implicitWidth + 2 * Theme.padding

    RowLayout {
        id: row
        anchors.right: parent.right
        anchors.rightMargin: Theme.padding
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacing
    }
}
