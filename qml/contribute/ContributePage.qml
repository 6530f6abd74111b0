import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Contribute: drop a file or a folder (or choose one); the app inspects it and shows what it
// found; the contributor describes it (prefilled from the inspection); then hashing, upload and
// registration run one after another, each with its progress, with a cancel button; the result
// links to the dataset's page.
Item {
    id: page
    objectName: "page_contribute"
    signal openDataset(int id)

    readonly property int stage: ContributeController.stage

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a file to contribute")
        onAccepted: ContributeController.inspect(selectedFile)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Choose a folder to contribute")
        onAccepted: ContributeController.inspect(selectedFolder)
    }

    ScrollView {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Contribute")
                subtitle: qsTr("Drop files or a folder: the app inspects the data, writes its metadata, content-addresses it, uploads it to storage and registers it on chain with a stake.")
            }

            // 1. The drop zone.
            Rectangle {
                objectName: "contributeDropZone"
                visible: page.stage === ContributeController.Idle
                Layout.fillWidth: true
                Layout.preferredHeight: 260
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                border.width: 2
                ColumnLayout {
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 40, 560)
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: ContributeController.replaces > 0
                              ? qsTr("Drop the corrected files of dataset #%1 here").arg(ContributeController.replaces)
                              : qsTr("Drop a file or a folder here")
                        font.pixelSize: Theme.titleSize
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        text: qsTr("Tables (CSV, TSV), JSON, Parquet, images, archives, models: every file is read on this computer first, and nothing leaves it until you publish.")
                        color: Theme.subtleText
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Layout.alignment: Qt.AlignHCenter
                        spacing: Theme.spacing
                        Button { objectName: "chooseFile"; text: qsTr("Choose a file…"); onClicked: fileDialog.open() }
                        Button { objectName: "chooseFolder"; text: qsTr("Choose a folder…"); onClicked: folderDialog.open() }
                    }
                    Button {
                        objectName: "notACorrection"
                        Layout.alignment: Qt.AlignHCenter
                        visible: ContributeController.replaces > 0
                        flat: true
                        text: qsTr("Not a correction: a new dataset")
                        onClicked: ContributeController.replaces = 0
                    }
                }
            }

            // 1b. A publication a restart interrupted: continue it, or start over.
            Rectangle {
                objectName: "contributeInterrupted"
                visible: page.stage === ContributeController.Interrupted
                Layout.fillWidth: true
                implicitHeight: interruptedColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.accent
                ColumnLayout {
                    id: interruptedColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: 6
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("“%1” was being published when the app stopped").arg(ContributeController.result.title || "")
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: ContributeController.path
                        color: Theme.subtleText
                        font.family: Theme.monoFamily
                        elide: Text.ElideMiddle
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Its files are hashed and kept. What the storage node acknowledged is not sent again, and the registry is asked first whether the dataset is registered already, so nothing happens twice. Dropping other files starts over.")
                        color: Theme.text
                        wrapMode: Text.Wrap
                    }
                    RowLayout {
                        Button {
                            objectName: "resumePublish"
                            highlighted: true
                            text: qsTr("Continue publishing")
                            onClicked: ContributeController.resumePublishing()
                        }
                        Button {
                            objectName: "discardPublish"
                            text: qsTr("Start over")
                            onClicked: ContributeController.reset()
                        }
                    }
                }
            }

            // 2. Inspecting.
            ColumnLayout {
                visible: page.stage === ContributeController.Inspecting
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label { text: qsTr("Inspecting %1").arg(ContributeController.path); color: Theme.text; wrapMode: Text.Wrap; Layout.fillWidth: true }
                ProgressBar { Layout.fillWidth: true; value: ContributeController.progress }
                Label { text: ContributeController.progressText; color: Theme.subtleText; elide: Text.ElideMiddle; Layout.fillWidth: true }
                Button { text: qsTr("Cancel"); onClicked: ContributeController.cancel() }
            }

            // 3. The report and the form.
            // Side by side: explicit geometry, since both sides size to their content.
            Item {
                id: reviewRow
                visible: page.stage === ContributeController.Review
                Layout.fillWidth: true
                implicitHeight: Math.max(reportView.implicitHeight, formBox.implicitHeight)
                InspectionReport {
                    id: reportView
                    objectName: "inspectionReport"
                    width: (reviewRow.width - Theme.padding) * 0.56
                    inspection: ContributeController.report
                }
                Rectangle {
                    id: formBox
                    x: reportView.width + Theme.padding
                    width: reviewRow.width - x
                    implicitHeight: form.implicitHeight + 2 * Theme.padding
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.border
                    ColumnLayout {
                        id: form
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: 6
                        Label { text: qsTr("Describe it"); font.pixelSize: Theme.headingSize; font.bold: true; color: Theme.text }
                        Label { text: qsTr("Title"); color: Theme.subtleText }
                        TextField { id: titleField; objectName: "contributeTitle"; Layout.fillWidth: true; text: ContributeController.suggestedTitle }
                        Label { text: qsTr("Description (Markdown)"); color: Theme.subtleText }
                        TextArea {
                            id: descriptionField
                            objectName: "contributeDescription"
                            Layout.fillWidth: true
                            Layout.preferredHeight: 80
                            wrapMode: TextEdit.Wrap
                            placeholderText: qsTr("What it holds, where it comes from, how it was collected")
                            background: Rectangle { color: Theme.surface; border.color: descriptionField.activeFocus ? Theme.accent : Theme.border; radius: 2 }
                        }
                        Label { text: qsTr("License"); color: Theme.subtleText }
                        ComboBox {
                            id: licenseBox
                            objectName: "contributeLicense"
                            Layout.fillWidth: true
                            model: ContributeController.licenses
                            textRole: "title"
                            valueRole: "id"
                            currentIndex: 1
                            // A long licence name ends in "…" (its identifier comes first), not cut off.
                            contentItem: Label {
                                leftPadding: 6
                                rightPadding: licenseBox.indicator.width + 6
                                text: licenseBox.displayText
                                elide: Text.ElideRight
                                verticalAlignment: Text.AlignVCenter
                            }
                        }
                        Label { text: qsTr("Keywords, separated by commas"); color: Theme.subtleText }
                        TextField { id: keywordsField; objectName: "contributeKeywords"; Layout.fillWidth: true }
                        RowLayout {
                            Layout.fillWidth: true
                            ColumnLayout {
                                Layout.fillWidth: true
                                Label { text: qsTr("Access price (%1)").arg(ChainController.tokenSymbol || "DATA"); color: Theme.subtleText }
                                TextField { id: priceField; objectName: "contributePrice"; Layout.fillWidth: true; text: "0"; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                Label { text: qsTr("Stake (%1)").arg(ChainController.tokenSymbol || "DATA"); color: Theme.subtleText }
                                TextField { id: stakeField; objectName: "contributeStake"; Layout.fillWidth: true; text: "100"; inputMethodHints: Qt.ImhFormattedNumbersOnly }
                            }
                        }
                        Label { text: qsTr("Corrects your dataset (optional): its number, when this is a corrected version of one you published"); color: Theme.subtleText; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        TextField {
                            id: replacesField
                            objectName: "contributeReplaces"
                            Layout.fillWidth: true
                            text: ContributeController.replaces > 0 ? String(ContributeController.replaces) : ""
                            placeholderText: qsTr("#5 or 5; empty for a new dataset")
                        }
                        Label { text: qsTr("Contribute as"); color: Theme.subtleText }
                        ComboBox {
                            id: accountBox
                            objectName: "contributeAccount"
                            Layout.fillWidth: true
                            model: WalletController.accounts
                            textRole: "name"
                            valueRole: "address"
                            onCountChanged: if (currentIndex < 0 && count > 0) currentIndex = 0
                            Component.onCompleted: if (currentIndex < 0 && count > 0) currentIndex = 0
                        }
                        Label {
                            Layout.fillWidth: true
                            text: qsTr("The stake is held by the registry while curators review the dataset: approval returns it, rejection can keep part of it for the treasury.")
                            wrapMode: Text.Wrap
                            color: Theme.subtleText
                            font.pixelSize: Theme.smallSize
                        }
                        Notice { id: formError; objectName: "contributeError" }
                        RowLayout {
                            Layout.fillWidth: true
                            Button { text: qsTr("Start over"); onClicked: ContributeController.reset() }
                            Item { Layout.fillWidth: true }
                            Button {
                                objectName: "publishDataset"
                                highlighted: true
                                enabled: !ContributeController.report.hasErrors
                                text: qsTr("Publish…")
                                onClicked: formError.text = ContributeController.publish(accountBox.currentValue || "", titleField.text,
                                    descriptionField.text, licenseBox.currentValue, keywordsField.text, priceField.text, stakeField.text,
                                    replacesField.text)
                            }
                        }
                    }
                }
            }

            // 4. Publishing: one progress view per step.
            ColumnLayout {
                visible: page.stage === ContributeController.Publishing || page.stage === ContributeController.Done || page.stage === ContributeController.Interrupted
                    || (page.stage === ContributeController.Failed && ContributeController.steps[0].state !== PublicationStep.Pending)
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    model: ContributeController.steps
                    delegate: Rectangle {
                        required property var modelData
                        objectName: "step_" + modelData.key
                        Layout.fillWidth: true
                        implicitHeight: stepColumn.implicitHeight + 2 * Theme.spacing
                        radius: Theme.radius
                        color: Theme.surface
                        border.color: modelData.state === PublicationStep.Active ? Theme.accent : Theme.border
                        ColumnLayout {
                            id: stepColumn
                            anchors.fill: parent
                            anchors.margins: Theme.spacing
                            spacing: 4
                            RowLayout {
                                Layout.fillWidth: true
                                Label {
                                    text: modelData.state === PublicationStep.Done ? "✓" : modelData.state === PublicationStep.Failed ? "✕" : modelData.state === PublicationStep.Active ? "…" : "·"
                                    color: modelData.state === PublicationStep.Done ? Theme.success : modelData.state === PublicationStep.Failed ? Theme.danger : Theme.text
                                    font.bold: true
                                }
                                Label { Layout.fillWidth: true; text: modelData.label; font.bold: true; color: Theme.text }
                            }
                            ProgressBar {
                                Layout.fillWidth: true
                                visible: modelData.state === PublicationStep.Active
                                value: modelData.fraction
                            }
                            Label {
                                Layout.fillWidth: true
                                visible: text.length > 0
                                text: modelData.detail
                                color: modelData.state === PublicationStep.Failed ? Theme.danger : Theme.subtleText
                                wrapMode: Text.WrapAnywhere
                                font.pixelSize: Theme.smallSize
                            }
                        }
                    }
                }
                Button {
                    objectName: "cancelPublish"
                    visible: page.stage === ContributeController.Publishing
                    text: qsTr("Cancel")
                    onClicked: ContributeController.cancel()
                }
            }

            // 5. The result, or what went wrong.
            Rectangle {
                objectName: "contributeResult"
                visible: page.stage === ContributeController.Done
                Layout.fillWidth: true
                implicitHeight: resultColumn.implicitHeight + 2 * Theme.padding
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.success
                ColumnLayout {
                    id: resultColumn
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: 6
                    Label {
                        text: qsTr("Published as dataset #%1").arg(ContributeController.result.id || 0)
                        font.pixelSize: Theme.headingSize
                        font.bold: true
                        color: Theme.text
                    }
                    Label { text: qsTr("Content CID"); color: Theme.subtleText }
                    TextEdit { objectName: "resultCid"; Layout.fillWidth: true; text: ContributeController.result.contentCid || ""; readOnly: true; selectByMouse: true; font.family: Theme.monoFamily; color: Theme.text; wrapMode: TextEdit.WrapAnywhere }
                    Label { text: qsTr("Metadata CID (datapackage.json)"); color: Theme.subtleText }
                    TextEdit { Layout.fillWidth: true; text: ContributeController.result.metadataCid || ""; readOnly: true; selectByMouse: true; font.family: Theme.monoFamily; color: Theme.text; wrapMode: TextEdit.WrapAnywhere }
                    RowLayout {
                        Button {
                            objectName: "openPublished"
                            highlighted: true
                            text: qsTr("Open its page")
                            onClicked: page.openDataset(ContributeController.result.id || 0)
                        }
                        Button { text: qsTr("Contribute another"); onClicked: ContributeController.reset() }
                    }
                }
            }
            ColumnLayout {
                visible: page.stage === ContributeController.Failed
                Layout.fillWidth: true
                Notice { objectName: "contributeFailure"; text: ContributeController.error }
                Button { text: qsTr("Start over"); onClicked: ContributeController.reset() }
            }
        }
    }
}
