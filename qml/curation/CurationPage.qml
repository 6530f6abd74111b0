import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Curation: the review queue of the DAO's datasets for the curator chosen at the top, in five
// tabs (waiting for my review, in review, decided, appealed or challenged, my submissions), the
// rules governance set, and the curators' ranking; a click opens a dataset to measure and review.
Item {
    id: page
    objectName: "page_curation"

    property bool showCurators: false
    readonly property var rules: CurationController.rules

    StackLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        currentIndex: (CurationController.selected.id || 0) > 0 ? 1 : page.showCurators ? 2 : 0

        // Anchors and a Column rather than a ColumnLayout, as on the other sections: the header
        // changes while the page is hidden (a sync), and a layout in Qt 6.4 kept the old height.
        Item {
            Column {
                id: heading
                anchors { left: parent.left; right: parent.right; top: parent.top }
                spacing: Theme.spacing

                Item {
                    width: parent.width
                    height: Math.max(header.implicitHeight, actions.implicitHeight)
                    PageHeader {
                        id: header
                        anchors { left: parent.left; right: actions.left; rightMargin: Theme.spacing; top: parent.top }
                        title: qsTr("Curation")
                        subtitle: qsTr("The review queue of %1. Measure a dataset against what its metadata claims, then approve or reject it on chain with a reason and the report as evidence.").arg(ChainController.profileName || qsTr("the DAO"))
                    }
                    Row {
                        id: actions
                        anchors { right: parent.right; top: parent.top }
                        spacing: Theme.spacing
                        Label {
                            anchors.verticalCenter: parent.verticalCenter
                            visible: memberBox.count > 0
                            text: qsTr("As")
                            color: Theme.subtleText
                        }
                        ComboBox {
                            id: memberBox
                            objectName: "curationAccount"
                            visible: count > 0
                            width: 220
                            model: WalletController.accounts
                            textRole: "name"
                            valueRole: "address"
                            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                            onCurrentValueChanged: CurationController.member = currentValue || ""
                            Component.onCompleted: if (currentIndex < 0 && count > 0) currentIndex = 0
                        }
                        Button {
                            objectName: "showCurators"
                            visible: CurationController.hasCuration
                            text: qsTr("Curators")
                            onClicked: page.showCurators = true
                        }
                    }
                }
                Label {
                    objectName: "curationRules"
                    width: parent.width
                    visible: CurationController.hasCuration
                    text: !page.rules.known ? qsTr("The curation rules have not been read from the chain yet.")
                        : qsTr("%1 reviews decide a dataset · %2 to review · reward %3 · fee %4 a review · up to %5% of a stake kept · %6 to appeal · pool %7")
                              .arg(page.rules.quorum).arg(page.rules.reviewPeriod).arg(page.rules.reward)
                              .arg(page.rules.reviewFee).arg(page.rules.slashCapPercent).arg(page.rules.appealWindow)
                              .arg(page.rules.pool)
                    color: Theme.subtleText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "curatorRole"
                    width: parent.width
                    visible: CurationController.hasCuration && CurationController.member.length > 0
                    text: CurationController.memberIsCurator
                          ? qsTr("%1 is a curator: the first tab holds what waits for its review.").arg(memberBox.currentText)
                          : qsTr("%1 is not a curator. It can read the queue and measure datasets; reviewing needs the curator role, which governance grants.").arg(memberBox.currentText)
                    color: CurationController.memberIsCurator ? Theme.success : Theme.subtleText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                TabBar {
                    id: tabs
                    objectName: "curationTabs"
                    width: parent.width
                    visible: CurationController.hasCuration
                    currentIndex: CurationController.tab
                    Repeater {
                        model: [qsTr("Waiting for me"), qsTr("In review"), qsTr("Decided"), qsTr("Appealed or challenged"), qsTr("My submissions")]
                        TabButton {
                            required property string modelData
                            required property int index
                            objectName: "curationTab" + index
                            readonly property int count: CurationController.counts.length > index ? CurationController.counts[index] : 0
                            text: count > 0 ? qsTr("%1 (%2)").arg(modelData).arg(count) : modelData
                            onClicked: CurationController.tab = index
                        }
                    }
                }
                Label {
                    width: parent.width
                    text: ChainSync.error.length > 0 ? ChainSync.error : ChainSync.statusText
                    color: ChainSync.error.length > 0 ? Theme.danger : Theme.subtleText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Notice { width: parent.width; text: CurationController.readError }
            }

            // The list or its empty state, as pages of a StackLayout: which one shows changes
            // with every sync, also while the page is hidden.
            StackLayout {
                anchors { left: parent.left; right: parent.right; top: heading.bottom; bottom: parent.bottom }
                anchors.topMargin: Theme.spacing
                currentIndex: CurationController.items.length === 0 ? 0 : 1

                EmptyState {
                    objectName: "curationEmpty"
                    title: !ChainController.hasProfile ? qsTr("No DAO is open")
                         : !CurationController.hasCuration ? qsTr("This DAO has no curation contract")
                         : CurationController.member.length === 0 && (CurationController.tab === 0 || CurationController.tab === 4) ? qsTr("No account chosen")
                         : CurationController.tab === 0 ? qsTr("Nothing waits for your review")
                         : CurationController.tab === 4 ? qsTr("No submissions from this account")
                         : qsTr("No dataset here")
                    body: !ChainController.hasProfile ? qsTr("Open a DAO profile or add a DAO in Settings to see its review queue.")
                        : !CurationController.hasCuration ? qsTr("Its profile names no DatasetCuration contract: datasets there are reviewed by the registry's own curators, without a quorum.")
                        : CurationController.member.length === 0 && (CurationController.tab === 0 || CurationController.tab === 4) ? qsTr("Create or import a wallet in Wallet: this tab shows what concerns one of its accounts.")
                        : CurationController.tab === 0 ? (CurationController.memberIsCurator ? qsTr("Every dataset in review has your verdict, or is your own. New submissions appear here as soon as the chain has them.")
                                                                                              : qsTr("Only curators review. Governance grants the role by a proposal; the other tabs show the whole queue."))
                        : CurationController.tab === 4 ? qsTr("Datasets this account contributes appear here with their reviews: drop a file or folder on the window to contribute one.")
                        : qsTr("Datasets appear here as their curation moves on. The app reads the chain in the background.")
                }
                ListView {
                    id: list
                    objectName: "curationList"
                    clip: true
                    spacing: Theme.spacing
                    model: CurationController.items
                    ScrollBar.vertical: ScrollBar {}
                    delegate: QueueCard {
                        required property var modelData
                        objectName: "queue_" + modelData.id
                        width: list.width - 12
                        item: modelData
                        onOpened: CurationController.select(modelData.id)
                    }
                }
            }
        }

        ReviewView {
            objectName: "reviewView"
            member: CurationController.member
            memberName: memberBox.currentText
            onBack: CurationController.clearSelection()
        }

        CuratorsView {
            objectName: "curatorsView"
            onBack: page.showCurators = false
        }
    }
}
