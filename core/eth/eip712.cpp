#include "eth/eip712.h"

#include "crypto/keccak.h"
#include "eth/abitext.h"
#include "eth/abitype.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace dd::eth::eip712 {

namespace {

using Bytes = Result<QByteArray>;

Bytes fail(const QString &why)
{
    return Bytes::failure(QStringLiteral("Typed data: %1").arg(why), ErrorCode::InvalidInput);
}

QString baseType(const QString &type)
{
    const qsizetype bracket = type.indexOf(u'[');
    return bracket < 0 ? type : type.left(bracket);
}

void collectDependencies(const QJsonObject &types, const QString &type, QSet<QString> &found)
{
    const QString base = baseType(type);
    if (found.contains(base) || !types.contains(base))
        return;
    found.insert(base);
    for (const QJsonValue &field : types.value(base).toArray())
        collectDependencies(types, field.toObject().value(QLatin1String("type")).toString(), found);
}

QString encodeStructType(const QJsonObject &types, const QString &name)
{
    QStringList fields;
    for (const QJsonValue &field : types.value(name).toArray()) {
        const QJsonObject f = field.toObject();
        fields.append(f.value(QLatin1String("type")).toString() + u' ' + f.value(QLatin1String("name")).toString());
    }
    return name + u'(' + fields.join(u',') + u')';
}

// JSON numbers lose precision past 2^53, so values come as strings (decimal or hex) too.
QString scalarText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', 0);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

Bytes encodeValue(const QJsonObject &types, const QString &type, const QJsonValue &value, int depth);

// The spec's atomic types and bytes, spelled exactly as it writes them ("uint256", not "uint",
// "string " or "(uint256)"): typed data comes from dapps, and anything else is refused in words.
std::optional<AbiType> atomicType(const QString &type)
{
    auto parsed = AbiType::parse(type);
    if (!parsed || parsed.value().canonical() != type)
        return std::nullopt;
    switch (parsed.value().kind) {
    case AbiType::Kind::Bool:
    case AbiType::Kind::Address:
    case AbiType::Kind::FixedBytes:
    case AbiType::Kind::Uint:
    case AbiType::Kind::Int:
    case AbiType::Kind::Bytes:
        return parsed.value();
    default:
        return std::nullopt;
    }
}

Bytes hashStruct(const QJsonObject &types, const QString &name, const QJsonObject &data, int depth)
{
    auto typeString = encodeType(types, name);
    if (!typeString)
        return typeString.error();
    QByteArray encoded = crypto::keccak256(typeString.value().toUtf8());
    for (const QJsonValue &field : types.value(name).toArray()) {
        const QJsonObject f = field.toObject();
        const QString fieldName = f.value(QLatin1String("name")).toString();
        auto fieldValue
            = encodeValue(types, f.value(QLatin1String("type")).toString(), data.value(fieldName), depth + 1);
        if (!fieldValue)
            return fail(QStringLiteral("%1.%2: %3").arg(name, fieldName, fieldValue.message()));
        encoded += fieldValue.value();
    }
    return crypto::keccak256(encoded);
}

Bytes encodeValue(const QJsonObject &types, const QString &type, const QJsonValue &value, int depth)
{
    if (depth > 32)
        return fail(QStringLiteral("nested too deeply"));
    if (type.endsWith(u']')) {
        const qsizetype open = type.lastIndexOf(u'[');
        if (open <= 0)
            return fail(QStringLiteral("unknown type \"%1\"").arg(type));
        const QString element = type.left(open);
        const QString length = type.mid(open + 1, type.size() - open - 2);
        if (!value.isArray())
            return fail(QStringLiteral("%1 needs an array").arg(type));
        if (!length.isEmpty()) {
            bool ok = false;
            const qsizetype expected = length.toLongLong(&ok);
            if (!ok || expected < 1)
                return fail(QStringLiteral("unknown type \"%1\"").arg(type));
            if (value.toArray().size() != expected)
                return fail(
                    QStringLiteral("%1 needs %2 items, not %3").arg(type).arg(expected).arg(value.toArray().size()));
        }
        QByteArray concatenated;
        for (const QJsonValue &item : value.toArray()) {
            auto encoded = encodeValue(types, element, item, depth + 1);
            if (!encoded)
                return encoded;
            concatenated += encoded.value();
        }
        return crypto::keccak256(concatenated);
    }
    if (types.contains(type)) {
        if (!value.isObject())
            return fail(QStringLiteral("%1 needs an object").arg(type));
        return hashStruct(types, type, value.toObject(), depth + 1);
    }
    if (value.isUndefined() || value.isNull())
        return fail(QStringLiteral("a %1 value is missing").arg(type));
    if (type == QLatin1String("string"))
        return crypto::keccak256(value.toString().toUtf8());
    const std::optional<AbiType> abiType = atomicType(type);
    if (!abiType)
        return fail(QStringLiteral("unknown type \"%1\"").arg(type));
    if (abiType->kind == AbiType::Kind::Bytes) {
        auto parsed = abitext::parseValue(*abiType, value.toString());
        if (!parsed)
            return parsed.error();
        return crypto::keccak256(parsed.value().asBytes());
    }
    auto parsed = abitext::parseValue(*abiType, scalarText(value));
    if (!parsed)
        return parsed.error();
    // Atomic values encode as one ABI word.
    const AbiValue &v = parsed.value();
    switch (abiType->kind) {
    case AbiType::Kind::Bool:
        return UInt256(v.asBool() ? 1 : 0).toBigEndian();
    case AbiType::Kind::Address:
        return QByteArray(12, '\0') + v.asBytes();
    case AbiType::Kind::FixedBytes:
        return v.asBytes() + QByteArray(32 - v.asBytes().size(), '\0');
    default:
        return v.asNumber().toBigEndian();
    }
}

QJsonArray derivedDomainType(const QJsonObject &domain)
{
    QJsonArray fields;
    const std::pair<const char *, const char *> order[] = {{"name", "string"}, {"version", "string"},
        {"chainId", "uint256"}, {"verifyingContract", "address"}, {"salt", "bytes32"}};
    for (const auto &[name, type] : order) {
        if (domain.contains(QLatin1String(name)))
            fields.append(QJsonObject {
                {QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}});
    }
    return fields;
}

} // namespace

Result<QString> encodeType(const QJsonObject &types, const QString &primaryType)
{
    if (!types.contains(primaryType))
        return Result<QString>::failure(
            QStringLiteral("Typed data: the type \"%1\" is not defined.").arg(primaryType), ErrorCode::InvalidInput);
    QSet<QString> found;
    collectDependencies(types, primaryType, found);
    found.remove(primaryType);
    QStringList rest(found.begin(), found.end());
    rest.sort();
    QString out = encodeStructType(types, primaryType);
    for (const QString &name : rest)
        out += encodeStructType(types, name);
    return out;
}

Result<TypedDataHashes> hash(const QJsonObject &typedData)
{
    QJsonObject types = typedData.value(QLatin1String("types")).toObject();
    const QString primaryType = typedData.value(QLatin1String("primaryType")).toString();
    const QJsonObject domain = typedData.value(QLatin1String("domain")).toObject();
    if (types.isEmpty() || primaryType.isEmpty())
        return Result<TypedDataHashes>::failure(
            QStringLiteral("Typed data needs \"types\" and \"primaryType\"."), ErrorCode::InvalidInput);
    if (!types.contains(QLatin1String("EIP712Domain")))
        types.insert(QStringLiteral("EIP712Domain"), derivedDomainType(domain));
    TypedDataHashes out;
    auto domainHash = hashStruct(types, QStringLiteral("EIP712Domain"), domain, 0);
    if (!domainHash)
        return domainHash.error();
    out.domainSeparator = domainHash.value();
    if (primaryType != QLatin1String("EIP712Domain")) {
        auto messageHash = hashStruct(types, primaryType, typedData.value(QLatin1String("message")).toObject(), 0);
        if (!messageHash)
            return messageHash.error();
        out.messageHash = messageHash.value();
    }
    out.digest = crypto::keccak256(QByteArray("\x19\x01") + out.domainSeparator + out.messageHash);
    return out;
}

} // namespace dd::eth::eip712
