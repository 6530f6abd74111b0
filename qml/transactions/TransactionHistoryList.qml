import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// Every transaction this app signed, newest first, from the local journal: what it did in the
// words the member confirmed, its status as the chain sees it, and its hash to look up.
Item {
    id: root

    function statusColor(status) {
        if (status === TransactionHistoryModel.Mined)
            return Theme.success
        if (status === TransactionHistoryModel.Pending || status === TransactionHistoryModel.Signed)
            return Theme.accent
        return Theme.danger
    }

    EmptyState {
        objectName: "historyEmpty"
        anchors.fill: parent
        visible: TransactionHistoryModel.count === 0
        title: qsTr("No transactions yet")
        body: qsTr("Transactions you sign in this app appear here with their status, and stay here after a restart. Pending ones are followed until they are mined; one the network dropped is sent again.")
    }

    ColumnLayout {
        anchors.fill: parent
        visible: TransactionHistoryModel.count > 0
        spacing: Theme.spacing

        Notice {
            objectName: "historyTrackingError"
            warning: true
            text: TransactionHistoryModel.trackingError
        }

        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: TransactionHistoryModel
            ScrollBar.vertical: ScrollBar {}
            delegate: Rectangle {
                required property string hash
                required property string summary
                required property int status // a TransactionHistoryModel.Status
                required property string statusText
                required property string note
                required property string time
                required property string nonce
                objectName: "history_" + hash
                width: list.width - 12
                implicitHeight: row.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border

                ColumnLayout {
                    id: row
                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            Layout.fillWidth: true
                            text: summary
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                        Rectangle {
                            radius: height / 2
                            color: "transparent"
                            border.color: root.statusColor(status)
                            implicitWidth: statusLabel.implicitWidth + 16
                            implicitHeight: statusLabel.implicitHeight + 6
                            Label {
                                id: statusLabel
                                objectName: "historyStatus_" + hash
                                anchors.centerIn: parent
                                text: statusText
                                color: root.statusColor(status)
                                font.pixelSize: Theme.smallSize
                            }
                        }
                    }
                    Label {
                        text: qsTr("%1 · nonce %2").arg(time).arg(nonce)
                        color: Theme.subtleText
                        font.pixelSize: Theme.smallSize
                    }
                    AddressText { Layout.fillWidth: true; address: hash; identicon: false }
                    Label {
                        Layout.fillWidth: true
                        visible: note.length > 0
                        text: note
                        color: status === TransactionHistoryModel.Mined || status === TransactionHistoryModel.Pending
                               ? Theme.subtleText : Theme.danger
                        font.pixelSize: Theme.smallSize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
