import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Contribute: an honest empty state until this capability lands.
Item {
    objectName: "page_contribute"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Contribute")
            subtitle: qsTr("Drop files or a folder here: the app inspects the data, writes its metadata, content-addresses it, uploads it to storage and registers it on chain with a stake.")
        }
        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("Nothing here yet")
            body: qsTr("Contributing needs the dataset registry and storage, which come in a later release.")
        }
    }
}
