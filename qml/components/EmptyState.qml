import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// An honest empty state: what this place will hold, and what to do now if anything.
Item {
    id: root
    property alias title: heading.text
    property alias body: bodyText.text
    default property alias actions: actionRow.data

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, 560)
        spacing: Theme.spacing

        Label {
            id: heading
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.headingSize + 2
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
        }
        Label {
            id: bodyText
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            color: Theme.subtleText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            lineHeight: 1.2
        }
        RowLayout {
            id: actionRow
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing
        }
    }
}
