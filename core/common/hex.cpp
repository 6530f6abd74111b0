#include "common/hex.h"

#include <array>

namespace dd {

QString toHex(QByteArrayView bytes, bool withPrefix)
{
    const QString body = QString::fromLatin1(QByteArray(bytes.data(), bytes.size()).toHex());
    return withPrefix ? QStringLiteral("0x") + body : body;
}

bool hasHexPrefix(QStringView text)
{
    return text.size() >= 2 && text[0] == u'0' && (text[1] == u'x' || text[1] == u'X');
}

namespace {

// Each byte's value as a hex digit, or -1: one look-up per digit (decoding logs' hex is a
// good part of a sync).
constexpr std::array<signed char, 256> nibbleTable = [] {
    std::array<signed char, 256> table {};
    table.fill(-1);
    for (int c = '0'; c <= '9'; ++c)
        table[size_t(c)] = static_cast<signed char>(c - '0');
    for (int c = 'a'; c <= 'f'; ++c)
        table[size_t(c)] = static_cast<signed char>(c - 'a' + 10);
    for (int c = 'A'; c <= 'F'; ++c)
        table[size_t(c)] = static_cast<signed char>(c - 'A' + 10);
    return table;
}();

template <typename View> Result<QByteArray> decodeHex(View text)
{
    const qsizetype skip = text.size() >= 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? 2 : 0;
    const View body = text.sliced(skip);
    if (body.size() % 2 != 0)
        return Result<QByteArray>::failure(
            QStringLiteral("Hex text has an odd number of digits (%1).").arg(body.size()), ErrorCode::InvalidInput);
    auto nibble = [](auto c) -> int {
        const char16_t u = char16_t(c.unicode());
        return u < 256 ? nibbleTable[u] : -1;
    };
    QByteArray out(body.size() / 2, Qt::Uninitialized);
    char *to = out.data();
    for (qsizetype i = 0; i < body.size(); i += 2) {
        const int hi = nibble(body[i]);
        const int lo = nibble(body[i + 1]);
        if ((hi | lo) < 0)
            return Result<QByteArray>::failure(
                QStringLiteral("'%1' is not a hex digit.").arg(QChar(hi < 0 ? body[i] : body[i + 1])),
                ErrorCode::InvalidInput);
        *to++ = char((hi << 4) | lo);
    }
    return out;
}

} // namespace

Result<QByteArray> fromHex(QStringView text)
{
    return decodeHex(text);
}

Result<QByteArray> fromHex(QLatin1StringView text)
{
    return decodeHex(text);
}

} // namespace dd
