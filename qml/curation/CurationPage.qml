import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// Curation: an honest empty state until this capability lands.
Item {
    objectName: "page_curation"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Curation")
            subtitle: qsTr("Curators work through the review queue here: an automatic quality report first, then approve or reject on chain with a written reason.")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Nothing here yet")
            body: qsTr("No review queue yet: curation arrives with the dataset registry.")
        }
    }
}
