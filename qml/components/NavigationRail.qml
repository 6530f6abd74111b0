import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// The left-hand list of sections, each with its icon (resources/icons); keyboard navigable with
// the arrow keys and Ctrl+1 to Ctrl+8 (Main.qml), the focused entry ringed.
Rectangle {
    id: rail
    property var sections: []
    property int currentIndex: 0
    property int accountCount: 0
    color: Theme.surface

    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.border
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 4

        Label {
            text: qsTr("DataDAO")
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            Layout.bottomMargin: Theme.spacing
            Layout.leftMargin: 8
            Accessible.role: Accessible.Heading
        }

        Repeater {
            model: rail.sections
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                objectName: "nav_" + modelData.key
                Layout.fillWidth: true
                text: modelData.label
                icon.source: "qrc:/icons/" + modelData.key + ".svg"
                icon.width: Theme.navIconSize
                icon.height: Theme.navIconSize
                icon.color: highlighted ? Theme.accentText : Theme.subtleText
                highlighted: rail.currentIndex === index
                font.pixelSize: Theme.bodySize
                font.bold: highlighted
                focusPolicy: Qt.StrongFocus
                Accessible.name: modelData.label
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("%1 (Ctrl+%2)").arg(modelData.label).arg(index + 1)
                // Keyboard focus shows as a ring in the accent colour, on either theme.
                Rectangle {
                    anchors.fill: parent
                    color: "transparent"
                    radius: 4
                    border.width: 2
                    border.color: Theme.accent
                    visible: parent.visualFocus
                }
                onClicked: rail.currentIndex = index
                Keys.onDownPressed: rail.currentIndex = Math.min(rail.sections.length - 1, index + 1)
                Keys.onUpPressed: rail.currentIndex = Math.max(0, index - 1)
            }
        }

        Item { Layout.fillHeight: true }

        Label {
            objectName: "chainStatus"
            Layout.fillWidth: true
            Layout.leftMargin: 8
            wrapMode: Text.Wrap
            color: ChainController.connected ? Theme.success : Theme.danger
            font.pixelSize: Theme.smallSize
            // The DAO's name and the block on lines of their own: the rail is narrow.
            text: ChainController.connected
                  ? ChainController.profileName + "\n" + qsTr("block %1").arg(ChainController.blockNumber)
                  : ChainController.statusText
            visible: ChainController.hasProfile
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: 8
            wrapMode: Text.Wrap
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
            text: rail.accountCount === 0 ? qsTr("No wallet yet")
                                          : qsTr("%n account(s)", "", rail.accountCount)
        }
    }
}
