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
    qint64 headLength = 0;
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

// Decodes one input. What it may produce is bounded by the input's size: every element costs
// its head size and every byte string its length, and the total may not exceed twice the input
// plus a little. An honest encoding holds each value once, so it stays within; a hostile one
// whose offsets point at the same value again and again is refused in words instead of filling
// memory. Elements that take no bytes at all (empty tuples) cannot be bounded by the input:
// at most kMaxEmptyValues of them, whatever the input, so a value that decodes re-encodes to
// data that decodes too.
class Decoder {
public:
    static constexpr qint64 kMaxEmptyValues = 65536;

    explicit Decoder(const QByteArray &data) : m_data(data), m_budget(2 * qint64(data.size()) + 4096) { }

    Value one(const AbiType &type, qsizetype at, int depth);
    // Members at base: each static one in place, each dynamic one at its offset from base.
    template <typename TypeAt> List sequence(qsizetype count, TypeAt typeAt, qsizetype base, int depth);

private:
    bool spend(qint64 cost)
    {
        m_budget -= cost;
        return m_budget >= 0;
    }
    bool spendElement(const AbiType &type)
    {
        const qint64 size = type.headSize();
        if (size > 0)
            return spend(size);
        return --m_emptyValues >= 0;
    }
    Value overBudget(const AbiType &type)
    {
        return decodeError(type,
            QStringLiteral("the data (%1 bytes) claims far more than it holds (offsets that point at the same "
                           "values again and again, or lengths no data backs)")
                .arg(m_data.size()));
    }

    const QByteArray &m_data;
    qint64 m_budget;
    qint64 m_emptyValues = kMaxEmptyValues;
};

template <typename TypeAt> List Decoder::sequence(qsizetype count, TypeAt typeAt, qsizetype base, int depth)
{
    AbiValue::List values;
    qsizetype pos = base;
    for (qsizetype i = 0; i < count; ++i) {
        const AbiType &type = typeAt(i);
        if (!spendElement(type))
            return overBudget(type).error();
        Value value = [&]() -> Value {
            if (!type.isDynamic())
                return one(type, pos, depth);
            auto offset = wordAt(m_data, pos);
            if (!offset)
                return offset.error();
            if (!offset.value().fitsIn(32) || base + qsizetype(offset.value().low64()) >= m_data.size())
                return decodeError(
                    type, QStringLiteral("offset %1 points past the data").arg(offset.value().toDecimal()));
            return one(type, base + qsizetype(offset.value().low64()), depth);
        }();
        if (!value)
            return value.error();
        values.push_back(std::move(value).value());
        pos += type.headSize();
    }
    return values;
}

Value Decoder::one(const AbiType &type, qsizetype at, int depth)
{
    using K = AbiType::Kind;
    if (depth > 32)
        return decodeError(type, QStringLiteral("nested too deeply"));
    if (type.kind == K::Tuple) {
        auto members = sequence(
            qsizetype(type.components.size()), [&](qsizetype i) -> const AbiType & { return type.components[i]; }, at,
            depth + 1);
        if (!members)
            return members.error();
        return AbiValue::list(std::move(members).value());
    }
    const auto element = [&](qsizetype) -> const AbiType & { return type.element(); };
    if (type.kind == K::FixedArray) {
        // Static elements lie in place: a length the data cannot hold is a lie.
        if (!type.isDynamic() && qint64(type.size) * type.element().headSize() > m_data.size() - at)
            return decodeError(type, QStringLiteral("%1 elements run past the data").arg(type.size));
        auto items = sequence(type.size, element, at, depth + 1);
        if (!items)
            return items.error();
        return AbiValue::list(std::move(items).value());
    }
    auto word = wordAt(m_data, at);
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
        return AbiValue::bytes(m_data.mid(at, type.size));
    case K::Bytes:
    case K::String: {
        if (!w.fitsIn(32) || at + 32 + qsizetype(w.low64()) > m_data.size())
            return decodeError(type, QStringLiteral("length %1 runs past the data").arg(w.toDecimal()));
        if (!spend(qint64(w.low64())))
            return overBudget(type);
        const QByteArray raw = m_data.mid(at + 32, qsizetype(w.low64()));
        if (type.kind == K::String)
            return AbiValue::text(QString::fromUtf8(raw));
        return AbiValue::bytes(raw);
    }
    case K::Array: {
        // Elements with a head lie in the rest of the data: a count larger than it can hold is a
        // lie. Elements without one (an empty tuple) count against kMaxEmptyValues instead.
        const qint64 elementSize = type.element().headSize();
        if (!w.fitsIn(32) || (elementSize > 0 && qint64(w.low64()) * elementSize > m_data.size() - at - 32)
            || (elementSize == 0 && qint64(w.low64()) > m_emptyValues))
            return decodeError(type, QStringLiteral("length %1 runs past the data").arg(w.toDecimal()));
        auto items = sequence(qsizetype(w.low64()), element, at + 32, depth + 1);
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
    Decoder decoder(data);
    return decoder.sequence(
        qsizetype(types.size()), [&](qsizetype i) -> const AbiType & { return types[std::size_t(i)]; }, 0, 0);
}

} // namespace dd::eth::abi
