#pragma once

// The "blockies" identicon that MetaMask and Etherscan draw beside an address, computed exactly as
// the reference blockies.js does (github.com/ethereum/blockies), so a user sees the same picture here.

#include <QList>
#include <QString>

namespace dd::crypto {
class Address;
}

namespace dd::eth {

struct Blockies {
    int size = 8;
    // size * size cells, row by row: 0 is the background, 1 the colour, 2 the spot colour.
    // Each row is mirrored left to right.
    QList<int> cells;
    // "#rrggbb", as a browser paints the hsl() strings below.
    QString color;
    QString background;
    QString spot;
    // The reference's own CSS strings, e.g. "hsl(354,66.81960879825056%,56.21398128569126%)".
    QString colorHsl;
    QString backgroundHsl;
    QString spotHsl;
};

// The icon for any seed text, taken as given. MetaMask and Etherscan seed with the address in
// lower case ("0x" and 40 lower-case hex digits), so a checksummed address must be lowered first,
// or use blockiesForAddress. Unlike blockies.js, an empty seed is not replaced by a random one
// (it gives an all-background black icon), and a size below 1 gives no cells.
Blockies blockies(const QString &seed, int size = 8);
Blockies blockiesForAddress(const crypto::Address &address, int size = 8);

// CSS hsl(hue, saturation%, lightness%) to "#rrggbb" as a browser converts it: the CSS Color 4
// algorithm, saturation and lightness clamped to 0..100, each channel rounded to the nearest integer.
QString hslToHex(double hue, double saturation, double lightness);

// A number as JavaScript's String(number) writes it (shortest digits that read back the same),
// which is how the reference builds its hsl() strings.
QString jsNumberToString(double value);

} // namespace dd::eth
