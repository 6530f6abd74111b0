import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DataDao.Bridge
import DataDao

// The forum discussion a proposal links: read from the forum only once the member allowed it,
// kept for offline reading, posts as safe rich text, images only when allowed, every link shown
// before it opens.
Rectangle {
    id: pane
    property alias description: discussion.description
    readonly property bool hasLink: discussion.hasLink
    signal openLink(string url)

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius

    ForumDiscussion { id: discussion }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            Label {
                text: qsTr("Discussion")
                font.pixelSize: Theme.headingSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "discussionRefresh"
                visible: discussion.allowed
                enabled: !discussion.loading
                text: qsTr("Refresh")
                onClicked: discussion.refresh()
            }
            ToolButton {
                text: qsTr("Open in browser")
                onClicked: pane.openLink(discussion.linkUrl)
            }
        }
        Label {
            objectName: "discussionTitle"
            Layout.fillWidth: true
            visible: text.length > 0
            text: discussion.title
            wrapMode: Text.Wrap
            font.bold: true
            font.pixelSize: Theme.bodySize
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("On %1").arg(discussion.forumHost)
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
        }

        // Nothing is fetched from a forum the member has not allowed: a proposal can link any host.
        ColumnLayout {
            visible: !discussion.allowed
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                text: qsTr("This proposal links a discussion on %1. The app contacts a forum only after you allow it, since anyone can write a proposal and the forum sees your address when you read it.").arg(discussion.forumHost)
            }
            Button {
                objectName: "discussionLoad"
                text: qsTr("Read discussions from %1").arg(discussion.forumHost)
                highlighted: true
                onClicked: discussion.load()
            }
        }

        RowLayout {
            visible: discussion.loading
            BusyIndicator { running: visible; implicitWidth: 28; implicitHeight: 28 }
            Label { text: qsTr("Reading the discussion…"); color: Theme.subtleText; font.pixelSize: Theme.bodySize }
        }
        Notice {
            objectName: "discussionError"
            text: discussion.error.length > 0
                  ? (discussion.posts.length > 0 ? qsTr("%1 The saved copy is shown.").arg(discussion.error) : discussion.error)
                  : ""
        }
        Label {
            objectName: "discussionSaved"
            Layout.fillWidth: true
            visible: text.length > 0
            text: discussion.savedText
            wrapMode: Text.Wrap
            color: Theme.subtleText
            font.pixelSize: Theme.smallSize
        }
        RowLayout {
            visible: discussion.blockedImages > 0 && !discussion.imagesAllowed
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("%n image(s) not loaded.", "", discussion.blockedImages)
                color: Theme.subtleText
                font.pixelSize: Theme.smallSize
            }
            Button {
                objectName: "discussionImages"
                text: qsTr("Show images from %1").arg(discussion.forumHost)
                flat: true
                onClicked: discussion.allowImages()
            }
        }

        ListView {
            id: postList
            objectName: "discussionPosts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: discussion.posts
            ScrollBar.vertical: ScrollBar { }
            delegate: ColumnLayout {
                required property var modelData
                width: postList.width - 12
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 8
                    Label { text: modelData.author; font.bold: true; font.pixelSize: Theme.bodySize; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                    Label { text: "#" + modelData.number; font.pixelSize: Theme.smallSize; color: Theme.subtleText }
                }
                Label {
                    text: modelData.replyTo.length > 0 ? modelData.time + " · " + modelData.replyTo : modelData.time
                    font.pixelSize: Theme.smallSize
                    color: Theme.subtleText
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    text: modelData.html
                    textFormat: Text.RichText
                    wrapMode: Text.Wrap
                    color: Theme.text
                    linkColor: Theme.accent
                    font.pixelSize: Theme.bodySize
                    onLinkHovered: (link) => { if (link.length > 0) ToolTip.show(link, 3000) }
                    onLinkActivated: (link) => pane.openLink(link)
                }
                Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border; Layout.topMargin: 6 }
            }
        }
    }
}
