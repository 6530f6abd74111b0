#include "eth/uint256.h"

#include "common/hex.h"

#include <QtEndian>

#include <algorithm>

namespace dd::eth {

// GCC and Clang have a native 128-bit type; it keeps carries simple and fast.
__extension__ using u128 = unsigned __int128;

UInt256 UInt256::max()
{
    return UInt256() - UInt256(1);
}

Result<UInt256> UInt256::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    return hasHexPrefix(t) ? fromHex(t) : fromDecimal(t);
}

Result<UInt256> UInt256::fromDecimal(QStringView text)
{
    if (text.isEmpty())
        return Result<UInt256>::failure(QStringLiteral("A number is empty."), ErrorCode::InvalidInput);
    UInt256 value;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return Result<UInt256>::failure(
                QStringLiteral("\"%1\" is not a decimal number.").arg(text.toString()), ErrorCode::InvalidInput);
        const UInt256 digit(std::uint64_t(c.unicode() - u'0'));
        if (value.mulOverflows(10) || (value * 10).addOverflows(digit))
            return Result<UInt256>::failure(
                QStringLiteral("%1 does not fit in 256 bits.").arg(text.toString()), ErrorCode::InvalidInput);
        value = value * 10 + digit;
    }
    return value;
}

Result<UInt256> UInt256::fromHex(QStringView text)
{
    QStringView body = hasHexPrefix(text) ? text.mid(2) : text;
    if (body.isEmpty())
        return Result<UInt256>::failure(QStringLiteral("A hex number is empty."), ErrorCode::InvalidInput);
    while (body.size() > 1 && body[0] == u'0')
        body = body.mid(1);
    if (body.size() > 64)
        return Result<UInt256>::failure(
            QStringLiteral("%1 does not fit in 256 bits.").arg(text.toString()), ErrorCode::InvalidInput);
    const QString padded = (body.size() % 2 ? QStringLiteral("0") : QString()) + body.toString();
    auto bytes = dd::fromHex(padded);
    if (!bytes)
        return bytes.error();
    return fromBigEndian(bytes.value());
}

Result<UInt256> UInt256::parseSigned(QStringView text)
{
    const QStringView t = text.trimmed();
    const bool negative = t.startsWith(u'-');
    auto magnitude = parse(negative ? t.mid(1) : t);
    if (!magnitude)
        return magnitude;
    UInt256 half; // 2^255
    half.m_limbs[3] = std::uint64_t(1) << 63;
    if (negative ? magnitude.value() > half : magnitude.value() >= half)
        return Result<UInt256>::failure(
            QStringLiteral("%1 does not fit in int256.").arg(t.toString()), ErrorCode::InvalidInput);
    return negative ? magnitude.value().negated() : magnitude.value();
}

Result<UInt256> UInt256::fromBigEndian(QByteArrayView bytes)
{
    if (bytes.size() > 32)
        return Result<UInt256>::failure(
            QStringLiteral("%1 bytes do not fit in 256 bits.").arg(bytes.size()), ErrorCode::InvalidInput);
    UInt256 value;
    if (bytes.size() == 32) { // an ABI word: four big-endian limbs
        for (int limb = 0; limb < 4; ++limb)
            value.m_limbs[size_t(3 - limb)] = qFromBigEndian<std::uint64_t>(bytes.data() + 8 * limb);
        return value;
    }
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const qsizetype fromEnd = bytes.size() - 1 - i;
        value.m_limbs[fromEnd / 8] |= std::uint64_t(static_cast<unsigned char>(bytes[i])) << (8 * (fromEnd % 8));
    }
    return value;
}

QByteArray UInt256::toBigEndian() const
{
    QByteArray out(32, '\0');
    for (int i = 0; i < 32; ++i)
        out[31 - i] = char((m_limbs[i / 8] >> (8 * (i % 8))) & 0xff);
    return out;
}

QByteArray UInt256::toMinimalBigEndian() const
{
    const QByteArray full = toBigEndian();
    qsizetype first = 0;
    while (first < 32 && full[first] == 0)
        ++first;
    return full.mid(first);
}

QString UInt256::toDecimal() const
{
    if (isZero())
        return QStringLiteral("0");
    if (m_limbs[1] == 0 && m_limbs[2] == 0 && m_limbs[3] == 0)
        return QString::number(m_limbs[0]);
    // 19 digits per division, not one: a sync writes two of these per vote (issue 16's profile
    // of 100,000 votes had a tenth of its time here).
    constexpr std::uint64_t nineteenDigits = 10'000'000'000'000'000'000ULL;
    std::array<std::uint64_t, 5> parts {}; // 2^256 has 78 digits
    int count = 0;
    for (UInt256 rest = *this; !rest.isZero();)
        parts[size_t(count++)] = rest.divideBy(nineteenDigits);
    QString digits = QString::number(parts[size_t(count - 1)]);
    for (int i = count - 2; i >= 0; --i)
        digits += QString::number(parts[size_t(i)]).rightJustified(19, u'0');
    return digits;
}

QString UInt256::toSignedDecimal() const
{
    return isNegative() ? QStringLiteral("-") + negated().toDecimal() : toDecimal();
}

QString UInt256::toHex() const
{
    const QByteArray minimal = toMinimalBigEndian();
    if (minimal.isEmpty())
        return QStringLiteral("0x0");
    QString hex = QString::fromLatin1(minimal.toHex());
    if (hex.startsWith(u'0'))
        hex.remove(0, 1);
    return QStringLiteral("0x") + hex;
}

int UInt256::bitLength() const
{
    for (int limb = 3; limb >= 0; --limb) {
        if (m_limbs[limb] != 0)
            return limb * 64 + (64 - std::countl_zero(m_limbs[limb]));
    }
    return 0;
}

bool UInt256::fitsSigned(int bits) const
{
    // A value fits in intN when it equals its own sign extension from bit N-1.
    const UInt256 magnitude = isNegative() ? negated() - UInt256(1) : *this;
    return magnitude.bitLength() <= bits - 1;
}

UInt256 UInt256::operator+(const UInt256 &other) const
{
    UInt256 out;
    u128 carry = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 sum = u128(m_limbs[i]) + other.m_limbs[i] + carry;
        out.m_limbs[i] = std::uint64_t(sum);
        carry = sum >> 64;
    }
    return out;
}

UInt256 UInt256::operator-(const UInt256 &other) const
{
    UInt256 out;
    std::uint64_t borrow = 0;
    for (int i = 0; i < 4; ++i) {
        const u128 lhs = m_limbs[i];
        const u128 rhs = u128(other.m_limbs[i]) + borrow;
        out.m_limbs[i] = std::uint64_t(lhs - rhs);
        borrow = lhs < rhs ? 1 : 0;
    }
    return out;
}

UInt256 UInt256::operator*(const UInt256 &other) const
{
    UInt256 out;
    for (int i = 0; i < 4; ++i) {
        u128 carry = 0;
        for (int j = 0; i + j < 4; ++j) {
            const u128 product = u128(m_limbs[i]) * other.m_limbs[j] + out.m_limbs[i + j] + carry;
            out.m_limbs[i + j] = std::uint64_t(product);
            carry = product >> 64;
        }
    }
    return out;
}

std::uint64_t UInt256::divideBy(std::uint64_t divisor)
{
    u128 remainder = 0;
    for (int i = 3; i >= 0; --i) {
        const u128 current = (remainder << 64) | m_limbs[i];
        m_limbs[i] = std::uint64_t(current / divisor);
        remainder = current % divisor;
    }
    return std::uint64_t(remainder);
}

bool UInt256::addOverflows(const UInt256 &other) const
{
    return (*this + other) < *this;
}

bool UInt256::mulOverflows(const UInt256 &other) const
{
    // The full 512-bit product; it overflows when any of the upper four limbs is set.
    std::array<std::uint64_t, 8> wide {};
    for (int i = 0; i < 4; ++i) {
        u128 carry = 0;
        for (int j = 0; j < 4; ++j) {
            const u128 product = u128(m_limbs[i]) * other.m_limbs[j] + wide[i + j] + carry;
            wide[i + j] = std::uint64_t(product);
            carry = product >> 64;
        }
        wide[i + 4] = std::uint64_t(carry);
    }
    return wide[4] != 0 || wide[5] != 0 || wide[6] != 0 || wide[7] != 0;
}

std::strong_ordering UInt256::operator<=>(const UInt256 &other) const
{
    for (int i = 3; i >= 0; --i) {
        if (m_limbs[i] != other.m_limbs[i])
            return m_limbs[i] <=> other.m_limbs[i];
    }
    return std::strong_ordering::equal;
}

} // namespace dd::eth
