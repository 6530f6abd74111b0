#include "eth/rlp.h"

namespace dd::eth::rlp {

namespace {

QByteArray lengthPrefix(qsizetype length, unsigned char shortBase, unsigned char longBase)
{
    if (length < 56)
        return QByteArray(1, char(shortBase + length));
    QByteArray bigEndian;
    for (qsizetype n = length; n > 0; n >>= 8)
        bigEndian.prepend(char(n & 0xff));
    return QByteArray(1, char(longBase + bigEndian.size())) + bigEndian;
}

Result<Item> failure(const QString &why)
{
    return Result<Item>::failure(QStringLiteral("Invalid RLP: %1").arg(why), ErrorCode::InvalidInput);
}

// Decodes one item at pos that ends by `end` (its enclosing list's end); advances pos past it.
// Nothing is copied but the strings themselves: linear in the input.
Result<Item> decodeAt(const QByteArray &in, qsizetype &pos, qsizetype end, int depth)
{
    if (depth > 64)
        return failure(QStringLiteral("nested too deeply"));
    if (pos >= end)
        return failure(QStringLiteral("truncated"));
    const auto prefix = static_cast<unsigned char>(in[pos]);
    if (prefix < 0x80) {
        ++pos;
        return Item::string(QByteArray(1, char(prefix)));
    }
    const bool isList = prefix >= 0xc0;
    const unsigned char base = isList ? 0xc0 : 0x80;
    qsizetype length = 0;
    qsizetype header = 1;
    if (prefix - base < 56) {
        length = prefix - base;
    } else {
        const int lengthOfLength = prefix - base - 55;
        if (pos + 1 + lengthOfLength > end)
            return failure(QStringLiteral("truncated length"));
        if (in[pos + 1] == 0)
            return failure(QStringLiteral("length with a leading zero"));
        if (lengthOfLength > 4)
            return failure(QStringLiteral("length too large"));
        for (int i = 0; i < lengthOfLength; ++i)
            length = (length << 8) | static_cast<unsigned char>(in[pos + 1 + i]);
        if (length < 56)
            return failure(QStringLiteral("long form used for a short length"));
        header += lengthOfLength;
    }
    if (pos + header + length > end)
        return failure(QStringLiteral("truncated payload"));
    const qsizetype start = pos + header;
    pos = start + length;
    if (!isList) {
        QByteArray payload = in.mid(start, length);
        if (length == 1 && static_cast<unsigned char>(payload[0]) < 0x80)
            return failure(QStringLiteral("single byte below 0x80 must not be prefixed"));
        return Item::string(payload);
    }
    std::vector<Item> items;
    qsizetype inner = start;
    while (inner < pos) {
        auto item = decodeAt(in, inner, pos, depth + 1);
        if (!item)
            return item;
        items.push_back(std::move(item).value());
    }
    return Item::list(std::move(items));
}

} // namespace

QByteArray encode(const Item &item)
{
    if (!item.isList) {
        if (item.bytes.size() == 1 && static_cast<unsigned char>(item.bytes[0]) < 0x80)
            return item.bytes;
        return lengthPrefix(item.bytes.size(), 0x80, 0xb7) + item.bytes;
    }
    QByteArray payload;
    for (const Item &child : item.items)
        payload += encode(child);
    return lengthPrefix(payload.size(), 0xc0, 0xf7) + payload;
}

Result<Item> decode(const QByteArray &bytes)
{
    qsizetype pos = 0;
    auto item = decodeAt(bytes, pos, bytes.size(), 0);
    if (item && pos != bytes.size())
        return failure(QStringLiteral("%1 trailing bytes").arg(bytes.size() - pos));
    return item;
}

} // namespace dd::eth::rlp
