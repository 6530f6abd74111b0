#include "eth/abicodec.h"

namespace dd::eth::abi {

namespace {

using Bytes = Result<QByteArray>;

Bytes typeError(const AbiType &type, const QString &why)
{
    return Bytes::failure(QStringLiteral("Cannot encode %1: %2").arg(type.canonical(), why), ErrorCode::InvalidInput);
}

QByteArray padRight(const QByteArray &bytes)
{
    const qsizetype padded = (bytes.size() + 31) / 32 * 32;
    return bytes + QByteArray(padded - bytes.size(), '\0');
}

Bytes encodeOne(const AbiType &type, const AbiValue &value);

Bytes encodeSequence(const std::vector<const AbiType *> &types, const std::vector<const AbiValue *> &values)
{
    int headLength = 0;
    for (const AbiType *t : types)
        headLength += t->headSize();
    QByteArray head;
    QByteArray tail;
    for (std::size_t i = 0; i < types.size(); ++i) {
        auto encoded = encodeOne(*types[i], *values[i]);
        if (!encoded)
            return encoded;
        if (types[i]->isDynamic()) {
            head += UInt256(std::uint64_t(headLength + tail.size())).toBigEndian();
            tail += encoded.value();
        } else {
            head += encoded.value();
        }
    }
    return head + tail;
}

Bytes encodeRepeated(const AbiType &element, const AbiValue::List &items)
{
    std::vector<const AbiType *> types(items.size(), &element);
    std::vector<const AbiValue *> values;
    for (const AbiValue &v : items)
        values.push_back(&v);
    return encodeSequence(types, values);
}

Bytes encodeOne(const AbiType &type, const AbiValue &value)
{
    using K = AbiType::Kind;
    switch (type.kind) {
    case K::Uint:
        if (!std::holds_alternative<UInt256>(value.data))
            return typeError(type, QStringLiteral("not a number"));
        if (!value.asNumber().fitsIn(type.size))
            return typeError(type, QStringLiteral("%1 is too large").arg(value.asNumber().toDecimal()));
        return value.asNumber().toBigEndian();
    case K::Int:
        if (!std::holds_alternative<UInt256>(value.data))
            return typeError(type, QStringLiteral("not a number"));
        if (!value.asNumber().fitsSigned(type.size))
            return typeError(type, QStringLiteral("%1 is out of range").arg(value.asNumber().toSignedDecimal()));
        return value.asNumber().toBigEndian();
    case K::Address:
        if (!std::holds_alternative<QByteArray>(value.data) || value.asBytes().size() != 20)
            return typeError(type, QStringLiteral("an address has 20 bytes"));
        return QByteArray(12, '\0') + value.asBytes();
    case K::Bool:
        if (!std::holds_alternative<bool>(value.data))
            return typeError(type, QStringLiteral("not true or false"));
        return UInt256(value.asBool() ? 1 : 0).toBigEndian();
    case K::FixedBytes:
        if (!std::holds_alternative<QByteArray>(value.data) || value.asBytes().size() > type.size)
            return typeError(type, QStringLiteral("needs at most %1 bytes").arg(type.size));
        return value.asBytes() + QByteArray(32 - value.asBytes().size(), '\0');
    case K::Bytes:
    case K::String: {
        QByteArray raw;
        if (std::holds_alternative<QString>(value.data))
            raw = value.asText().toUtf8();
        else if (std::holds_alternative<QByteArray>(value.data))
            raw = value.asBytes();
        else
            return typeError(type, QStringLiteral("not bytes or text"));
        return UInt256(std::uint64_t(raw.size())).toBigEndian() + padRight(raw);
    }
    case K::Array:
    case K::FixedArray: {
        if (!std::holds_alternative<AbiValue::List>(value.data))
            return typeError(type, QStringLiteral("not a list"));
        const auto &items = value.asList();
        if (type.kind == K::FixedArray && int(items.size()) != type.size)
            return typeError(type, QStringLiteral("needs %1 items, got %2").arg(type.size).arg(items.size()));
        auto body = encodeRepeated(type.element(), items);
        if (!body || type.kind == K::FixedArray)
            return body;
        return UInt256(std::uint64_t(items.size())).toBigEndian() + body.value();
    }
    case K::Tuple: {
        if (!std::holds_alternative<AbiValue::List>(value.data) || value.asList().size() != type.components.size())
            return typeError(type, QStringLiteral("needs %1 members").arg(type.components.size()));
        std::vector<const AbiType *> types;
        std::vector<const AbiValue *> values;
        for (std::size_t i = 0; i < type.components.size(); ++i) {
            types.push_back(&type.components[i]);
            values.push_back(&value.asList()[i]);
        }
        return encodeSequence(types, values);
    }
    }
    return typeError(type, QStringLiteral("unsupported"));
}

// ---- decoding ----

using Value = Result<AbiValue>;
using List = Result<AbiValue::List>;

Value decodeError(const AbiType &type, const QString &why)
{
    return Value::failure(QStringLiteral("Cannot decode %1: %2").arg(type.canonical(), why), ErrorCode::InvalidInput);
}

Result<UInt256> wordAt(const QByteArray &data, qsizetype at)
{
    if (at < 0 || at + 32 > data.size())
        return Result<UInt256>::failure(
            QStringLiteral("the data ends at byte %1, before the word at byte %2").arg(data.size()).arg(at),
            ErrorCode::InvalidInput);
    return UInt256::fromBigEndian(QByteArrayView(data).sliced(at, 32));
}

Value decodeOne(const AbiType &type, const QByteArray &data, qsizetype at, int depth);

List decodeSequence(const std::vector<const AbiType *> &types, const QByteArray &data, qsizetype base, int depth)
{
    AbiValue::List values;
    qsizetype pos = base;
    for (const AbiType *type : types) {
        Value value = [&]() -> Value {
            if (!type->isDynamic())
                return decodeOne(*type, data, pos, depth);
            auto offset = wordAt(data, pos);
            if (!offset)
                return offset.error();
            if (!offset.value().fitsIn(32) || base + qsizetype(offset.value().low64()) >= data.size())
                return decodeError(
                    *type, QStringLiteral("offset %1 points past the data").arg(offset.value().toDecimal()));
            return decodeOne(*type, data, base + qsizetype(offset.value().low64()), depth);
        }();
        if (!value)
            return value.error();
        values.push_back(std::move(value).value());
        pos += type->headSize();
    }
    return values;
}

List decodeRepeated(const AbiType &element, qsizetype count, const QByteArray &data, qsizetype base, int depth)
{
    std::vector<const AbiType *> types(std::size_t(count), &element);
    return decodeSequence(types, data, base, depth);
}

Value decodeOne(const AbiType &type, const QByteArray &data, qsizetype at, int depth)
{
    using K = AbiType::Kind;
    if (depth > 32)
        return decodeError(type, QStringLiteral("nested too deeply"));
    if (type.kind == K::Tuple) {
        std::vector<const AbiType *> types;
        for (const AbiType &c : type.components)
            types.push_back(&c);
        auto members = decodeSequence(types, data, at, depth + 1);
        if (!members)
            return members.error();
        return AbiValue::list(std::move(members).value());
    }
    if (type.kind == K::FixedArray) {
        auto items = decodeRepeated(type.element(), type.size, data, at, depth + 1);
        if (!items)
            return items.error();
        return AbiValue::list(std::move(items).value());
    }
    auto word = wordAt(data, at);
    if (!word)
        return word.error();
    const UInt256 &w = word.value();
    switch (type.kind) {
    case K::Uint:
        if (!w.fitsIn(type.size))
            return decodeError(type, QStringLiteral("value %1 has bits above %2").arg(w.toHex()).arg(type.size));
        return AbiValue::number(w);
    case K::Int:
        if (!w.fitsSigned(type.size))
            return decodeError(type, QStringLiteral("value is not sign-extended"));
        return AbiValue::number(w);
    case K::Address:
        if (!w.fitsIn(160))
            return decodeError(type, QStringLiteral("the upper 12 bytes are not zero"));
        return AbiValue::bytes(w.toBigEndian().right(20));
    case K::Bool:
        if (w > UInt256(1))
            return decodeError(type, QStringLiteral("neither 0 nor 1"));
        return AbiValue::boolean(w == UInt256(1));
    case K::FixedBytes:
        return AbiValue::bytes(data.mid(at, type.size));
    case K::Bytes:
    case K::String: {
        if (!w.fitsIn(32) || at + 32 + qsizetype(w.low64()) > data.size())
            return decodeError(type, QStringLiteral("length %1 runs past the data").arg(w.toDecimal()));
        const QByteArray raw = data.mid(at + 32, qsizetype(w.low64()));
        if (type.kind == K::String)
            return AbiValue::text(QString::fromUtf8(raw));
        return AbiValue::bytes(raw);
    }
    case K::Array: {
        // Each element takes at least 32 bytes, so a count larger than the rest is a lie.
        if (!w.fitsIn(32) || qsizetype(w.low64()) * 32 > data.size() - at - 32)
            return decodeError(type, QStringLiteral("length %1 runs past the data").arg(w.toDecimal()));
        auto items = decodeRepeated(type.element(), qsizetype(w.low64()), data, at + 32, depth + 1);
        if (!items)
            return items.error();
        return AbiValue::list(std::move(items).value());
    }
    default:
        return decodeError(type, QStringLiteral("unsupported"));
    }
}

} // namespace

Result<QByteArray> encode(const std::vector<AbiType> &types, const AbiValue::List &values)
{
    if (types.size() != values.size())
        return Result<QByteArray>::failure(
            QStringLiteral("Expected %1 arguments, got %2.").arg(types.size()).arg(values.size()),
            ErrorCode::InvalidInput);
    std::vector<const AbiType *> t;
    std::vector<const AbiValue *> v;
    for (std::size_t i = 0; i < types.size(); ++i) {
        t.push_back(&types[i]);
        v.push_back(&values[i]);
    }
    return encodeSequence(t, v);
}

Result<AbiValue::List> decode(const std::vector<AbiType> &types, const QByteArray &data)
{
    std::vector<const AbiType *> t;
    for (const AbiType &type : types)
        t.push_back(&type);
    return decodeSequence(t, data, 0, 0);
}

} // namespace dd::eth::abi
