import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge

// Settings: appearance, language and wallet security.
Item {
    objectName: "page_settings"

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding * 1.5
        spacing: Theme.spacing * 1.5

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Settings")
            subtitle: qsTr("Appearance, language and how the wallet protects your keys.")
        }

        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing
            Layout.maximumWidth: 640

            Label { text: qsTr("Theme"); color: Theme.text; font.pixelSize: Theme.bodySize }
            RowLayout {
                RadioButton {
                    objectName: "themeLight"
                    text: qsTr("Light")
                    checked: !AppSettings.darkTheme
                    onToggled: AppSettings.darkTheme = false
                }
                RadioButton {
                    objectName: "themeDark"
                    text: qsTr("Dark")
                    checked: AppSettings.darkTheme
                    onToggled: AppSettings.darkTheme = true
                }
            }

            Label { text: qsTr("Language"); color: Theme.text; font.pixelSize: Theme.bodySize }
            ComboBox {
                objectName: "languageBox"
                Layout.preferredWidth: 220
                textRole: "label"
                valueRole: "code"
                //: Language names are shown in their own language.
                model: [ { code: "en", label: "English" }, { code: "de", label: "Deutsch" } ]
                Component.onCompleted: currentIndex = indexOfValue(AppSettings.language)
                onActivated: AppSettings.language = currentValue
            }

            Label { text: qsTr("Lock the wallet after"); color: Theme.text; font.pixelSize: Theme.bodySize }
            RowLayout {
                SpinBox {
                    objectName: "autoLockMinutes"
                    from: 0
                    to: 1440
                    value: AppSettings.autoLockMinutes
                    editable: true
                    onValueModified: AppSettings.autoLockMinutes = value
                }
                Label {
                    text: AppSettings.autoLockMinutes === 0 ? qsTr("never (not recommended)")
                                                             : qsTr("idle minutes")
                    color: Theme.subtleText
                    font.pixelSize: Theme.bodySize
                }
            }

            Label { text: qsTr("Data folder"); color: Theme.text; font.pixelSize: Theme.bodySize }
            Label {
                text: AppSettings.dataDirectory
                color: Theme.subtleText
                font.family: Theme.monoFamily
                font.pixelSize: Theme.smallSize
                elide: Text.ElideMiddle
                Layout.maximumWidth: 420
            }
        }
        Item { Layout.fillHeight: true }
    }
}
