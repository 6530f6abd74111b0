import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Wallet: the member's accounts, and the ways to create, import, unlock and manage them.
Item {
    id: page
    objectName: "page_wallet"

    function importKeystore(url) { importDialog.openWithKeystore(url) }
    function notify(text, isError) { Window.window.notify(text, isError) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PageHeader {
                Layout.fillWidth: true
                title: qsTr("Wallet")
                subtitle: qsTr("Your keys stay on this computer, encrypted with your password. Unlocked keys are wiped from memory when you lock or step away.")
            }
            Button {
                objectName: "lockAllButton"
                text: qsTr("Lock all")
                visible: WalletController.accounts.count > 0
                onClicked: WalletController.lockAll()
            }
            Button {
                objectName: "importButton"
                text: qsTr("Import…")
                visible: WalletController.accounts.count > 0
                onClicked: importDialog.openFresh()
            }
            Button {
                objectName: "createButton"
                text: qsTr("Create wallet…")
                highlighted: true
                visible: WalletController.accounts.count > 0
                onClicked: createDialog.openFresh()
            }
        }

        Notice {
            objectName: "walletLoadError"
            text: WalletController.loadError
        }

        EmptyState {
            objectName: "walletEmpty"
            visible: WalletController.accounts.count === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("No accounts yet")
            body: qsTr("Create a new wallet with a recovery phrase, or import one you already have: a recovery phrase, a private key, or a keystore file from geth, Foundry or MetaMask. You can also drop a keystore file onto this window.")
            Button {
                objectName: "emptyCreateButton"
                text: qsTr("Create a new wallet")
                highlighted: true
                onClicked: createDialog.openFresh()
            }
            Button {
                objectName: "emptyImportButton"
                text: qsTr("Import a wallet")
                onClicked: importDialog.openFresh()
            }
        }

        TabBar {
            id: tabs
            objectName: "walletTabs"
            visible: WalletController.accounts.count > 0
            Layout.fillWidth: true
            TabButton {
                objectName: "walletTabAccounts"
                text: qsTr("Accounts")
                width: implicitWidth
            }
            TabButton {
                objectName: "walletTabHistory"
                text: TransactionHistoryModel.pendingCount > 0
                      ? qsTr("Transactions (%1 pending)").arg(TransactionHistoryModel.pendingCount)
                      : qsTr("Transactions")
                width: implicitWidth
            }
        }

        StackLayout {
            visible: WalletController.accounts.count > 0
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: accountList
                objectName: "accountList"
                clip: true
                spacing: Theme.spacing
                model: WalletController.accounts
                ScrollBar.vertical: ScrollBar {}
                delegate: AccountCard {
                    width: accountList.width - 12
                    objectName: "account_" + address
                    onUnlockRequested: unlockDialog.ask(address, name)
                    onLockRequested: WalletController.lock(address)
                    onRenameRequested: renameDialog.ask(address, name)
                    onPasswordRequested: passwordDialog.ask(address, name)
                    onRemoveRequested: removeDialog.ask(address, name)
                    onNextAccountRequested: addAccountDialog.ask(vaultId, name)
                    onSendRequested: sendDialog.ask(address, name)
                    onDelegateRequested: delegateDialog.ask(address, name)
                    onExportRequested: {
                        exportFolder.address = address
                        exportFolder.open()
                    }
                }
            }

            TransactionHistoryList {
                objectName: "transactionHistory"
            }
        }
    }

    CreateWalletDialog { id: createDialog; onNotified: (text, isError) => page.notify(text, isError) }
    ImportDialog { id: importDialog; onNotified: (text, isError) => page.notify(text, isError) }
    UnlockDialog { id: unlockDialog; onNotified: (text, isError) => page.notify(text, isError) }
    RenameDialog { id: renameDialog; onNotified: (text, isError) => page.notify(text, isError) }
    ChangePasswordDialog { id: passwordDialog; onNotified: (text, isError) => page.notify(text, isError) }
    RemoveDialog { id: removeDialog; onNotified: (text, isError) => page.notify(text, isError) }
    SendDialog { id: sendDialog }
    DelegateDialog { id: delegateDialog }
    AddAccountDialog { id: addAccountDialog; onNotified: (text, isError) => page.notify(text, isError) }

    FolderDialog {
        id: exportFolder
        objectName: "exportFolderDialog"
        property string address
        title: qsTr("Choose a folder for the keystore file")
        onAccepted: WalletController.exportKeystore(address, selectedFolder)
    }

    Connections {
        target: WalletController
        function onSucceeded(operation, detail) {
            if (operation === WalletController.Export)
                page.notify(qsTr("Keystore saved to %1. It is encrypted with this account's password.").arg(detail), false)
            else if (operation === WalletController.Remove)
                page.notify(qsTr("Account %1 removed from this computer.").arg(detail), false)
            else if (operation === WalletController.ChangePassword)
                page.notify(qsTr("Password changed."), false)
        }
        function onFailed(operation, message) {
            if (operation === WalletController.Export || operation === WalletController.Remove
                    || operation === WalletController.Rename)
                page.notify(message, true)
        }
    }
}
