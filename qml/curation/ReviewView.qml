import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// One dataset of the queue, for a curator: where its curation stands, the report this app
// measures from its files against its metadata's claims, the verdict with its reason (sent
// through the confirmation sheet, the report published as its evidence), the other curators'
// reviews and the history of its curation.
Item {
    id: view
    signal back()
    property string member: ""
    property string memberName: ""
    readonly property var d: CurationController.selected
    readonly property bool mine: (d.contributor || "").toLowerCase() === member.toLowerCase() && member.length > 0
    readonly property bool canReview: CurationController.memberIsCurator && d.reviewable === true && !d.reviewedByMe && !mine
    readonly property string whyNot: member.length === 0 ? qsTr("Choose an account of your wallet at the top of the queue to review.")
        : d.reviewable !== true ? (d.overdue ? qsTr("The review period is over: the dataset waits for governance.")
                                             : qsTr("This dataset is no longer open to reviews: %1.").arg((d.stageText || "").toLowerCase()))
        : d.reviewedByMe ? qsTr("%1 has reviewed this dataset; each curator reviews a dataset once.").arg(memberName)
        : mine ? qsTr("This is your own dataset: other curators review it.")
        : !CurationController.memberIsCurator ? qsTr("%1 is not a curator: reviews need the role, which governance grants. You can still measure the dataset.").arg(memberName)
        : ""

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Button { objectName: "reviewBack"; text: qsTr("‹ Review queue"); flat: true; onClicked: view.back() }
                Item { Layout.fillWidth: true }
            }
            Notice { text: view.d.error || "" }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    objectName: "reviewTitle"
                    Layout.fillWidth: true
                    text: view.d.title || ""
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: "reviewStage"
                    text: view.d.stageText || ""
                    color: view.d.tone === "good" ? Theme.success : view.d.tone === "bad" ? Theme.danger : Theme.subtleText
                    font.pixelSize: Theme.bodySize
                }
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: view.d.description || ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                maximumLineCount: 4
                elide: Text.ElideRight
                color: Theme.text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 4
                Label { text: qsTr("Contributor"); color: Theme.subtleText }
                AddressText { address: view.d.contributor || "" }
                Label { text: qsTr("Stake"); color: Theme.subtleText }
                Label { text: view.d.stakeText || ""; color: Theme.text }
                Label { text: qsTr("Reviews"); color: Theme.subtleText }
                Label {
                    text: qsTr("%1 of the %2 that decide it").arg(view.d.reviews || 0).arg(view.d.quorum || 0)
                        + ((view.d.timeLeft || "").length > 0 ? (view.d.deadlineKind === "appeal" ? qsTr(" · %1 left to appeal") : qsTr(" · %1 left to review")).arg(view.d.timeLeft) : "")
                    color: Theme.text
                }
                Label { text: qsTr("Content"); color: Theme.subtleText }
                Label {
                    Layout.fillWidth: true
                    text: [view.d.sizeText, (view.d.formats || []).join(", "), view.d.license, view.d.contentCid].filter(s => s && s.length > 0).join("   ")
                    color: Theme.text
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideMiddle
                }
            }

            QualityReportPane { Layout.fillWidth: true }

            ReviewForm {
                Layout.fillWidth: true
                visible: view.canReview
                slashCap: CurationController.rules.slashCapPercent || 0
            }
            // Decided: the contributor may appeal a rejection within the window; any member
            // but the contributor may challenge an approval.
            AppealForm {
                objectName: "appealForm"
                Layout.fillWidth: true
                appeal: true
                deposit: CurationController.rules.appealDeposit || ""
                visible: view.mine && view.d.tone === "bad" && view.d.deadlineKind === "appeal" && !view.d.overdue
            }
            AppealForm {
                objectName: "challengeForm"
                Layout.fillWidth: true
                appeal: false
                deposit: CurationController.rules.challengeDeposit || ""
                visible: !view.mine && view.member.length > 0 && view.d.tone === "good"
            }
            Label {
                objectName: "reviewWhyNot"
                Layout.fillWidth: true
                visible: !view.canReview && text.length > 0 && (view.d.id || 0) > 0
                text: view.whyNot
                wrapMode: Text.Wrap
                color: Theme.subtleText
            }
            Label {
                objectName: "reviewOutcome"
                Layout.fillWidth: true
                visible: !view.canReview && CurationController.reviewState === CurationController.Reviewed
                text: CurationController.reviewMessage
                wrapMode: Text.Wrap
                color: Theme.success
            }

            Label {
                text: qsTr("Reviews")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
            }
            Label {
                visible: (view.d.reviewList || []).length === 0
                text: qsTr("No curator has reviewed it yet.")
                color: Theme.subtleText
            }
            Repeater {
                model: view.d.reviewList || []
                ReviewCard { Layout.fillWidth: true }
            }

            Label {
                text: qsTr("History")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
            }
            Label {
                visible: (view.d.history || []).length === 0
                text: qsTr("Nothing has happened in its curation yet.")
                color: Theme.subtleText
            }
            Repeater {
                model: view.d.history || []
                RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        Layout.preferredWidth: 120
                        text: modelData.time
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallSize
                    }
                    Label {
                        Layout.fillWidth: true
                        text: modelData.words
                        wrapMode: Text.Wrap
                        color: Theme.text
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }
}
