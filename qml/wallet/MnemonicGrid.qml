import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// A recovery phrase as numbered words, three columns, so it can be copied onto paper.
GridLayout {
    id: grid
    property string phrase: ""
    readonly property var words: phrase.length > 0 ? phrase.split(" ") : []
    columns: 3
    columnSpacing: Theme.spacing
    rowSpacing: 6

    Repeater {
        model: grid.words
        delegate: Rectangle {
            required property string modelData
            required property int index
            Layout.fillWidth: true
            implicitHeight: 34
            radius: 6
            color: Theme.surfaceAlt
            border.color: Theme.border
            Label {
                anchors.verticalCenter: parent.verticalCenter
                anchors.left: parent.left
                anchors.leftMargin: 10
                text: (index + 1) + ".  " + modelData
                font.family: Theme.monoFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
            }
        }
    }
}
