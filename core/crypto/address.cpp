#include "crypto/address.h"

#include "common/hex.h"
#include "crypto/keccak.h"

namespace dd::crypto {

Result<Address> Address::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != 20)
        return Result<Address>::failure(
            QStringLiteral("An address has 20 bytes; this one has %1.").arg(bytes.size()), ErrorCode::InvalidInput);
    return Address(bytes.toByteArray());
}

Address Address::fromPublicKey(const QByteArray &publicKey64)
{
    return Address(keccak256(publicKey64).right(20));
}

QString Address::toLowerHex() const
{
    return toHex(m_bytes);
}

QString Address::toChecksumString() const
{
    const QString lower = toHex(m_bytes, false);
    const QByteArray hash = keccak256(lower.toLatin1());
    QString out = QStringLiteral("0x");
    out.reserve(42);
    for (int i = 0; i < lower.size(); ++i) {
        const int nibble = (static_cast<unsigned char>(hash[i / 2]) >> (i % 2 == 0 ? 4 : 0)) & 0xf;
        out.append(nibble >= 8 ? lower[i].toUpper() : lower[i]);
    }
    return out;
}

Result<Address> Address::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!hasHexPrefix(trimmed) || trimmed.size() != 42)
        return Result<Address>::failure(
            QStringLiteral("An address is 0x followed by 40 hex digits; '%1' is not.").arg(trimmed.toString()),
            ErrorCode::InvalidInput);
    auto bytes = fromHex(trimmed);
    if (!bytes)
        return Result<Address>::failure(
            QStringLiteral("This address is not valid: ") + bytes.message(), ErrorCode::InvalidInput);
    Address address(bytes.value());
    const QStringView body = trimmed.mid(2);
    const bool allLower = body.toString() == body.toString().toLower();
    const bool allUpper = body.toString() == body.toString().toUpper();
    if (!allLower && !allUpper && address.toChecksumString().mid(2) != body)
        return Result<Address>::failure(
            QStringLiteral("The address %1 has a wrong EIP-55 checksum: a letter's case is off, so it may have "
                           "been mistyped. Copy the address again from its source.")
                .arg(trimmed.toString()),
            ErrorCode::InvalidInput);
    return address;
}

} // namespace dd::crypto
