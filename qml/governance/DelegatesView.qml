import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Delegates by voting power, how each voted recently, and who delegates to this wallet's
// accounts. Delegating to one goes through the confirmation sheet.
Item {
    id: view
    signal back()

    FormDialog {
        id: delegateTo
        objectName: "delegateToDialog"
        property string delegatee
        title: qsTr("Delegate your votes")
        acceptText: qsTr("Review…")
        acceptEnabled: fromBox.currentIndex >= 0
        function ask(address) {
            delegatee = address
            error = ""
            if (fromBox.currentIndex < 0 && fromBox.count > 0)
                fromBox.currentIndex = 0
            open()
        }
        onSubmitted: {
            TransactionController.requestDelegate(fromBox.currentValue, delegatee)
            close()
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            text: qsTr("The votes of the account below go to %1, who then votes with them. Your tokens stay yours, and you can delegate elsewhere at any time.").arg(delegateTo.delegatee)
        }
        ComboBox {
            id: fromBox
            objectName: "delegateToAccount"
            Layout.fillWidth: true
            model: WalletController.accounts
            textRole: "name"
            valueRole: "address"
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Button { objectName: "delegatesBack"; text: qsTr("‹ All proposals"); flat: true; onClicked: view.back() }
            Item { Layout.fillWidth: true }
        }
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Delegates")
            subtitle: qsTr("Who votes with the DAO's tokens, strongest first, and how they voted recently.")
        }
        Label {
            visible: GovernanceController.delegatingToMe.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.success
            font.pixelSize: Theme.bodySize
            text: qsTr("Delegating to you: %1").arg(GovernanceController.delegatingToMe.map(d => d.delegator + " → " + d.account).join(", "))
        }
        EmptyState {
            visible: GovernanceController.delegates.length === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            title: qsTr("No delegates yet")
            body: qsTr("Delegates appear once token holders delegate their votes.")
        }
        ListView {
            id: list
            objectName: "delegateList"
            visible: GovernanceController.delegates.length > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: GovernanceController.delegates
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                required property var modelData
                objectName: "delegate_" + modelData.address
                width: list.width - 12
                implicitHeight: row.implicitHeight + 20
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
                RowLayout {
                    id: row
                    anchors.fill: parent
                    anchors.margins: 10
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label { text: modelData.address; font.family: Theme.monoFamily; font.pixelSize: Theme.bodySize; color: Theme.text }
                        Label {
                            text: qsTr("%1 · %n delegator(s)", "", modelData.delegators).arg(modelData.votes)
                            font.pixelSize: Theme.smallSize
                            color: Theme.subtleText
                        }
                        Label { text: modelData.recent; font.pixelSize: Theme.smallSize; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                    Button {
                        visible: WalletController.accounts.count > 0
                        text: qsTr("Delegate…")
                        onClicked: delegateTo.ask(modelData.address)
                    }
                }
            }
        }
    }
}
