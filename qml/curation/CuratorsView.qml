import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Everyone who held the curator role, ranked by how often their verdict matched the outcome:
// the record a token holder reads before voting to grant or revoke the role.
Item {
    id: view
    signal back()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Button { objectName: "curatorsBack"; text: qsTr("‹ Review queue"); flat: true; onClicked: view.back() }
            Item { Layout.fillWidth: true }
        }
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Curators")
            subtitle: qsTr("Agreement is the share of decided datasets where a curator's verdict matched the outcome; each such review earned the review fee.")
        }
        EmptyState {
            visible: CurationController.curators.length === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("No curators yet")
            body: qsTr("Governance grants the curator role by a proposal; curators appear here from the chain's events.")
        }
        ListView {
            id: list
            objectName: "curatorList"
            visible: CurationController.curators.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: CurationController.curators
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                required property var modelData
                required property int index
                width: list.width - 12
                implicitHeight: row.implicitHeight + 16
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: row
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 8 }
                    spacing: Theme.spacing
                    Label {
                        text: (index + 1) + "."
                        color: Theme.subtleText
                        Layout.preferredWidth: 24
                    }
                    AddressText { address: modelData.address; Layout.preferredWidth: 360 }
                    Label {
                        text: modelData.active ? qsTr("curator") : qsTr("role revoked")
                        color: modelData.active ? Theme.success : Theme.subtleText
                        font.pixelSize: Theme.smallSize
                    }
                    Item { Layout.fillWidth: true }
                    Label {
                        text: qsTr("%n review(s)", "", modelData.reviews)
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        text: modelData.agreement < 0 ? qsTr("nothing decided yet")
                            : qsTr("agreed on %1 of %2 decided (%3%)").arg(modelData.agreed).arg(modelData.decided)
                                  .arg(Math.round(modelData.agreement * 100))
                        color: Theme.text
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        text: qsTr("earned %1").arg(modelData.fees)
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallSize
                    }
                }
            }
        }
    }
}
