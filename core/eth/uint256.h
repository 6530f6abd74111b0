#pragma once

// UInt256: Ethereum's 256-bit unsigned integer, wrapping like the EVM. Signed int256 values
// are the same bits read as two's complement (see the *Signed helpers).

#include "common/result.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QString>

#include <array>
#include <compare>
#include <cstdint>

namespace dd::eth {

class UInt256 {
public:
    constexpr UInt256() = default;
    constexpr UInt256(std::uint64_t value) : m_limbs {value, 0, 0, 0} { } // NOLINT: implicit on purpose

    static UInt256 max();
    // Decimal, or hex with 0x. Refuses empty text, other characters and values >= 2^256.
    static Result<UInt256> parse(QStringView text);
    static Result<UInt256> fromDecimal(QStringView text);
    static Result<UInt256> fromHex(QStringView text);
    // -2^255 .. 2^255-1 in decimal or (-)0x hex, stored as two's complement.
    static Result<UInt256> parseSigned(QStringView text);
    // Big-endian, at most 32 bytes (shorter input is left-padded).
    static Result<UInt256> fromBigEndian(QByteArrayView bytes);

    QByteArray toBigEndian() const; // always 32 bytes
    QByteArray toMinimalBigEndian() const; // no leading zeros; empty for zero (RLP)
    QString toDecimal() const;
    QString toSignedDecimal() const;
    QString toHex() const; // 0x-prefixed, no leading zeros ("0x0" for zero)

    bool isZero() const { return m_limbs == std::array<std::uint64_t, 4> {}; }
    bool isNegative() const { return (m_limbs[3] >> 63) != 0; } // as int256
    int bitLength() const;
    bool fitsIn(int bits) const { return bitLength() <= bits; }
    // Whether the int256 reading fits in a signed integer of this many bits.
    bool fitsSigned(int bits) const;
    std::uint64_t low64() const { return m_limbs[0]; }
    // Nearest double (for ratios and bars, never for amounts).
    double toDouble() const
    {
        constexpr double twoTo64 = 18446744073709551616.0;
        return ((double(m_limbs[3]) * twoTo64 + double(m_limbs[2])) * twoTo64 + double(m_limbs[1])) * twoTo64
            + double(m_limbs[0]);
    }

    UInt256 operator+(const UInt256 &other) const;
    UInt256 operator-(const UInt256 &other) const;
    UInt256 operator*(const UInt256 &other) const;
    UInt256 negated() const { return UInt256() - *this; }
    // Divides in place by a number of up to 64 bits, returning the remainder.
    std::uint64_t divideBy(std::uint64_t divisor);
    bool addOverflows(const UInt256 &other) const;
    bool mulOverflows(const UInt256 &other) const;

    bool operator==(const UInt256 &other) const = default;
    std::strong_ordering operator<=>(const UInt256 &other) const;
    // For QHash keys (the same few ids recur in every batch of events).
    friend size_t qHash(const UInt256 &n, size_t seed = 0) noexcept
    {
        return qHashRange(n.m_limbs.begin(), n.m_limbs.end(), seed);
    }

private:
    std::array<std::uint64_t, 4> m_limbs {}; // little-endian limbs
};

} // namespace dd::eth
