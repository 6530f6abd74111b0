import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A page's title and a sentence that says what the page is for.
ColumnLayout {
    property alias title: titleLabel.text
    property alias subtitle: subtitleLabel.text
    spacing: 4

    Label {
        id: titleLabel
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Layout.fillWidth: true
        elide: Text.ElideRight
    }
    Label {
        id: subtitleLabel
        visible: text.length > 0
        color: Theme.subtleText
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
