import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge

// Home: what needs the member's attention. Today that is only the wallet.
Item {
    id: home
    objectName: "page_home"
    signal openSection(string key)

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Home")
            subtitle: qsTr("What needs you: votes closing soon, reviews waiting, jobs to confirm.")
        }

        EmptyState {
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: WalletController.accounts.count === 0 ? qsTr("Start with a wallet")
                                                         : qsTr("Nothing needs you right now")
            body: WalletController.accounts.count === 0
                  ? qsTr("Your wallet holds the keys that stake, vote and pay in this DAO. Create one or import the one you have.")
                  : qsTr("Proposals, reviews and compute jobs will show up here once the app is connected to the DAO.")
            Button {
                objectName: "homeOpenWallet"
                text: WalletController.accounts.count === 0 ? qsTr("Set up a wallet") : qsTr("Open wallet")
                highlighted: true
                onClicked: home.openSection("wallet")
            }
        }
    }
}
