import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// One dataset: what its metadata says, its schema and the first rows, where it lives (CIDs),
// who contributed it, its review status and price; buy access, then download verified.
Item {
    id: view
    signal back()
    signal openReviews(int id)
    signal publishCorrection(int id)
    readonly property var d: CatalogController.selected
    readonly property var download: {
        TransferQueue.items // re-read on every queue change
        return CatalogController.downloadId.length > 0 ? TransferQueue.item(CatalogController.downloadId) : ({})
    }
    property string account: accountBox.currentValue || ""
    // The registry sells access to datasets in review or approved, not to rejected or withdrawn ones.
    readonly property bool forSale: d.status === CatalogController.InReview || d.status === CatalogController.Approved
    // The contributor is one of this wallet's accounts: the page offers what only they may do.
    readonly property bool mine: {
        WalletController.accounts
        for (let i = 0; i < accountBox.count; ++i)
            if ((accountBox.valueAt(i) || "").toLowerCase() === (d.contributor || "").toLowerCase())
                return true
        return false
    }
    readonly property bool owned: {
        CatalogController.selected
        return account.length > 0 && CatalogController.hasAccess(account)
    }

    // A dataset opened anew starts with an account of this wallet that already holds access, if
    // one does: its contributor sees Download, not an offer to pay for their own data. Later
    // reloads (every sync) leave the member's own choice alone.
    property var accountChosenFor: undefined
    Connections {
        target: CatalogController
        function onSelectionChanged() {
            const id = CatalogController.selected.id
            if (id === undefined || id === view.accountChosenFor)
                return
            view.accountChosenFor = id
            for (let i = 0; i < accountBox.count; ++i) {
                if (CatalogController.hasAccess(accountBox.valueAt(i))) {
                    accountBox.currentIndex = i
                    return
                }
            }
        }
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Choose where to save the dataset")
        onAccepted: CatalogController.download(selectedFolder)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            RowLayout {
                Layout.fillWidth: true
                Button {
                    objectName: "datasetBack"
                    text: qsTr("← All datasets")
                    flat: true
                    onClicked: view.back()
                }
                Item { Layout.fillWidth: true }
            }
            Notice { text: view.d.error || "" }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    objectName: "datasetTitle"
                    Layout.fillWidth: true
                    text: view.d.title || ""
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    text: view.d.statusLabel || ""
                    color: view.d.status === CatalogController.Approved ? Theme.success
                         : view.d.status === CatalogController.Rejected ? Theme.danger : Theme.subtleText
                    font.pixelSize: Theme.bodySize
                }
            }
            Notice { text: view.d.metadataNote || ""; warning: true }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: view.d.description || ""
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: (view.d.reviewReason || "").length > 0
                text: qsTr("Curator's reason: %1").arg(view.d.reviewReason || "")
                wrapMode: Text.Wrap
                color: Theme.subtleText
            }

            // Its review: where curation stands, the reviews and reports one click away, and
            // what its contributor may do (withdraw before any review; appeal a rejection there).
            Rectangle {
                objectName: "datasetReviewCard"
                Layout.fillWidth: true
                visible: CurationController.hasCuration
                implicitHeight: reviewColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: reviewColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: view.mine ? qsTr("Your dataset's review") : qsTr("Review")
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            color: Theme.text
                        }
                        Button {
                            objectName: "datasetReviews"
                            text: qsTr("Reviews, reports and history…")
                            onClicked: view.openReviews(view.d.id)
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.subtleText
                        text: view.d.status === CatalogController.InReview
                              ? (view.d.withdrawable ? qsTr("Waiting for the curators: no review yet.")
                                                     : qsTr("The curators are reviewing it."))
                              : view.d.status === CatalogController.Rejected
                                ? (view.mine ? qsTr("Rejected. You may appeal to the token holders from its reviews, or publish a corrected version.")
                                             : qsTr("Rejected by the curators."))
                                : view.d.status === CatalogController.Approved ? qsTr("Approved by the curators.")
                                                                               : (view.d.statusLabel || "")
                    }
                    // Every curator's review, as its contributor and buyers read them before they act.
                    Repeater {
                        model: view.d.reviewList || []
                        ReviewCard {
                            objectName: "datasetReview_" + index
                            required property int index
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: view.mine && view.d.withdrawable === true
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: qsTr("No curator has reviewed it yet: you may take it back with its stake of %1.").arg(view.d.stakeText || "")
                        }
                        Button {
                            objectName: "withdrawDataset"
                            text: qsTr("Withdraw…")
                            onClicked: CatalogController.withdraw()
                        }
                    }
                    Notice { objectName: "withdrawMessage"; text: CatalogController.withdrawMessage; Layout.fillWidth: true }
                    // Corrected versions, both ways: what this one replaces, what replaced it.
                    RowLayout {
                        Layout.fillWidth: true
                        visible: (view.d.replaces || 0) > 0
                        Label { text: qsTr("A corrected version of"); color: Theme.subtleText }
                        Button {
                            objectName: "datasetReplaces"
                            flat: true
                            text: "#" + view.d.replaces + (view.d.replacesTitle ? " " + view.d.replacesTitle : "")
                            onClicked: CatalogController.select(view.d.replaces)
                        }
                        Item { Layout.fillWidth: true }
                    }
                    Repeater {
                        model: view.d.replacedBy || []
                        delegate: RowLayout {
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            Label { text: qsTr("Replaced by its corrected version"); color: Theme.subtleText }
                            Button {
                                objectName: "datasetReplacedBy_" + index
                                flat: true
                                text: "#" + modelData.id + (modelData.title ? " " + modelData.title : "")
                                onClicked: CatalogController.select(modelData.id)
                            }
                            Item { Layout.fillWidth: true }
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: view.mine && view.d.status === CatalogController.Rejected
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.text
                            text: qsTr("Fixed what the curators found? Drop the corrected files: the new dataset names this one as the one it replaces.")
                        }
                        Button {
                            objectName: "publishCorrection"
                            text: qsTr("Publish a corrected version…")
                            onClicked: view.publishCorrection(view.d.id)
                        }
                    }
                }
            }

            // Buy and download.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: buyColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: buyColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            // Its price only where it is sold, or was bought.
                            text: view.forSale || view.owned ? qsTr("Access: %1").arg(view.d.priceText || "") : qsTr("Access")
                            font.pixelSize: Theme.headingSize
                            font.bold: true
                            color: Theme.text
                        }
                        Item { Layout.fillWidth: true }
                        Label { text: qsTr("As"); color: Theme.subtleText }
                        ComboBox {
                            id: accountBox
                            objectName: "datasetAccount"
                            Layout.preferredWidth: 220
                            model: WalletController.accounts
                            textRole: "name"
                            valueRole: "address"
                            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                            Component.onCompleted: if (currentIndex < 0 && count > 0) currentIndex = 0
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: WalletController.accounts.count === 0 ? qsTr("Add an account in Wallet to buy access.")
                            : view.owned ? qsTr("This account holds access: download the dataset, verified block by block against its CID.")
                            : !view.forSale ? qsTr("Access is not sold: the registry sells it only for datasets in review or approved.")
                            : qsTr("Buying access records a grant on chain and pays the contributor; the DAO's treasury keeps a fee.")
                        wrapMode: Text.Wrap
                        color: Theme.subtleText
                    }
                    RowLayout {
                        // Nothing to do here (access not sold, no message yet): no empty band.
                        // (the conditions themselves: a child's visible reads false while this row is hidden)
                        visible: view.owned || view.forSale || purchaseMessage.text.length > 0
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Button {
                            objectName: "buyAccess"
                            visible: !view.owned && view.forSale
                            enabled: view.account.length > 0 && CatalogController.purchaseState !== CatalogController.Buying
                            highlighted: true
                            text: qsTr("Buy access…")
                            onClicked: CatalogController.buyAccess(view.account)
                        }
                        Button {
                            objectName: "downloadDataset"
                            visible: view.owned
                            enabled: !(view.download.state === TransferQueue.Running || view.download.state === TransferQueue.Queued)
                            highlighted: true
                            text: qsTr("Download to a folder…")
                            onClicked: folderDialog.open()
                        }
                        Label {
                            id: purchaseMessage
                            objectName: "purchaseMessage"
                            Layout.fillWidth: true
                            text: CatalogController.purchaseMessage
                            color: CatalogController.purchaseState === CatalogController.PurchaseFailed ? Theme.danger : Theme.subtleText
                            wrapMode: Text.Wrap
                        }
                    }
                    Notice { id: downloadError; objectName: "downloadError"; text: CatalogController.downloadError }
                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: view.download.state !== undefined
                        spacing: 4
                        ProgressBar {
                            objectName: "downloadProgress"
                            Layout.fillWidth: true
                            value: view.download.fraction || 0
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                objectName: "downloadState"
                                Layout.fillWidth: true
                                wrapMode: Text.Wrap
                                text: view.download.state === TransferQueue.Done ? qsTr("Downloaded and verified: %1").arg(view.download.target)
                                    : view.download.state === TransferQueue.Failed ? qsTr("Download failed: %1").arg(view.download.error)
                                    : view.download.state === TransferQueue.Paused ? qsTr("Paused. The blocks already verified are kept.")
                                    : view.download.state === TransferQueue.Cancelled ? qsTr("Cancelled.")
                                    : qsTr("Downloading and verifying every block…")
                                color: view.download.state === TransferQueue.Failed ? Theme.danger : Theme.text
                            }
                            Button {
                                visible: view.download.state === TransferQueue.Running || view.download.state === TransferQueue.Queued
                                text: qsTr("Pause")
                                onClicked: TransferQueue.pause(CatalogController.downloadId)
                            }
                            Button {
                                visible: view.download.state === TransferQueue.Paused || view.download.state === TransferQueue.Failed
                                text: qsTr("Resume")
                                onClicked: TransferQueue.resume(CatalogController.downloadId)
                            }
                            Button {
                                visible: view.download.state === TransferQueue.Running || view.download.state === TransferQueue.Queued || view.download.state === TransferQueue.Paused
                                text: qsTr("Cancel")
                                onClicked: TransferQueue.cancel(CatalogController.downloadId)
                            }
                        }
                    }
                }
            }

            // Files and their schemas.
            Label {
                text: qsTr("Files")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
            }
            Repeater {
                model: view.d.resources || []
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: modelData.path + "   " + modelData.format + "   " + modelData.sizeText
                        font.family: Theme.monoFamily
                        color: Theme.text
                        elide: Text.ElideMiddle
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 6
                        visible: modelData.fields.length > 0
                        Repeater {
                            model: modelData.fields
                            delegate: Rectangle {
                                required property var modelData
                                radius: 4
                                color: Theme.surfaceAlt
                                implicitWidth: fieldLabel.implicitWidth + 12
                                implicitHeight: fieldLabel.implicitHeight + 6
                                Label {
                                    id: fieldLabel
                                    anchors.centerIn: parent
                                    text: modelData.name + " : " + modelData.type
                                    font.pixelSize: Theme.smallSize
                                    color: Theme.text
                                }
                            }
                        }
                    }
                }
            }

            // The first rows, fetched from a gateway and verified.
            Label {
                visible: (CatalogController.preview.state || CatalogController.NoPreview) !== CatalogController.NoPreview
                text: qsTr("Preview of %1").arg(CatalogController.preview.path || "")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
            }
            Label {
                visible: CatalogController.preview.state === CatalogController.PreviewLoading || CatalogController.preview.state === CatalogController.PreviewFailed
                text: CatalogController.preview.state === CatalogController.PreviewLoading ? qsTr("Fetching the first rows, verified against the CID…")
                    : qsTr("No preview: %1").arg(CatalogController.preview.error || "")
                color: CatalogController.preview.state === CatalogController.PreviewFailed ? Theme.danger : Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ScrollView {
                objectName: "previewTable"
                visible: CatalogController.preview.state === CatalogController.PreviewReady
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(previewGrid.implicitHeight + 16, 320)
                clip: true
                GridLayout {
                    id: previewGrid
                    columns: Math.max(1, (CatalogController.preview.columns || []).length)
                    rowSpacing: 2
                    columnSpacing: 14
                    Repeater {
                        model: CatalogController.preview.columns || []
                        delegate: Label {
                            required property var modelData
                            text: modelData
                            font.bold: true
                            color: Theme.text
                        }
                    }
                    Repeater {
                        model: {
                            const cells = []
                            for (const row of (CatalogController.preview.rows || []))
                                for (let i = 0; i < previewGrid.columns; ++i)
                                    cells.push(i < row.length ? row[i] : "")
                            return cells
                        }
                        delegate: Label {
                            required property var modelData
                            text: modelData
                            color: Theme.text
                            font.family: Theme.monoFamily
                            font.pixelSize: Theme.smallSize
                            Layout.maximumWidth: 240
                            elide: Text.ElideRight
                        }
                    }
                }
            }

            // Where it lives and who stands behind it.
            Label {
                text: qsTr("Details")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: 6
                Label { text: qsTr("Content CID"); color: Theme.subtleText }
                TextEdit {
                    objectName: "datasetCid"
                    Layout.fillWidth: true
                    text: view.d.contentCid || ""
                    readOnly: true
                    selectByMouse: true
                    font.family: Theme.monoFamily
                    color: Theme.text
                    wrapMode: TextEdit.WrapAnywhere
                }
                Label { text: qsTr("Metadata CID"); color: Theme.subtleText }
                TextEdit {
                    Layout.fillWidth: true
                    text: view.d.metadataCid || ""
                    readOnly: true
                    selectByMouse: true
                    font.family: Theme.monoFamily
                    color: Theme.text
                    wrapMode: TextEdit.WrapAnywhere
                }
                Label { text: qsTr("Contributor"); color: Theme.subtleText }
                RowLayout {
                    Layout.fillWidth: true
                    AddressText { Layout.fillWidth: true; address: view.d.contributor || "" }
                    Button {
                        objectName: "moreFromContributor"
                        text: qsTr("More from this contributor")
                        flat: true
                        font.pixelSize: Theme.smallSize
                        onClicked: {
                            CatalogController.contributor = view.d.contributor
                            view.back()
                        }
                    }
                }
                Label { text: qsTr("Size"); color: Theme.subtleText }
                Label { text: view.d.sizeText || ""; color: Theme.text }
                Label { text: qsTr("License"); color: Theme.subtleText }
                Label { text: view.d.license || ""; color: Theme.text }
                Label { text: qsTr("Stake"); color: Theme.subtleText }
                Label { text: view.d.stakeText || ""; color: Theme.text }
                Label { text: qsTr("Buyers"); color: Theme.subtleText }
                Label { text: String(view.d.purchases || 0); color: Theme.text }
            }
        }
    }
}
