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

    Component {
        id: addressText
        AddressText { width: 600 }
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

        // An address shows its blockies identicon (drawn by the app's image provider); a hash,
        // which is not an address, shows none.
        function test_addressTextShowsAnIdenticonForAnAddressOnly() {
            const address = createTemporaryObject(addressText, room, { address: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8" })
            let icon = null
            for (let i = 0; i < address.children.length; ++i)
                if (address.children[i].source !== undefined)
                    icon = address.children[i]
            verify(icon, "an Image beside the address")
            tryCompare(icon, "status", Image.Ready)
            compare(icon.implicitWidth, Theme.identiconSize)
            const picture = grabImage(icon)
            const corner = picture.pixel(1, 1)
            let differs = false
            for (let x = 0; x < icon.width && !differs; x += 2)
                for (let y = 0; y < icon.height && !differs; y += 2)
                    differs = !Qt.colorEqual(picture.pixel(x, y), corner)
            verify(differs, "cells of more than one colour")
            // The text starts after the picture, never under it.
            for (let i = 0; i < address.children.length; ++i)
                if (address.children[i].selectByMouse !== undefined)
                    verify(address.children[i].x >= icon.x + icon.width, "the address is not drawn over its identicon")
            // Made empty on a page not shown yet, then given an address and shown (the dataset
            // page's contributor): the text still starts after the picture.
            const page = createTemporaryQmlObject(
                "import QtQuick; import QtQuick.Layouts; import DataDao; Item { visible: false; width: 800; height: 60;"
                + " property string who: ''; property alias row: inner;"
                + " GridLayout { width: parent.width; columns: 2;"
                + " Text { text: 'Contributor' } RowLayout { Layout.fillWidth: true;"
                + " AddressText { id: inner; Layout.fillWidth: true; address: who } Text { text: 'More' } } } }", room)
            page.who = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8"
            page.visible = true
            const late = page.row
            let lateIcon = null, lateText = null
            for (let i = 0; i < late.children.length; ++i) {
                if (late.children[i].source !== undefined) lateIcon = late.children[i]
                if (late.children[i].selectByMouse !== undefined) lateText = late.children[i]
            }
            tryVerify(() => lateIcon.status === Image.Ready && lateText.x >= lateIcon.x + lateIcon.width)
            const hash = createTemporaryObject(addressText, room, { address: "0x" + "ab".repeat(32), identicon: false })
            for (let i = 0; i < hash.children.length; ++i)
                if (hash.children[i].source !== undefined) {
                    compare(hash.children[i].source.toString(), "")
                    verify(!hash.children[i].visible)
                }
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
