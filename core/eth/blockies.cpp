#include "eth/blockies.h"

#include "crypto/address.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

namespace dd::eth {

namespace {

// A multiply and an add that the compiler may not fuse into one FMA: JavaScript rounds the product
// before adding, and one bit of difference can change a digit of the hsl() text.
double unfusedProduct(double a, double b)
{
    volatile double p = a * b;
    return p;
}

std::int32_t shiftLeft(std::int32_t value, int bits)
{
    return std::int32_t(std::uint32_t(value) << bits);
}

// The reference's xorshift generator, seeded from the UTF-16 code units of the seed text.
class Random {
public:
    explicit Random(const QString &seed)
    {
        // JavaScript keeps ((w << 5) - w) + c as a double that grows past 32 bits, but every later
        // read (<< here, ^ and >> in next()) takes it modulo 2^32, so wrapping 32-bit arithmetic
        // gives the same words, exactly while the doubles stay below 2^53: seeds under 16 million
        // characters.
        std::array<std::uint32_t, 4> words {};
        for (qsizetype i = 0; i < seed.size(); ++i) {
            std::uint32_t &w = words[std::size_t(i % 4)];
            w = (w << 5) - w + seed.at(i).unicode();
        }
        for (std::size_t i = 0; i < 4; ++i)
            m_words[i] = std::int32_t(words[i]);
    }

    // In [0, 1) although it divides by 2^31: x ^ (x >> 19) and t ^ (t >> 8) clear the sign bit,
    // since >> on a signed value copies it (arithmetic in C++20, as in JavaScript).
    double next()
    {
        const std::int32_t t = m_words[0] ^ shiftLeft(m_words[0], 11);
        m_words[0] = m_words[1];
        m_words[1] = m_words[2];
        m_words[2] = m_words[3];
        m_words[3] = m_words[3] ^ (m_words[3] >> 19) ^ t ^ (t >> 8);
        return double(std::uint32_t(m_words[3])) / 2147483648.0;
    }

private:
    std::array<std::int32_t, 4> m_words {};
};

struct Hsl {
    double hue = 0;
    double saturation = 0;
    double lightness = 0;
};

Hsl createColor(Random &random)
{
    Hsl c;
    c.hue = std::floor(random.next() * 360);
    c.saturation = unfusedProduct(random.next(), 60) + 40;
    // Separate statements: C++ leaves the order of a + b + c + d's calls open, JavaScript does not.
    double sum = random.next();
    sum += random.next();
    sum += random.next();
    sum += random.next();
    c.lightness = sum * 25;
    return c;
}

QString cssHsl(const Hsl &c)
{
    return QStringLiteral("hsl(%1,%2%,%3%)")
        .arg(jsNumberToString(c.hue), jsNumberToString(c.saturation), jsNumberToString(c.lightness));
}

} // namespace

Blockies blockies(const QString &seed, int size)
{
    Random random(seed);
    // The reference draws color, bgcolor and spotcolor in this order, then the cells.
    const Hsl color = createColor(random);
    const Hsl background = createColor(random);
    const Hsl spot = createColor(random);

    Blockies icon;
    icon.size = std::max(size, 0);
    icon.colorHsl = cssHsl(color);
    icon.backgroundHsl = cssHsl(background);
    icon.spotHsl = cssHsl(spot);
    icon.color = hslToHex(color.hue, color.saturation, color.lightness);
    icon.background = hslToHex(background.hue, background.saturation, background.lightness);
    icon.spot = hslToHex(spot.hue, spot.saturation, spot.lightness);

    // The left ceil(size / 2) cells of a row are random; the rest mirror them, so an odd size
    // has a middle column of its own.
    const int dataWidth = (icon.size + 1) / 2;
    icon.cells.resize(qsizetype(icon.size) * icon.size);
    for (int y = 0; y < icon.size; ++y) {
        for (int x = 0; x < dataWidth; ++x) {
            const int value = int(std::floor(random.next() * 2.3));
            icon.cells[qsizetype(y) * icon.size + x] = value;
            icon.cells[qsizetype(y) * icon.size + (icon.size - 1 - x)] = value;
        }
    }
    return icon;
}

Blockies blockiesForAddress(const crypto::Address &address, int size)
{
    return blockies(address.toLowerHex(), size);
}

QString hslToHex(double hue, double saturation, double lightness)
{
    // CSS Color 4, "Converting HSL Colors to sRGB".
    double h = std::fmod(hue, 360);
    if (h < 0)
        h += 360;
    const double s = std::clamp(saturation, 0.0, 100.0) / 100;
    const double l = std::clamp(lightness, 0.0, 100.0) / 100;
    const auto channel = [&](double n) {
        const double k = std::fmod(n + h / 30, 12);
        const double a = s * std::min(l, 1 - l);
        const double v = l - unfusedProduct(a, std::max(-1.0, std::min({k - 3, 9 - k, 1.0})));
        // Nearest integer, ties up: std::round is that for non-negative values, like Math.round.
        return int(std::round(std::clamp(v, 0.0, 1.0) * 255));
    };
    return QStringLiteral("#%1%2%3")
        .arg(channel(0), 2, 16, QLatin1Char('0'))
        .arg(channel(8), 2, 16, QLatin1Char('0'))
        .arg(channel(4), 2, 16, QLatin1Char('0'));
}

QString jsNumberToString(double value)
{
    // ECMAScript Number::toString: the shortest round-trip digits, placed by the decimal exponent.
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (value == 0)
        return QStringLiteral("0"); // -0 too
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
    if (value < 0)
        return QStringLiteral("-") + jsNumberToString(-value);

    // Scientific form gives the digits and exponent without deciding the layout: "d.ddde+xx".
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific).ptr;
    const std::string_view text(buffer, std::size_t(end - buffer));
    const std::size_t e = text.find('e');
    std::string digits(text.substr(0, e));
    digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
    const int k = int(digits.size());
    const int n = std::atoi(std::string(text.substr(e + 1)).c_str()) + 1; // value = 0.digits * 10^n

    std::string out;
    if (k <= n && n <= 21) {
        out = digits + std::string(std::size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out = digits.substr(0, std::size_t(n)) + '.' + digits.substr(std::size_t(n));
    } else if (-6 < n && n <= 0) {
        out = "0." + std::string(std::size_t(-n), '0') + digits;
    } else {
        out = digits.substr(0, 1);
        if (k > 1)
            out += '.' + digits.substr(1);
        out += n - 1 < 0 ? "e-" : "e+";
        out += std::to_string(std::abs(n - 1));
    }
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

} // namespace dd::eth
