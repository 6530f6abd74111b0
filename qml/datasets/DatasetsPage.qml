import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Datasets: the DAO's catalog from the local cache (registry events and verified metadata), with
// full-text search and filters; a click opens the dataset.
Item {
    // The dataset's reviews, reports and history, on the Curation section's page for it.
    signal openReviews(int id)
    signal publishCorrection(int id)
    id: page
    objectName: "page_datasets"

    function openDataset(id) {
        CatalogController.select(id)
    }

    StackLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        currentIndex: (CatalogController.selected.id || 0) > 0 || CatalogController.selected.error ? 1 : 0

        // Anchors and a Column rather than a ColumnLayout: the header's height changes with the
        // DAO's name, also while the page is hidden (opening another DAO from Settings), and a
        // layout in Qt 6.4 kept the old height then: the search field covered the title.
        Item {
            Column {
                id: heading
                anchors { left: parent.left; right: parent.right; top: parent.top }
                spacing: Theme.spacing

                PageHeader {
                    width: parent.width
                    title: qsTr("Datasets")
                    subtitle: qsTr("The datasets and models of %1. Search them, preview them, buy access and download them verified against their content address (CID).").arg(ChainController.profileName || qsTr("the DAO"))
                }
                TextField {
                    objectName: "datasetSearch"
                    width: parent.width
                    placeholderText: qsTr("Search titles, descriptions, keywords, licenses, formats")
                    onTextChanged: CatalogController.search = text
                }
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    ComboBox {
                        objectName: "datasetStatus"
                        Layout.preferredWidth: 150
                        textRole: "label"
                        valueRole: "key"
                        model: [{ key: CatalogController.AnyStatus, label: qsTr("Any status") },
                                { key: CatalogController.InReview, label: qsTr("In review") },
                                { key: CatalogController.Approved, label: qsTr("Approved") },
                                { key: CatalogController.Rejected, label: qsTr("Rejected") },
                                { key: CatalogController.Withdrawn, label: qsTr("Withdrawn") }]
                        onActivated: CatalogController.status = currentValue
                    }
                    ComboBox {
                        objectName: "datasetLicense"
                        Layout.preferredWidth: 150
                        model: [qsTr("Any license")].concat(CatalogController.licenses)
                        onActivated: index => CatalogController.license = index === 0 ? "" : currentText
                    }
                    ComboBox {
                        objectName: "datasetFormat"
                        Layout.preferredWidth: 130
                        model: [qsTr("Any format")].concat(CatalogController.formats)
                        onActivated: index => CatalogController.format = index === 0 ? "" : currentText
                    }
                    ComboBox {
                        objectName: "datasetSize"
                        Layout.preferredWidth: 140
                        textRole: "label"
                        valueRole: "key"
                        model: [{ key: "", label: qsTr("Any size") }, { key: "small", label: qsTr("Under 1 MB") },
                                { key: "medium", label: qsTr("1–100 MB") }, { key: "large", label: qsTr("100 MB – 1 GB") },
                                { key: "huge", label: qsTr("Over 1 GB") }]
                        onActivated: CatalogController.size = currentValue
                    }
                    Item { Layout.fillWidth: true } // the order stands apart from the filters
                    ComboBox {
                        objectName: "datasetOrder"
                        Layout.preferredWidth: 140
                        textRole: "label"
                        valueRole: "key"
                        model: [{ key: "newest", label: qsTr("Newest") }, { key: "title", label: qsTr("Title") },
                                { key: "largest", label: qsTr("Largest") }, { key: "cheapest", label: qsTr("Cheapest") }]
                        onActivated: CatalogController.order = currentValue
                    }
                }
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        text: ChainSync.error.length > 0 ? ChainSync.error : ChainSync.statusText
                        color: ChainSync.error.length > 0 ? Theme.danger : Theme.subtleText
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                    // A contributor chosen on a dataset's page narrows the list until cleared here.
                    // It is set while this page is hidden, and a layout in Qt 6.4 does not lay out
                    // again a child whose visibility changed meanwhile: unused, it has no width.
                    RowLayout {
                        objectName: "contributorFilter"
                        readonly property bool used: CatalogController.contributor.length > 0
                        Layout.preferredWidth: used ? implicitWidth : 0
                        opacity: used ? 1 : 0
                        enabled: used
                        clip: true
                        spacing: 4
                        Label {
                            text: qsTr("By %1").arg(CatalogController.contributor)
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.smallSize
                            color: Theme.text
                        }
                        Button {
                            objectName: "clearContributorFilter"
                            text: qsTr("Any contributor")
                            font.pixelSize: Theme.smallSize
                            onClicked: CatalogController.contributor = ""
                        }
                    }
                }
            }
            // The list or its empty state, as pages of a StackLayout: which one shows can change
            // while the page is hidden (a sync in the background), and a ColumnLayout in Qt 6.4
            // does not lay out again children whose visibility changed while it was hidden.
            StackLayout {
                anchors { left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom }
                anchors.topMargin: Theme.spacing
                currentIndex: CatalogController.entries.length === 0 ? 0 : 1

                EmptyState {
                    objectName: "datasetsEmpty"
                    title: !ChainController.hasProfile ? qsTr("No DAO is open")
                         : !CatalogController.hasRegistry ? qsTr("This DAO has no dataset registry")
                         : CatalogController.totalCount === 0 && !CatalogController.filtered ? qsTr("No datasets yet")
                         : qsTr("No dataset matches")
                    body: !ChainController.hasProfile ? qsTr("Open a DAO profile or add a DAO in Settings to see its datasets.")
                        : !CatalogController.hasRegistry ? qsTr("Its profile names no DatasetRegistry contract, so there is no catalog to read.")
                        : CatalogController.totalCount === 0 && !CatalogController.filtered ? qsTr("Contribute the first one: drop a file or folder on the window.")
                        : qsTr("Try other words or filters.")
                }
                ColumnLayout {
                    spacing: Theme.spacing
                    Label {
                        text: CatalogController.totalCount > 1000 ? qsTr("More than 1,000 datasets; search or filter to narrow them")
                                                                  : qsTr("%n dataset(s)", "", CatalogController.totalCount)
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallSize
                    }
                    ListView {
                        id: list
                        objectName: "datasetList"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.spacing
                        model: CatalogController.entries
                        ScrollBar.vertical: ScrollBar {}
                        delegate: DatasetCard {
                            required property var modelData
                            objectName: "dataset_" + modelData.id
                            width: list.width - 12
                            entry: modelData
                            onOpened: page.openDataset(modelData.id)
                        }
                    }
                }
            }
        }

        DatasetView {
            objectName: "datasetView"
            onBack: CatalogController.clearSelection()
            onOpenReviews: id => page.openReviews(id)
            onPublishCorrection: id => page.publishCorrection(id)
        }
    }
}
