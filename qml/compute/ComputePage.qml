import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// Compute: an honest empty state until this capability lands.
Item {
    objectName: "page_compute"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Compute")
            subtitle: qsTr("Rent compute over the DAO's data with tokens held in escrow, or offer a machine as a provider and earn tokens running jobs.")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Nothing here yet")
            body: qsTr("The compute market is not connected yet.")
        }
    }
}
