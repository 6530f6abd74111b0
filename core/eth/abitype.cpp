#include "eth/abitype.h"

#include <QRegularExpression>

namespace dd::eth {

namespace {

Result<AbiType> bad(QStringView text, const QString &why)
{
    return Result<AbiType>::failure(
        QStringLiteral("\"%1\" is not an ABI type: %2").arg(text.toString(), why), ErrorCode::InvalidInput);
}

// Splits on commas that are not inside parentheses or brackets.
QList<QStringView> splitTopLevel(QStringView text)
{
    QList<QStringView> parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'(' || c == u'[')
            ++depth;
        else if (c == u')' || c == u']')
            --depth;
        else if (c == u',' && depth == 0) {
            parts.append(text.mid(start, i - start).trimmed());
            start = i + 1;
        }
    }
    parts.append(text.mid(start).trimmed());
    return parts;
}

Result<AbiType> parseBase(QStringView t)
{
    AbiType type;
    static const QRegularExpression sized(QStringLiteral("^(uint|int|bytes)(\\d*)$"));
    const auto m = sized.match(t.toString());
    if (m.hasMatch()) {
        const QString base = m.captured(1);
        const QString digits = m.captured(2);
        if (base == QLatin1String("bytes")) {
            if (digits.isEmpty()) {
                type.kind = AbiType::Kind::Bytes;
                return type;
            }
            type.kind = AbiType::Kind::FixedBytes;
            type.size = digits.toInt();
            if (type.size < 1 || type.size > 32)
                return bad(t, QStringLiteral("bytesN needs 1 <= N <= 32"));
            return type;
        }
        type.kind = base == QLatin1String("uint") ? AbiType::Kind::Uint : AbiType::Kind::Int;
        type.size = digits.isEmpty() ? 256 : digits.toInt();
        if (type.size < 8 || type.size > 256 || type.size % 8 != 0)
            return bad(t, QStringLiteral("the size must be a multiple of 8 from 8 to 256"));
        return type;
    }
    if (t == QLatin1String("address") || t == QLatin1String("address payable")) {
        type.kind = AbiType::Kind::Address;
        return type;
    }
    if (t == QLatin1String("bool")) {
        type.kind = AbiType::Kind::Bool;
        return type;
    }
    if (t == QLatin1String("string")) {
        type.kind = AbiType::Kind::String;
        return type;
    }
    return bad(t, QStringLiteral("unknown type"));
}

} // namespace

QString AbiType::canonical() const
{
    switch (kind) {
    case Kind::Uint:
        return QStringLiteral("uint%1").arg(size);
    case Kind::Int:
        return QStringLiteral("int%1").arg(size);
    case Kind::Address:
        return QStringLiteral("address");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::FixedBytes:
        return QStringLiteral("bytes%1").arg(size);
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return element().canonical() + QStringLiteral("[]");
    case Kind::FixedArray:
        return element().canonical() + QStringLiteral("[%1]").arg(size);
    case Kind::Tuple:
        return u'(' + canonicalList(components) + u')';
    }
    return QString();
}

bool AbiType::isDynamic() const
{
    switch (kind) {
    case Kind::Bytes:
    case Kind::String:
    case Kind::Array:
        return true;
    case Kind::FixedArray:
        return element().isDynamic();
    case Kind::Tuple:
        for (const AbiType &c : components) {
            if (c.isDynamic())
                return true;
        }
        return false;
    default:
        return false;
    }
}

qint64 AbiType::headSize() const
{
    // Saturating, for a type built by hand rather than parsed: never past kMaxHeadSize + 1.
    if (isDynamic())
        return 32;
    if (kind == Kind::FixedArray)
        return std::min(kMaxHeadSize + 1, qint64(size) * element().headSize());
    if (kind == Kind::Tuple) {
        qint64 total = 0;
        for (const AbiType &c : components)
            total = std::min(kMaxHeadSize + 1, total + c.headSize());
        return total;
    }
    return 32;
}

namespace {

// How deeply tuples and arrays sit inside each other.
int nesting(const AbiType &type)
{
    int deepest = 0;
    for (const AbiType &c : type.components)
        deepest = std::max(deepest, nesting(c));
    return type.components.empty() && type.kind != AbiType::Kind::Tuple ? 0 : deepest + 1;
}

} // namespace

Result<AbiType> AbiType::parse(QStringView text)
{
    return parseNested(text, 0);
}

Result<AbiType> AbiType::parseNested(QStringView text, int depth)
{
    // Refused before the recursion goes deeper: "((((...))))" from a hostile ABI cannot
    // exhaust the stack.
    if (depth > kMaxDepth)
        return bad(text, QStringLiteral("tuples and arrays nested more than %1 deep").arg(kMaxDepth));
    QStringView t = text.trimmed();
    if (t.isEmpty())
        return bad(text, QStringLiteral("empty"));
    // Parameter words after the type: [indexed] [memory|calldata|storage] [name].
    AbiType type;
    qsizetype typeEnd = 0;
    if (t.startsWith(QLatin1String("tuple(")))
        t = t.mid(5);
    if (t.startsWith(u'(')) {
        const qsizetype close = closingParenthesis(t, 0);
        if (close < 0)
            return bad(text, QStringLiteral("unbalanced parentheses"));
        auto members = parseListNested(t.mid(1, close - 1), depth + 1);
        if (!members)
            return members.error();
        type.kind = Kind::Tuple;
        type.components = std::move(members).value();
        typeEnd = close + 1;
    } else {
        while (typeEnd < t.size() && (t[typeEnd].isLetterOrNumber() || t[typeEnd] == u'_'))
            ++typeEnd;
        auto base = parseBase(t.left(typeEnd));
        if (!base)
            return base;
        type = std::move(base).value();
    }
    // Array suffixes.
    while (typeEnd < t.size() && t[typeEnd] == u'[') {
        const qsizetype close = t.indexOf(u']', typeEnd);
        if (close < 0)
            return bad(text, QStringLiteral("unclosed ["));
        const QStringView length = t.mid(typeEnd + 1, close - typeEnd - 1);
        AbiType array;
        array.components.push_back(std::move(type));
        if (length.isEmpty()) {
            array.kind = Kind::Array;
        } else {
            bool ok = false;
            array.kind = Kind::FixedArray;
            array.size = length.toInt(&ok);
            if (!ok || array.size < 1)
                return bad(text, QStringLiteral("array length \"%1\"").arg(length.toString()));
        }
        type = std::move(array);
        typeEnd = close + 1;
        if (nesting(type) > kMaxDepth)
            return bad(text, QStringLiteral("tuples and arrays nested more than %1 deep").arg(kMaxDepth));
    }
    if (type.headSize() > kMaxHeadSize)
        return bad(text, QStringLiteral("it takes more than %1 bytes").arg(kMaxHeadSize));
    const QStringList words = t.mid(typeEnd).toString().split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (word == QLatin1String("indexed"))
            type.indexed = true;
        else if (word == QLatin1String("memory") || word == QLatin1String("calldata")
            || word == QLatin1String("storage") || word == QLatin1String("payable"))
            continue;
        else if (type.name.isEmpty())
            type.name = word;
        else
            return bad(text, QStringLiteral("unexpected \"%1\"").arg(word));
    }
    return type;
}

Result<std::vector<AbiType>> AbiType::parseList(QStringView text)
{
    return parseListNested(text, 0);
}

Result<std::vector<AbiType>> AbiType::parseListNested(QStringView text, int depth)
{
    std::vector<AbiType> types;
    if (text.trimmed().isEmpty())
        return types;
    for (QStringView part : splitTopLevel(text)) {
        auto type = parseNested(part, depth);
        if (!type)
            return type.error();
        types.push_back(std::move(type).value());
    }
    return types;
}

qsizetype closingParenthesis(QStringView text, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text[i] == u'(')
            ++depth;
        else if (text[i] == u')' && --depth == 0)
            return i;
    }
    return -1;
}

QString canonicalList(const std::vector<AbiType> &types)
{
    QStringList parts;
    for (const AbiType &t : types)
        parts.append(t.canonical());
    return parts.join(u',');
}

} // namespace dd::eth
