import QtQuick
import QtTest
import DataDao

// The shared components as a page uses them: what they show, and that they keep to the room
// they are given.
Item {
    id: room
    width: 900
    height: 600

    Component {
        id: emptyState
        EmptyState {
            width: room.width
            height: room.height
            title: "No datasets yet"
            body: "Datasets the DAO registers appear here. Drop files on the window to contribute one."
        }
    }
    Component {
        id: pageHeader
        PageHeader {
            width: 400
            title: "Governance"
            subtitle: "Proposals of the DAO, read from the chain and kept on this computer, so the list opens at once and reads offline."
        }
    }

    TestCase {
        name: "Components"
        when: windowShown

        function labels(item) {
            let out = []
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.text !== undefined && child.font !== undefined)
                    out.push(child)
                out = out.concat(labels(child))
            }
            return out
        }

        function test_emptyStateSaysWhatAndStaysCentred() {
            const state = createTemporaryObject(emptyState, room)
            verify(state)
            const texts = labels(state)
            compare(texts.length, 2)
            compare(texts[0].text, "No datasets yet")
            verify(texts[0].font.bold)
            tryVerify(() => texts[1].height > texts[1].font.pixelSize) // the body wraps, it is not cut
            for (const label of texts) {
                const topLeft = label.mapToItem(room, 0, 0)
                verify(topLeft.x >= 0 && topLeft.x + label.width <= room.width, label.text)
                verify(label.width <= 560, "a readable measure, not the whole width")
            }
        }

        function test_pageHeaderGrowsWithItsSubtitle() {
            const header = createTemporaryObject(pageHeader, room)
            verify(header)
            const texts = labels(header)
            compare(texts.length, 2)
            const oneLine = texts[0].height
            // The subtitle wraps in 400 px: the header is as tall as both, not one line of each.
            tryVerify(() => header.implicitHeight > oneLine + 2 * texts[1].font.pixelSize)
            header.subtitle = ""
            verify(!texts[1].visible)
            tryVerify(() => header.implicitHeight < oneLine + texts[1].font.pixelSize)
        }

        function test_themeFollowsTheDarkSetting() {
            const light = String(Theme.background) // a copy: a colour read is a live reference
            AppSettings.darkTheme = true
            verify(Theme.dark)
            verify(!Qt.colorEqual(Theme.background, light))
            AppSettings.darkTheme = false
            verify(Qt.colorEqual(Theme.background, light))
        }
    }
}
