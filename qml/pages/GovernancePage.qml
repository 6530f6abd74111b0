import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge

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

        ColumnLayout {
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                PageHeader {
                    Layout.fillWidth: true
                    title: qsTr("Governance")
                    subtitle: qsTr("Proposals of %1, read from the chain and kept on this computer.").arg(ChainController.profileName || qsTr("the DAO"))
                }
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
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                TabBar {
                    id: filterBar
                    objectName: "proposalFilter"
                    currentIndex: GovernanceController.filter === "active" ? 0 : GovernanceController.filter === "mine" ? 1 : 2
                    TabButton { objectName: "filterActive"; text: qsTr("Active"); width: implicitWidth; onClicked: GovernanceController.filter = "active" }
                    TabButton { objectName: "filterMine"; text: qsTr("Mine"); width: implicitWidth; onClicked: GovernanceController.filter = "mine" }
                    TabButton { objectName: "filterAll"; text: qsTr("All"); width: implicitWidth; onClicked: GovernanceController.filter = "all" }
                }
                TextField {
                    objectName: "proposalSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search proposals by title or id")
                    onTextChanged: GovernanceController.search = text
                }
            }
            Label {
                objectName: "syncStatus"
                Layout.fillWidth: true
                text: GovernanceSync.error.length > 0 ? GovernanceSync.error : GovernanceSync.statusText
                color: GovernanceSync.error.length > 0 ? Theme.danger : Theme.subtleText
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
            }
            Notice { text: GovernanceController.readError }

            EmptyState {
                objectName: "governanceEmpty"
                visible: GovernanceController.proposals.count === 0
                Layout.fillWidth: true
                Layout.fillHeight: true
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
                Layout.fillWidth: true
                Layout.fillHeight: true
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
