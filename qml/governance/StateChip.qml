import QtQuick
import QtQuick.Controls
import DataDao.Bridge
import DataDao

// A proposal's state as a coloured chip (Governor.state(): 0 pending … 7 executed, -1 unknown).
Rectangle {
    id: chip
    property int proposalState: -1
    property string text: ""
    readonly property color tone: proposalState === 1 ? Theme.accent
        : proposalState === 4 || proposalState === 5 || proposalState === 7 ? Theme.success
        : proposalState === 2 || proposalState === 3 || proposalState === 6 ? Theme.danger
        : Theme.subtleText
    radius: height / 2
    color: "transparent"
    border.color: tone
    implicitWidth: label.implicitWidth + 16
    implicitHeight: label.implicitHeight + 6
    Label {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: chip.tone
        font.pixelSize: Theme.smallSize
        font.bold: true
    }
}
