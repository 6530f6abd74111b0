import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao

// Before a link from a proposal or a forum post opens, the member sees where it goes: the full
// address with its host picked out. Nothing opens without this second click.
Dialog {
    id: dialog
    objectName: "linkConfirm"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - 80, 560)
    modal: true
    padding: Theme.padding
    title: qsTr("Open this link?")
    header: DialogTitle { text: dialog.title }

    property string url: ""
    readonly property string host: {
        const match = /^[a-z][a-z0-9+.-]*:\/\/([^\/?#]+)/i.exec(url)
        return match ? match[1] : ""
    }

    function ask(link) {
        url = link
        open()
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            text: dialog.host.length > 0
                  ? qsTr("It opens in your web browser, at %1:").arg("<b>" + dialog.host + "</b>")
                  : qsTr("It opens in the program your system uses for it:")
            textFormat: Text.StyledText
        }
        Label {
            objectName: "linkConfirmUrl"
            Layout.fillWidth: true
            text: dialog.url
            wrapMode: Text.WrapAnywhere
            font.family: Theme.monoFamily
            font.pixelSize: Theme.smallSize
            color: Theme.text
        }
    }

    footer: DialogFooter {
        Button {
            objectName: "linkConfirmCancel"
            text: qsTr("Cancel")
            onClicked: dialog.close()
        }
        Button {
            objectName: "linkConfirmOpen"
            text: qsTr("Open in browser")
            highlighted: true
            onClicked: {
                Qt.openUrlExternally(dialog.url)
                dialog.close()
            }
        }
    }
}
