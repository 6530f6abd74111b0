#include "eth/abifunction.h"

#include "crypto/keccak.h"

namespace dd::eth {

QString AbiFunction::signature() const
{
    return name + u'(' + canonicalList(inputs) + u')';
}

QByteArray AbiFunction::selector() const
{
    return topic().left(4);
}

QByteArray AbiFunction::topic() const
{
    return crypto::keccak256(signature().toUtf8());
}

Result<AbiFunction> AbiFunction::parse(QStringView text)
{
    QStringView t = text.trimmed();
    AbiFunction f;
    for (const auto &[word, kind] : {std::pair {QLatin1String("function "), Kind::Function},
             std::pair {QLatin1String("event "), Kind::Event}, std::pair {QLatin1String("error "), Kind::Error}}) {
        if (t.startsWith(word)) {
            f.kind = kind;
            t = t.mid(word.size()).trimmed();
        }
    }
    const qsizetype open = t.indexOf(u'(');
    if (open < 0)
        return Result<AbiFunction>::failure(
            QStringLiteral("\"%1\" is not a signature like name(type,...).").arg(text.toString()),
            ErrorCode::InvalidInput);
    f.name = t.left(open).trimmed().toString();
    for (QChar c : f.name) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'$')
            return Result<AbiFunction>::failure(
                QStringLiteral("\"%1\" is not a valid name.").arg(f.name), ErrorCode::InvalidInput);
    }
    const qsizetype close = closingParenthesis(t, open);
    if (close < 0)
        return Result<AbiFunction>::failure(
            QStringLiteral("Unbalanced parentheses in \"%1\".").arg(text.toString()), ErrorCode::InvalidInput);
    auto inputs = AbiType::parseList(t.mid(open + 1, close - open - 1));
    if (!inputs)
        return inputs.error();
    f.inputs = std::move(inputs).value();
    // Whatever follows: modifiers, "returns (...)", or cast's bare "(...)" outputs.
    QStringView rest = t.mid(close + 1).trimmed();
    const qsizetype outOpen = rest.indexOf(u'(');
    if (outOpen >= 0) {
        const qsizetype outClose = closingParenthesis(rest, outOpen);
        if (outClose < 0)
            return Result<AbiFunction>::failure(
                QStringLiteral("Unbalanced parentheses in \"%1\".").arg(text.toString()), ErrorCode::InvalidInput);
        auto outputs = AbiType::parseList(rest.mid(outOpen + 1, outClose - outOpen - 1));
        if (!outputs)
            return outputs.error();
        f.outputs = std::move(outputs).value();
    }
    return f;
}

} // namespace dd::eth
