import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Governance: every proposal of the DAO from the local cache (it opens at once and reads
// offline), filtered and searched; a click opens the proposal.
Item {
    id: page
    objectName: "page_governance"

    property bool showDelegates: false

    ProposeDialog { id: proposeDialog }

    StackLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        currentIndex: GovernanceController.selectedId.length > 0 ? 1 : page.showDelegates ? 2 : 0

        // Anchors and a Column rather than a ColumnLayout: this page is first shown after start
        // inside two StackLayouts, and in a real window (xcb) Qt 6.4 kept the layout it computed
        // while hidden: the buttons drew over the title, a band stayed empty and the list had no
        // height, so no proposal showed until the page was shown a second time.
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
                        title: qsTr("Governance")
                        subtitle: qsTr("Proposals of %1, read from the chain and kept on this computer.").arg(ChainController.profileName || qsTr("the DAO"))
                    }
                    Row {
                        id: actions
                        anchors { right: parent.right; top: parent.top }
                        spacing: Theme.spacing
                        Button {
                            objectName: "newProposal"
                            visible: ChainController.hasProfile && WalletController.accounts.count > 0
                            text: qsTr("New proposal…")
                            highlighted: true
                            onClicked: proposeDialog.openFresh()
                        }
                        Button {
                            objectName: "showDelegates"
                            visible: ChainController.hasProfile
                            text: qsTr("Delegates")
                            onClicked: page.showDelegates = true
                        }
                    }
                }
                Item {
                    width: parent.width
                    height: filterBar.implicitHeight
                    TabBar {
                        id: filterBar
                        objectName: "proposalFilter"
                        anchors { left: parent.left; verticalCenter: parent.verticalCenter }
                        currentIndex: GovernanceController.filter === GovernanceController.Active ? 0
                                    : GovernanceController.filter === GovernanceController.Mine ? 1 : 2
                        TabButton { objectName: "filterActive"; text: qsTr("Active"); width: implicitWidth; onClicked: GovernanceController.filter = GovernanceController.Active }
                        TabButton { objectName: "filterMine"; text: qsTr("Mine"); width: implicitWidth; onClicked: GovernanceController.filter = GovernanceController.Mine }
                        TabButton { objectName: "filterAll"; text: qsTr("All"); width: implicitWidth; onClicked: GovernanceController.filter = GovernanceController.All }
                    }
                    TextField {
                        objectName: "proposalSearch"
                        anchors { left: filterBar.right; leftMargin: Theme.spacing; right: parent.right; verticalCenter: parent.verticalCenter }
                        placeholderText: qsTr("Search proposals by title or id")
                        onTextChanged: GovernanceController.search = text
                    }
                }
                Label {
                    objectName: "syncStatus"
                    width: parent.width
                    text: ChainSync.error.length > 0 ? ChainSync.error : ChainSync.statusText
                    color: ChainSync.error.length > 0 ? Theme.danger : Theme.subtleText
                    font.pixelSize: Theme.smallSize
                    wrapMode: Text.Wrap
                }
                Notice { width: parent.width; text: GovernanceController.readError }
            }

            EmptyState {
                objectName: "governanceEmpty"
                visible: GovernanceController.proposals.count === 0
                anchors { left: parent.left; right: parent.right; top: heading.bottom; topMargin: Theme.spacing; bottom: parent.bottom }
                title: !ChainController.hasProfile ? qsTr("No DAO is open")
                     : GovernanceController.totalCount === 0 ? qsTr("No proposals yet")
                     : qsTr("No proposal matches")
                body: !ChainController.hasProfile ? qsTr("Open a DAO profile or add a DAO in Settings to see its proposals.")
                    : GovernanceController.totalCount === 0 ? qsTr("Proposals appear here as soon as the chain has them. The app reads them in the background.")
                    : qsTr("Try another filter or search.")
            }

            ListView {
                id: list
                objectName: "proposalList"
                visible: GovernanceController.proposals.count > 0
                anchors { left: parent.left; right: parent.right; top: heading.bottom; topMargin: Theme.spacing; bottom: parent.bottom }
                clip: true
                spacing: Theme.spacing
                model: GovernanceController.proposals
                ScrollBar.vertical: ScrollBar {}
                delegate: ProposalCard {
                    width: list.width - 12
                    onOpened: GovernanceController.select(proposalId)
                }
            }
        }

        ProposalView {
            objectName: "proposalView"
            onBack: GovernanceController.clearSelection()
        }

        DelegatesView {
            objectName: "delegatesView"
            onBack: page.showDelegates = false
        }
    }
}
