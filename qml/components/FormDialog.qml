import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// A small modal form bound to one wallet operation: it shows the controller's error in words,
// a busy line while the work runs off the GUI thread, and closes itself on success.
Dialog {
    id: dialog
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 520)
    modal: true
    padding: Theme.padding
    header: DialogTitle { text: dialog.title }
    closePolicy: WalletController.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    property int operation: -1 // a WalletController.Operation
    property string error: ""
    property string acceptText: qsTr("OK")
    property bool danger: false
    property bool acceptEnabled: true
    property string successText: ""
    default property alias form: formColumn.data
    signal submitted()
    signal notified(string text, bool isError)

    function submit() {
        error = ""
        submitted()
    }

    Connections {
        target: WalletController
        enabled: dialog.visible
        function onSucceeded(operation, detail) {
            if (operation === dialog.operation) {
                if (dialog.successText.length > 0)
                    dialog.notified(dialog.successText, false)
                dialog.close()
            }
        }
        function onFailed(operation, message) {
            if (operation === dialog.operation)
                dialog.error = message
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        ColumnLayout {
            id: formColumn
            Layout.fillWidth: true
            spacing: 8
        }
        Notice { objectName: dialog.objectName + "Error"; text: dialog.error }
        RowLayout {
            visible: WalletController.busy
            BusyIndicator { running: visible; implicitWidth: 32; implicitHeight: 32 }
            Label { text: WalletController.busyText; color: Theme.subtleText; font.pixelSize: Theme.bodySize }
        }
    }

    footer: DialogFooter {
        Button {
            objectName: dialog.objectName + "Cancel"
            text: qsTr("Cancel")
            enabled: !WalletController.busy
            onClicked: dialog.close()
        }
        Button {
            objectName: dialog.objectName + "Accept"
            text: dialog.acceptText
            highlighted: !dialog.danger
            enabled: !WalletController.busy && dialog.acceptEnabled
            palette.button: dialog.danger ? Theme.danger : Theme.accent
            palette.buttonText: Theme.accentText
            onClicked: dialog.submit()
        }
    }
}
