#include "eth/abitext.h"

#include "common/hex.h"
#include "crypto/address.h"

namespace dd::eth::abitext {

namespace {

Result<AbiValue> bad(const AbiType &type, QStringView text, const QString &why = QString())
{
    return Result<AbiValue>::failure(
        QStringLiteral("\"%1\" is not a valid %2%3")
            .arg(text.toString(), type.canonical(), why.isEmpty() ? QString() : QStringLiteral(": ") + why),
        ErrorCode::InvalidInput);
}

// Splits "a, [b, c], (d, e)" into top-level items, honouring brackets and double quotes.
QList<QStringView> splitItems(QStringView text)
{
    QList<QStringView> items;
    if (text.trimmed().isEmpty())
        return items;
    int depth = 0;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u'[' || c == u'(')
            ++depth;
        else if (c == u']' || c == u')')
            --depth;
        else if (c == u',' && depth == 0) {
            items.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    items.append(text.mid(start).trimmed());
    return items;
}

QString unquote(QStringView text)
{
    if (text.size() >= 2 && text.front() == u'"' && text.back() == u'"')
        return text.mid(1, text.size() - 2).toString();
    return text.toString();
}

// cast's hint: the first four significant digits, truncated, trailing zeros dropped.
QString scientific(const QString &digits, bool negative)
{
    QString mantissa = digits.left(1);
    QString fraction = digits.mid(1, 3);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        mantissa += u'.' + fraction;
    return QStringLiteral(" [%1%2e%3]")
        .arg(negative ? QStringLiteral("-") : QString(), mantissa)
        .arg(digits.size() - 1);
}

} // namespace

Result<AbiValue> parseValue(const AbiType &type, QStringView raw)
{
    using K = AbiType::Kind;
    const QStringView text = raw.trimmed();
    switch (type.kind) {
    case K::Uint: {
        auto n = UInt256::parse(text);
        if (!n)
            return bad(type, text, n.message());
        if (!n.value().fitsIn(type.size))
            return bad(type, text, QStringLiteral("too large"));
        return AbiValue::number(n.value());
    }
    case K::Int: {
        auto n = UInt256::parseSigned(text);
        if (!n)
            return bad(type, text, n.message());
        if (!n.value().fitsSigned(type.size))
            return bad(type, text, QStringLiteral("out of range"));
        return AbiValue::number(n.value());
    }
    case K::Address: {
        auto a = crypto::Address::parse(text);
        if (!a)
            return bad(type, text, a.message());
        return AbiValue::bytes(a.value().bytes());
    }
    case K::Bool:
        if (text == QLatin1String("true"))
            return AbiValue::boolean(true);
        if (text == QLatin1String("false"))
            return AbiValue::boolean(false);
        return bad(type, text, QStringLiteral("use true or false"));
    case K::FixedBytes:
    case K::Bytes: {
        auto bytes = dd::fromHex(text);
        if (!bytes || !hasHexPrefix(text))
            return bad(type, text, QStringLiteral("expected 0x-prefixed hex"));
        if (type.kind == K::FixedBytes && bytes.value().size() != type.size)
            return bad(
                type, text, QStringLiteral("expected %1 bytes, got %2").arg(type.size).arg(bytes.value().size()));
        return AbiValue::bytes(bytes.value());
    }
    case K::String:
        return AbiValue::text(unquote(text));
    case K::Array:
    case K::FixedArray: {
        if (!text.startsWith(u'[') || !text.endsWith(u']'))
            return bad(type, text, QStringLiteral("an array is written [a, b, ...]"));
        AbiValue::List items;
        for (QStringView item : splitItems(text.mid(1, text.size() - 2))) {
            auto value = parseValue(type.element(), item);
            if (!value)
                return value;
            items.push_back(std::move(value).value());
        }
        if (type.kind == K::FixedArray && int(items.size()) != type.size)
            return bad(type, text, QStringLiteral("expected %1 items").arg(type.size));
        return AbiValue::list(std::move(items));
    }
    case K::Tuple: {
        if (!text.startsWith(u'(') || !text.endsWith(u')'))
            return bad(type, text, QStringLiteral("a tuple is written (a, b, ...)"));
        const auto parts = splitItems(text.mid(1, text.size() - 2));
        if (std::size_t(parts.size()) != type.components.size())
            return bad(type, text, QStringLiteral("expected %1 members").arg(type.components.size()));
        AbiValue::List members;
        for (std::size_t i = 0; i < type.components.size(); ++i) {
            auto value = parseValue(type.components[i], parts[qsizetype(i)]);
            if (!value)
                return value;
            members.push_back(std::move(value).value());
        }
        return AbiValue::list(std::move(members));
    }
    }
    return bad(type, text);
}

Result<AbiValue::List> parseValues(const std::vector<AbiType> &types, const QStringList &texts)
{
    if (std::size_t(texts.size()) != types.size())
        return Result<AbiValue::List>::failure(
            QStringLiteral("Expected %1 arguments, got %2.").arg(types.size()).arg(texts.size()),
            ErrorCode::InvalidInput);
    AbiValue::List values;
    for (std::size_t i = 0; i < types.size(); ++i) {
        auto value = parseValue(types[i], texts[qsizetype(i)]);
        if (!value)
            return value.error();
        values.push_back(std::move(value).value());
    }
    return values;
}

QString format(const AbiType &type, const AbiValue &value)
{
    using K = AbiType::Kind;
    switch (type.kind) {
    case K::Uint:
    case K::Int: {
        const bool negative = type.kind == K::Int && value.asNumber().isNegative();
        const QString magnitude = negative ? value.asNumber().negated().toDecimal() : value.asNumber().toDecimal();
        const QString plain = negative ? QStringLiteral("-") + magnitude : magnitude;
        return magnitude.size() >= 5 ? plain + scientific(magnitude, negative) : plain;
    }
    case K::Address:
        return crypto::Address::fromBytes(value.asBytes()).value().toChecksumString();
    case K::Bool:
        return value.asBool() ? QStringLiteral("true") : QStringLiteral("false");
    case K::FixedBytes:
    case K::Bytes:
        return toHex(value.asBytes());
    case K::String:
        return u'"' + value.asText() + u'"';
    case K::Array:
    case K::FixedArray:
    case K::Tuple: {
        QStringList parts;
        const auto &items = value.asList();
        for (std::size_t i = 0; i < items.size(); ++i)
            parts.append(format(type.kind == K::Tuple ? type.components[i] : type.element(), items[i]));
        const bool tuple = type.kind == K::Tuple;
        return (tuple ? u'(' : u'[') + parts.join(QStringLiteral(", ")) + (tuple ? u')' : u']');
    }
    }
    return QString();
}

} // namespace dd::eth::abitext
