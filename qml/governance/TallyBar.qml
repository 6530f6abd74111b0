import QtQuick
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// For, against and abstain as one bar split by their shares of the votes cast.
Rectangle {
    id: bar
    property real forFraction: 0
    property real againstFraction: 0
    property real abstainFraction: 0
    implicitHeight: 8
    radius: 4
    color: Theme.surfaceAlt
    clip: true
    Row {
        anchors.fill: parent
        Rectangle { width: bar.width * bar.forFraction; height: bar.height; color: Theme.success }
        Rectangle { width: bar.width * bar.againstFraction; height: bar.height; color: Theme.danger }
        Rectangle { width: bar.width * bar.abstainFraction; height: bar.height; color: Theme.subtleText }
    }
}
