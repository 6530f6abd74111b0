import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Governance: an honest empty state until this capability lands.
Item {
    objectName: "page_governance"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Governance")
            subtitle: qsTr("Read proposals with their forum discussion, vote for, against or abstain with a reason, delegate your votes, propose, queue and execute.")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Nothing here yet")
            body: qsTr("Governance appears once the app is connected to the DAO's chain.")
        }
    }
}
