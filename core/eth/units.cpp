#include "eth/units.h"

namespace dd::eth {

Result<UInt256> parseUnits(QStringView text, int decimals)
{
    const QStringView t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.');
    const QStringView whole = dot < 0 ? t : t.left(dot);
    QStringView fraction = dot < 0 ? QStringView() : t.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return Result<UInt256>::failure(QStringLiteral("An amount is empty."), ErrorCode::InvalidInput);
    while (!fraction.isEmpty() && fraction.back() == u'0')
        fraction.chop(1);
    if (fraction.size() > decimals)
        return Result<UInt256>::failure(
            QStringLiteral("%1 has more than %2 decimal places.").arg(t.toString()).arg(decimals),
            ErrorCode::InvalidInput);
    const QString digits = (whole.isEmpty() ? QStringLiteral("0") : whole.toString()) + fraction.toString()
        + QString(decimals - fraction.size(), u'0');
    auto value = UInt256::fromDecimal(digits);
    if (!value)
        return Result<UInt256>::failure(
            QStringLiteral("\"%1\" is not an amount.").arg(t.toString()), ErrorCode::InvalidInput);
    return value;
}

QString formatUnits(const UInt256 &amount, int decimals)
{
    QString digits = amount.toDecimal();
    if (decimals == 0)
        return digits;
    if (digits.size() <= decimals)
        digits = QString(decimals - digits.size() + 1, u'0') + digits;
    QString whole = digits.left(digits.size() - decimals);
    QString fraction = digits.mid(digits.size() - decimals);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

Result<UInt256> parseAmountWithUnit(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.startsWith(QLatin1String("0x")))
        return UInt256::fromHex(t);
    const std::pair<const char *, int> units[] = {{"ether", 18}, {"gwei", 9}, {"wei", 0}};
    for (const auto &[unit, decimals] : units) {
        if (t.endsWith(QLatin1String(unit), Qt::CaseInsensitive))
            return parseUnits(t.chopped(qsizetype(qstrlen(unit))), decimals);
    }
    return parseUnits(t, 0);
}

} // namespace dd::eth
