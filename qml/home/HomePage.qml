import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Home: what needs the member now: active proposals none of their accounts voted on (ending
// first first), datasets waiting for the curator's review, and their transactions still
// waiting to be mined.
Item {
    id: home
    objectName: "page_home"
    signal openSection(string key)

    readonly property bool hasWallet: WalletController.accounts.count > 0
    // The Curation section's account, when it is a curator: its "Waiting for me" tab.
    readonly property int reviewsWaiting: CurationController.memberIsCurator ? (CurationController.counts[0] || 0) : 0
    readonly property bool somethingNeeded: GovernanceController.awaitingVote.length > 0 || TransactionHistoryModel.pendingCount > 0
                                            || VoteController.signedVotes.length > 0 || reviewsWaiting > 0

    RelayDialog { id: relayDialog }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Home")
            subtitle: qsTr("What needs you: votes closing soon, reviews waiting, jobs to confirm.")
        }

        Label {
            visible: GovernanceController.awaitingVote.length > 0
            text: qsTr("Votes waiting for you")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: GovernanceController.awaitingVote
            delegate: Rectangle {
                required property var modelData
                objectName: "homeVote_" + modelData.id
                Layout.fillWidth: true
                implicitHeight: voteRow.implicitHeight + 20
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: voteRow
                    anchors.fill: parent
                    anchors.margins: 10
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label { text: modelData.title; font.bold: true; font.pixelSize: Theme.bodySize; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label { text: modelData.countdown; font.pixelSize: Theme.smallSize; color: Theme.subtleText }
                    }
                    Button {
                        text: qsTr("Open")
                        onClicked: {
                            GovernanceController.select(modelData.id)
                            home.openSection("governance")
                        }
                    }
                }
            }
        }

        Rectangle {
            objectName: "homeReviews"
            visible: home.reviewsWaiting > 0
            Layout.fillWidth: true
            implicitHeight: reviewsRow.implicitHeight + 20
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            RowLayout {
                id: reviewsRow
                anchors.fill: parent
                anchors.margins: 10
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%n dataset(s) waiting for your review", "", home.reviewsWaiting)
                    font.bold: true
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "homeOpenReviews"
                    text: qsTr("Open the queue")
                    onClicked: {
                        CurationController.tab = 0
                        home.openSection("curation")
                    }
                }
            }
        }

        Label {
            visible: VoteController.signedVotes.length > 0
            text: qsTr("Signed votes to send")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
        }
        Repeater {
            model: VoteController.signedVotes
            delegate: Rectangle {
                required property var modelData
                required property int index
                objectName: "homeSignedVote_" + index
                Layout.fillWidth: true
                implicitHeight: signedRow.implicitHeight + 20
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: signedRow
                    anchors.fill: parent
                    anchors.margins: 10
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label { text: qsTr("%1: %2").arg(modelData.choice).arg(modelData.title); font.bold: true; font.pixelSize: Theme.bodySize; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label { text: qsTr("Signed by %1 on %2; counts once sent, before voting ends").arg(modelData.voter).arg(modelData.signedAt); font.pixelSize: Theme.smallSize; color: Theme.subtleText; elide: Text.ElideMiddle; Layout.fillWidth: true }
                    }
                    Button {
                        objectName: "homeSendSignedVote_" + index
                        text: qsTr("Send…")
                        onClicked: relayDialog.ask(modelData)
                    }
                }
            }
        }

        Rectangle {
            objectName: "homePending"
            visible: TransactionHistoryModel.pendingCount > 0
            Layout.fillWidth: true
            implicitHeight: pendingRow.implicitHeight + 20
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            RowLayout {
                id: pendingRow
                anchors.fill: parent
                anchors.margins: 10
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%n transaction(s) waiting to be mined", "", TransactionHistoryModel.pendingCount)
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                }
                Button { text: qsTr("Open wallet"); onClicked: home.openSection("wallet") }
            }
        }
        Item { visible: home.somethingNeeded; Layout.fillHeight: true }

        EmptyState {
            objectName: "homeEmpty"
            visible: !home.somethingNeeded
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: home.hasWallet ? qsTr("Nothing needs you right now") : qsTr("Start with a wallet")
            body: !home.hasWallet
                  ? qsTr("Your wallet holds the keys that stake, vote and pay in this DAO. Create one or import the one you have.")
                  : ChainController.hasProfile
                    ? qsTr("No open vote and no review is waiting for your accounts, and no transaction is pending. Compute jobs will show up here when that section arrives.")
                    : qsTr("Proposals, reviews and compute jobs will show up here once the app is connected to the DAO.")
            Button {
                objectName: "homeOpenWallet"
                text: home.hasWallet ? qsTr("Open wallet") : qsTr("Set up a wallet")
                highlighted: true
                onClicked: home.openSection("wallet")
            }
        }
    }
}
