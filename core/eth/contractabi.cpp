#include "eth/contractabi.h"

#include <algorithm>

#include "common/hex.h"
#include "eth/abicodec.h"
#include "eth/abitext.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::eth {

namespace {

Result<AbiType> badJsonType(const QString &type, const QString &why)
{
    return Result<AbiType>::failure(
        QStringLiteral("\"%1\" is not an ABI type: %2").arg(type, why), ErrorCode::InvalidInput);
}

// A JSON ABI parameter: tuples carry their members in "components". The same limits as
// AbiType::parse: nesting and head size are bounded.
Result<AbiType> typeFromJson(const QJsonObject &param, int depth = 0)
{
    QString type = param.value(QLatin1String("type")).toString();
    if (depth > AbiType::kMaxDepth)
        return badJsonType(type, QStringLiteral("tuples nested more than %1 deep").arg(AbiType::kMaxDepth));
    AbiType out;
    if (type.startsWith(QLatin1String("tuple"))) {
        AbiType tuple;
        tuple.kind = AbiType::Kind::Tuple;
        for (const QJsonValue &c : param.value(QLatin1String("components")).toArray()) {
            auto member = typeFromJson(c.toObject(), depth + 1);
            if (!member)
                return member;
            tuple.components.push_back(std::move(member).value());
        }
        // Re-apply array suffixes to the tuple by parsing them on a placeholder text.
        const QString suffix = type.mid(5);
        out = tuple;
        QStringView rest(suffix);
        int arrays = 0;
        while (rest.startsWith(u'[')) {
            const qsizetype close = rest.indexOf(u']');
            if (close < 0)
                return badJsonType(type, QStringLiteral("unclosed ["));
            if (++arrays + depth > AbiType::kMaxDepth)
                return badJsonType(type, QStringLiteral("arrays nested more than %1 deep").arg(AbiType::kMaxDepth));
            AbiType array;
            array.components.push_back(out);
            if (close == 1) {
                array.kind = AbiType::Kind::Array;
            } else {
                bool ok = false;
                array.kind = AbiType::Kind::FixedArray;
                array.size = rest.mid(1, close - 1).toInt(&ok);
                if (!ok || array.size < 1)
                    return badJsonType(type, QStringLiteral("array length \"%1\"").arg(rest.mid(1, close - 1)));
            }
            out = array;
            rest = rest.mid(close + 1);
        }
        if (!rest.isEmpty())
            return badJsonType(type, QStringLiteral("unexpected \"%1\"").arg(rest));
        if (out.headSize() > AbiType::kMaxHeadSize)
            return badJsonType(type, QStringLiteral("it takes more than %1 bytes").arg(AbiType::kMaxHeadSize));
    } else {
        auto parsed = AbiType::parse(type);
        if (!parsed)
            return parsed;
        out = parsed.value();
    }
    out.name = param.value(QLatin1String("name")).toString();
    out.indexed = param.value(QLatin1String("indexed")).toBool();
    return out;
}

Result<std::vector<AbiType>> typesFromJson(const QJsonArray &params)
{
    std::vector<AbiType> types;
    for (const QJsonValue &p : params) {
        auto type = typeFromJson(p.toObject());
        if (!type)
            return type.error();
        types.push_back(std::move(type).value());
    }
    return types;
}

QString describeValues(const std::vector<AbiType> &types, const AbiValue::List &values)
{
    QStringList parts;
    for (std::size_t i = 0; i < types.size(); ++i) {
        const QString value = abitext::format(types[i], values[i]);
        parts.append(types[i].name.isEmpty() ? value : types[i].name + QStringLiteral(": ") + value);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString panicReason(quint64 code)
{
    switch (code) {
    case 0x01:
        return QStringLiteral("an assertion failed");
    case 0x11:
        return QStringLiteral("an arithmetic operation overflowed or underflowed");
    case 0x12:
        return QStringLiteral("division or modulo by zero");
    case 0x21:
        return QStringLiteral("a value did not fit an enum");
    case 0x22:
        return QStringLiteral("storage byte array is incorrectly encoded");
    case 0x31:
        return QStringLiteral("pop() on an empty array");
    case 0x32:
        return QStringLiteral("an array index was out of bounds");
    case 0x41:
        return QStringLiteral("too much memory was allocated");
    case 0x51:
        return QStringLiteral("a zero-initialized function was called");
    default:
        return QStringLiteral("panic code 0x%1").arg(code, 2, 16, QLatin1Char('0'));
    }
}

Result<ContractAbi> ContractAbi::fromJson(const QJsonArray &abi)
{
    ContractAbi out;
    for (const QJsonValue &entryValue : abi) {
        const QJsonObject entry = entryValue.toObject();
        const QString type = entry.value(QLatin1String("type")).toString();
        AbiFunction f;
        f.name = entry.value(QLatin1String("name")).toString();
        auto inputs = typesFromJson(entry.value(QLatin1String("inputs")).toArray());
        auto outputs = typesFromJson(entry.value(QLatin1String("outputs")).toArray());
        if (!inputs || !outputs)
            return Result<ContractAbi>::failure(
                QStringLiteral("The ABI entry \"%1\" has a type this app cannot read: %2")
                    .arg(f.name, inputs ? outputs.message() : inputs.message()),
                ErrorCode::InvalidInput);
        f.inputs = std::move(inputs).value();
        f.outputs = std::move(outputs).value();
        if (type == QLatin1String("function")) {
            out.m_functions.push_back(std::move(f));
        } else if (type == QLatin1String("event")) {
            f.kind = AbiFunction::Kind::Event;
            out.m_eventsByTopic.insert(f.topic(), out.m_events.size());
            out.m_events.push_back(std::move(f));
        } else if (type == QLatin1String("error")) {
            f.kind = AbiFunction::Kind::Error;
            out.m_errors.push_back(std::move(f));
        } else if (type == QLatin1String("constructor")) {
            out.m_constructor = std::move(f);
        }
    }
    return out;
}

Result<ContractAbi> ContractAbi::fromArtifact(const QByteArray &artifactJson, QByteArray *bytecode)
{
    const QJsonObject artifact = QJsonDocument::fromJson(artifactJson).object();
    auto abi = fromJson(artifact.value(QLatin1String("abi")).toArray());
    if (!abi)
        return abi;
    abi.value().m_name = artifact.value(QLatin1String("contractName")).toString();
    if (bytecode) {
        auto code = fromHex(artifact.value(QLatin1String("bytecode")).toString());
        if (!code)
            return code.error();
        *bytecode = code.value();
    }
    return abi;
}

Result<ContractAbi> ContractAbi::embedded(const QString &contractName, QByteArray *bytecode)
{
    QFile file(QStringLiteral(":/dd/contracts/artifacts/%1.json").arg(contractName));
    if (!file.open(QIODevice::ReadOnly))
        return Result<ContractAbi>::failure(
            QStringLiteral("No compiled contract named %1 in this build.").arg(contractName));
    return fromArtifact(file.readAll(), bytecode);
}

const AbiFunction *ContractAbi::function(const QString &name) const
{
    for (const AbiFunction &f : m_functions) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const AbiFunction *ContractAbi::functionBySignature(const QString &signature) const
{
    for (const AbiFunction &f : m_functions) {
        if (f.signature() == signature)
            return &f;
    }
    return nullptr;
}

const AbiFunction *ContractAbi::functionBySelector(const QByteArray &selector) const
{
    for (const AbiFunction &f : m_functions) {
        if (f.selector() == selector)
            return &f;
    }
    return nullptr;
}

const AbiFunction *ContractAbi::eventByTopic(const QByteArray &topic) const
{
    const auto it = m_eventsByTopic.constFind(topic);
    return it == m_eventsByTopic.constEnd() ? nullptr : &m_events[*it];
}

Result<QByteArray> ContractAbi::encodeCall(const QString &nameOrSignature, const AbiValue::List &args) const
{
    const AbiFunction *f
        = nameOrSignature.contains(u'(') ? functionBySignature(nameOrSignature) : function(nameOrSignature);
    if (!f)
        return Result<QByteArray>::failure(QStringLiteral("%1 has no function %2.").arg(m_name, nameOrSignature));
    auto encoded = abi::encode(f->inputs, args);
    if (!encoded)
        return Result<QByteArray>::failure(
            QStringLiteral("%1.%2: %3").arg(m_name, f->name, encoded.message()), ErrorCode::InvalidInput);
    return f->selector() + encoded.value();
}

Result<AbiValue::List> ContractAbi::decodeResult(const QString &nameOrSignature, const QByteArray &data) const
{
    const AbiFunction *f
        = nameOrSignature.contains(u'(') ? functionBySignature(nameOrSignature) : function(nameOrSignature);
    if (!f)
        return Result<AbiValue::List>::failure(QStringLiteral("%1 has no function %2.").arg(m_name, nameOrSignature));
    return abi::decode(f->outputs, data);
}

Result<QByteArray> ContractAbi::encodeDeployment(const QByteArray &bytecode, const AbiValue::List &args) const
{
    auto encoded = abi::encode(m_constructor ? m_constructor->inputs : std::vector<AbiType> {}, args);
    if (!encoded)
        return Result<QByteArray>::failure(
            QStringLiteral("%1 constructor: %2").arg(m_name, encoded.message()), ErrorCode::InvalidInput);
    return bytecode + encoded.value();
}

void ContractAbi::addErrorsFrom(const ContractAbi &other)
{
    for (const AbiFunction &error : other.m_errors) {
        const bool known = std::any_of(m_errors.begin(), m_errors.end(),
            [&error](const AbiFunction &mine) { return mine.selector() == error.selector(); });
        if (!known)
            m_errors.push_back(error);
    }
}

QString ContractAbi::describeRevert(const QByteArray &data) const
{
    if (data.isEmpty())
        return QStringLiteral("The transaction reverted without a reason.");
    if (data.size() < 4)
        return QStringLiteral("The transaction reverted with malformed data %1.").arg(toHex(data));
    const QByteArray selector = data.left(4);
    const QByteArray body = data.mid(4);
    if (selector == QByteArray::fromHex("08c379a0")) {
        AbiType string;
        string.kind = AbiType::Kind::String;
        auto reason = abi::decode({string}, body);
        if (reason)
            return QStringLiteral("The transaction reverted: %1").arg(reason.value()[0].asText());
    }
    if (selector == QByteArray::fromHex("4e487b71")) {
        AbiType code;
        auto decoded = abi::decode({code}, body);
        if (decoded)
            return QStringLiteral("The contract panicked: %1.").arg(panicReason(decoded.value()[0].asNumber().low64()));
    }
    for (const AbiFunction &error : m_errors) {
        if (error.selector() != selector)
            continue;
        auto values = abi::decode(error.inputs, body);
        if (!values)
            break;
        const QString decoded = QStringLiteral("%1(%2)").arg(error.name, describeValues(error.inputs, values.value()));
        auto words = m_errorWords.constFind(error.name);
        if (words == m_errorWords.constEnd())
            return QStringLiteral("The contract refused: %1").arg(decoded);
        QString sentence = *words;
        for (std::size_t i = 0; i < error.inputs.size(); ++i) {
            if (!error.inputs[i].name.isEmpty())
                sentence.replace(QLatin1Char('{') + error.inputs[i].name + QLatin1Char('}'),
                    abitext::format(error.inputs[i], values.value()[i]));
        }
        return QStringLiteral("The contract refused: %1 (%2)").arg(sentence, decoded);
    }
    return QStringLiteral("The transaction reverted with unknown error %1.").arg(toHex(data));
}

Result<DecodedEvent> ContractAbi::decodeLog(const QList<QByteArray> &topics, const QByteArray &data) const
{
    if (topics.isEmpty())
        return Result<DecodedEvent>::failure(QStringLiteral("An anonymous log cannot be decoded."));
    const AbiFunction *event = eventByTopic(topics.first());
    if (!event)
        return Result<DecodedEvent>::failure(
            QStringLiteral("Log topic %1 is not an event of %2.").arg(toHex(topics.first()), m_name));
    std::vector<AbiType> dataTypes;
    for (const AbiType &t : event->inputs) {
        if (!t.indexed)
            dataTypes.push_back(t);
    }
    auto dataValues = abi::decode(dataTypes, data);
    if (!dataValues)
        return dataValues.error();
    DecodedEvent out;
    out.event = event;
    qsizetype topic = 1;
    std::size_t dataIndex = 0;
    for (const AbiType &t : event->inputs) {
        if (!t.indexed) {
            out.values.push_back(dataValues.value()[dataIndex++]);
            continue;
        }
        if (topic >= topics.size())
            return Result<DecodedEvent>::failure(QStringLiteral("The log of %1 lacks topics.").arg(event->name));
        if (t.isDynamic() || t.kind == AbiType::Kind::Tuple || t.kind == AbiType::Kind::FixedArray) {
            out.values.push_back(AbiValue::bytes(topics[topic++])); // only the hash is logged
            continue;
        }
        auto value = abi::decode({t}, topics[topic++]);
        if (!value)
            return value.error();
        out.values.push_back(value.value()[0]);
    }
    return out;
}

} // namespace dd::eth
