#include "common/displayformat.h"

#include "eth/units.h"

#include <QCoreApplication>
#include <QLocale>

namespace dd::app {

QString displayAmount(const eth::UInt256 &amount, int decimals, int fractionDigits)
{
    QString text = eth::formatUnits(amount, decimals);
    const qsizetype dot = text.indexOf(u'.');
    QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1).left(fractionDigits);
    const QLocale locale;
    QString grouped;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += whole[i];
    }
    return fraction.isEmpty() ? grouped : grouped + locale.decimalPoint() + fraction;
}

// (Counts are computed before the translate() calls: Qt 6.4's lupdate hangs on arithmetic
// inside their arguments.)
QString displayDuration(qint64 seconds)
{
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int minutesPastHour = int((seconds % 3600) / 60);
    const int days = int((seconds + 43200) / 86400);
    if (seconds < 90)
        return QCoreApplication::translate("Duration", "%n s", nullptr, int(seconds));
    if (seconds < 90 * 60)
        return QCoreApplication::translate("Duration", "%n min", nullptr, minutes);
    if (seconds < 36 * 3600) {
        if (minutesPastHour == 0)
            return QCoreApplication::translate("Duration", "%n h", nullptr, hours);
        return QCoreApplication::translate("Duration", "%1 h %2 min").arg(hours).arg(minutesPastHour);
    }
    return QCoreApplication::translate("Duration", "%n day(s)", nullptr, days);
}

} // namespace dd::app
