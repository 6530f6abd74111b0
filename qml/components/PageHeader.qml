import QtQuick
import QtQuick.Controls
import DataDao

// A page's title and a sentence that says what the page is for. A Column, not a ColumnLayout:
// its height follows the subtitle's wrapping as the width changes, also when the text changed
// while the page was hidden (a layout in Qt 6.4 kept the old one-line height then).
Item {
    property alias title: titleLabel.text
    property alias subtitle: subtitleLabel.text
    implicitHeight: column.implicitHeight
    implicitWidth: column.implicitWidth

    Column {
        id: column
        width: parent.width
        spacing: 4

        Label {
            id: titleLabel
            width: parent.width
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            elide: Text.ElideRight
        }
        Label {
            id: subtitleLabel
            width: parent.width
            visible: text.length > 0
            color: Theme.subtleText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
