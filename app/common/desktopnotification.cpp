#include "common/desktopnotification.h"

#include <QProcess>
#include <QStandardPaths>

namespace dd::app {

void notifyDesktop(const QString &summary, const QString &body)
{
    const QString command = qEnvironmentVariable("DD_NOTIFY_COMMAND");
    if (!command.isEmpty()) {
        QProcess::startDetached(command, {summary, body});
        return;
    }
    // Notify(app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout) on the
    // session bus, as the Desktop Notifications Specification defines it. Without a session bus
    // or gdbus, the alert still shows inside the window.
    const QString gdbus = QStandardPaths::findExecutable(QStringLiteral("gdbus"));
    if (gdbus.isEmpty() || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    auto quoted = [](QString text) {
        text.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    };
    QProcess::startDetached(gdbus,
        {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
            QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("--object-path"),
            QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("--method"),
            QStringLiteral("org.freedesktop.Notifications.Notify"), quoted(QStringLiteral("DataDAO Desktop")),
            QStringLiteral("0"), QStringLiteral("\"\""), quoted(summary), quoted(body), QStringLiteral("@as []"),
            QStringLiteral("@a{sv} {}"), QStringLiteral("-1")});
}

} // namespace dd::app
