import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Datasets: an honest empty state until this capability lands.
Item {
    objectName: "page_datasets"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Datasets")
            subtitle: qsTr("Browse, search and preview the DAO's datasets and models, buy access with tokens, and download them verified against their content address (CID).")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Nothing here yet")
            body: qsTr("This section arrives with the dataset registry. Until then there is nothing to browse.")
        }
    }
}
