import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// A share (0..1) as a short bar with its words beside it: a column's empty or distinct values.
RowLayout {
    id: bar
    property real share: 0
    property string label: ""
    property color barColor: Theme.accent
    spacing: 4
    // A fixed width: the bars of a table's columns stand one under the other.
    Layout.minimumWidth: 150
    Layout.maximumWidth: 150

    Rectangle {
        Layout.preferredWidth: 60
        Layout.preferredHeight: 6
        radius: 3
        color: Theme.border
        Rectangle {
            width: parent.width * Math.max(0, Math.min(1, bar.share))
            height: parent.height
            radius: 3
            color: bar.barColor
        }
    }
    Label {
        Layout.fillWidth: true
        text: bar.label
        font.pixelSize: Theme.smallSize
        color: Theme.subtleText
        elide: Text.ElideRight
    }
}
