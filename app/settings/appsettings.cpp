#include "settings/appsettings.h"

#include "appcontext.h"

#include <QQmlEngine>

namespace dd::app {

AppSettings::AppSettings(const QString &settingsFile, const QString &dataDirectory, QObject *parent)
    : QObject(parent), m_settings(settingsFile, QSettings::IniFormat), m_dataDirectory(dataDirectory)
{
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    AppSettings *settings = AppContext::instance()->settings();
    QQmlEngine::setObjectOwnership(settings, QQmlEngine::CppOwnership);
    return settings;
}

bool AppSettings::darkTheme() const
{
    return m_settings.value(QStringLiteral("ui/darkTheme"), false).toBool();
}

void AppSettings::setDarkTheme(bool dark)
{
    if (dark == darkTheme())
        return;
    m_settings.setValue(QStringLiteral("ui/darkTheme"), dark);
    emit darkThemeChanged();
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language() || !languages().contains(language))
        return;
    m_settings.setValue(QStringLiteral("ui/language"), language);
    emit languageChanged();
}

int AppSettings::autoLockMinutes() const
{
    return m_settings.value(QStringLiteral("wallet/autoLockMinutes"), 15).toInt();
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 24 * 60);
    if (minutes == autoLockMinutes())
        return;
    m_settings.setValue(QStringLiteral("wallet/autoLockMinutes"), minutes);
    emit autoLockMinutesChanged();
}

QString AppSettings::profilePath() const
{
    return m_settings.value(QStringLiteral("dao/profilePath")).toString();
}

void AppSettings::setProfilePath(const QString &path)
{
    m_settings.setValue(QStringLiteral("dao/profilePath"), path);
}

namespace {

// Hosts are stored lower case, ':' kept (QSettings escapes it in keys, so they live in a list).
QStringList hostList(const QSettings &settings, const QString &key)
{
    return settings.value(key).toStringList();
}

} // namespace

bool AppSettings::forumAllowed(const QString &host) const
{
    return hostList(m_settings, QStringLiteral("forum/allowed")).contains(host.toLower());
}

bool AppSettings::forumImagesAllowed(const QString &host) const
{
    return hostList(m_settings, QStringLiteral("forum/images")).contains(host.toLower());
}

void AppSettings::allowForum(const QString &host)
{
    QStringList hosts = hostList(m_settings, QStringLiteral("forum/allowed"));
    if (host.isEmpty() || hosts.contains(host.toLower()))
        return;
    hosts.append(host.toLower());
    m_settings.setValue(QStringLiteral("forum/allowed"), hosts);
    emit forumsChanged();
}

void AppSettings::allowForumImages(const QString &host)
{
    allowForum(host);
    QStringList hosts = hostList(m_settings, QStringLiteral("forum/images"));
    if (host.isEmpty() || hosts.contains(host.toLower()))
        return;
    hosts.append(host.toLower());
    m_settings.setValue(QStringLiteral("forum/images"), hosts);
    emit forumsChanged();
}

void AppSettings::forgetForum(const QString &host)
{
    for (const QString &key : {QStringLiteral("forum/allowed"), QStringLiteral("forum/images")}) {
        QStringList hosts = hostList(m_settings, key);
        hosts.removeAll(host.toLower());
        m_settings.setValue(key, hosts);
    }
    emit forumsChanged();
}

QStringList AppSettings::allowedForums() const
{
    return hostList(m_settings, QStringLiteral("forum/allowed"));
}

bool AppSettings::desktopNotifications() const
{
    return m_settings.value(QStringLiteral("alerts/desktop"), true).toBool();
}

void AppSettings::setDesktopNotifications(bool on)
{
    if (on == desktopNotifications())
        return;
    m_settings.setValue(QStringLiteral("alerts/desktop"), on);
    emit desktopNotificationsChanged();
}

dao::AlertMemory AppSettings::alertMemory(const QString &daoKey) const
{
    const QVariantMap stored = m_settings.value(QStringLiteral("alerts/dao-") + daoKey).toMap();
    dao::AlertMemory memory;
    memory.initialized = stored.contains(QStringLiteral("seenBlock"));
    memory.seenBlock = stored.value(QStringLiteral("seenBlock")).toULongLong();
    const QStringList raised = stored.value(QStringLiteral("raised")).toStringList();
    memory.raised = QSet<QString>(raised.begin(), raised.end());
    return memory;
}

void AppSettings::setAlertMemory(const QString &daoKey, const dao::AlertMemory &memory)
{
    QStringList raised(memory.raised.begin(), memory.raised.end());
    raised.sort();
    // Bounded: alerts about long-finished proposals need not be remembered forever.
    if (raised.size() > 2000)
        raised = raised.mid(raised.size() - 2000);
    m_settings.setValue(QStringLiteral("alerts/dao-") + daoKey,
        QVariantMap {{QStringLiteral("seenBlock"), qulonglong(memory.seenBlock)}, {QStringLiteral("raised"), raised}});
}

} // namespace dd::app
