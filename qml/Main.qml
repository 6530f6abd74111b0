import QtQml
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge

ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 1180
    height: 760
    minimumWidth: 900
    minimumHeight: 600
    visible: true
    title: qsTr("DataDAO Desktop")
    color: Theme.background

    // Fusion draws with plain items, so it renders the same with or without a GPU; the
    // palette carries the theme into every control and popup.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.surfaceAlt
    palette.text: Theme.text
    palette.button: Theme.surfaceAlt
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.accentText
    palette.placeholderText: Theme.subtleText
    palette.light: Theme.surface
    palette.midlight: Theme.surfaceAlt
    palette.mid: Theme.border
    palette.dark: Theme.border
    palette.shadow: Theme.dark ? "#000000" : "#9aa3ad"
    palette.brightText: Theme.text
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text

    // The section order of DESIGN.md; index into the page stack.
    readonly property var sections: [
        { key: "home", label: qsTr("Home") },
        { key: "datasets", label: qsTr("Datasets") },
        { key: "contribute", label: qsTr("Contribute") },
        { key: "curation", label: qsTr("Curation") },
        { key: "governance", label: qsTr("Governance") },
        { key: "compute", label: qsTr("Compute") },
        { key: "wallet", label: qsTr("Wallet") },
        { key: "settings", label: qsTr("Settings") }
    ]
    property alias currentSection: rail.currentIndex

    function showSection(key) {
        for (let i = 0; i < sections.length; ++i) {
            if (sections[i].key === key)
                rail.currentIndex = i
        }
    }

    // Ctrl+1 to Ctrl+8 open the sections in the rail's order.
    Instantiator {
        model: window.sections.length
        delegate: Shortcut {
            required property int index
            sequence: "Ctrl+" + (index + 1)
            context: Qt.ApplicationShortcut
            onActivated: rail.currentIndex = index
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            id: rail
            objectName: "navigationRail"
            Layout.fillHeight: true
            Layout.preferredWidth: Theme.railWidth
            sections: window.sections
            accountCount: WalletController.accounts.count
        }

        // The pages, and below them a band for the toast while it shows: a message never covers
        // what a page holds (its last rows, a form's inputs).
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            StackLayout {
                id: pages
                objectName: "pageStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: rail.currentIndex

                HomePage { onOpenSection: key => window.showSection(key) }
                DatasetsPage {
                    onOpenReviews: id => {
                        window.showSection("curation")
                        CurationController.select(id)
                    }
                    onPublishCorrection: id => {
                        ContributeController.replaces = id
                        window.showSection("contribute")
                    }
                }
                ContributePage {
                    onOpenDataset: id => {
                        window.showSection("datasets")
                        CatalogController.select(id)
                    }
                }
                CurationPage {}
                GovernancePage {}
                ComputePage {}
                WalletPage { id: walletPage }
                SettingsPage {}
            }

            Item {
                objectName: "toastBand"
                Layout.fillWidth: true
                Layout.preferredHeight: toast.visible ? toast.height + 2 * Theme.spacing : 0

                Toast {
                    id: toast
                    objectName: "toast"
                    anchors.centerIn: parent
                }
            }
        }
    }

    // Dropped anywhere: a keystore file opens the wallet's import dialog; any other file or folder
    // is inspected for contribution.
    DropOverlay {
        anchors.fill: parent
        onFileDropped: url => ContributeController.acceptDrop(url)
    }
    Connections {
        target: ContributeController
        function onKeystoreDropped(url) {
            window.showSection("wallet")
            walletPage.importKeystore(url)
        }
        function onContributionDropped() { window.showSection("contribute") }
    }

    ConfirmationSheet {}

    Connections {
        target: WalletController
        function onAutoLocked() {
            toast.show(qsTr("Accounts locked after %n idle minute(s).", "", AppSettings.autoLockMinutes), false)
        }
    }

    // Queue, execute or cancel that could not reach the sheet (the dialog has closed by then).
    Connections {
        target: ProposalController
        function onLifecycleErrorChanged() {
            if (ProposalController.lifecycleError.length > 0)
                toast.show(ProposalController.lifecycleError, true)
        }
    }

    function notify(text, isError) { toast.show(text, isError) }

    // Governance alerts also show inside the window (the desktop may have no notification server).
    Connections {
        target: GovernanceNotifier
        function onRaised(summary, body, proposalId) { toast.show(summary + "\n" + body, false) }
    }
    // So do curation's: a review or decision of the member's dataset, an appeal of one they reviewed.
    Connections {
        target: CurationNotifier
        function onRaised(summary, body, datasetId) { toast.show(summary + "\n" + body, false) }
    }
}
