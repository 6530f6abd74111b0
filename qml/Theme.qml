pragma Singleton
import QtQuick
import DataDao.Bridge

// Colours and sizes in one place; light and dark follow AppSettings.
QtObject {
    readonly property bool dark: AppSettings.darkTheme
    readonly property color background: dark ? "#15181d" : "#f5f6f8"
    readonly property color surface: dark ? "#1f242b" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#272d36" : "#eef0f3"
    readonly property color border: dark ? "#363d47" : "#d9dde3"
    readonly property color text: dark ? "#e8eaed" : "#1b1f24"
    readonly property color subtleText: dark ? "#a3abb5" : "#5b6570"
    readonly property color accent: dark ? "#6ea8fe" : "#1f5fbf"
    readonly property color accentText: "#ffffff"
    readonly property color danger: dark ? "#ff8a80" : "#b3261e"
    readonly property color dangerSurface: dark ? "#3b2020" : "#fdecea"
    readonly property color success: dark ? "#7bd88f" : "#1e7b34"
    readonly property color warningSurface: dark ? "#3a3220" : "#fff4d6"

    readonly property int spacing: 12
    readonly property int padding: 20
    readonly property int radius: 8
    readonly property int railWidth: 200
    readonly property int identiconSize: 20
    readonly property int navIconSize: 18
    readonly property int titleSize: 24
    readonly property int headingSize: 17
    readonly property int bodySize: 14
    readonly property int smallSize: 12
    readonly property string monoFamily: "monospace"
}
