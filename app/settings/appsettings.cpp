#include "settings/appsettings.h"

#include "appcontext.h"

#include "common/iothreadguard.h"

#include <QQmlEngine>
#include <QSettings>

namespace dd::app {

AppSettings::AppSettings(Executor &executor, const QString &settingsFile, const QString &dataDirectory, QObject *parent)
    : QObject(parent), m_file(settingsFile), m_dataDirectory(dataDirectory), m_writes(executor)
{
}

QVariantMap AppSettings::readFile(const QString &settingsFile)
{
    IoThreadGuard::note("settings read");
    QVariantMap values;
    const QSettings settings(settingsFile, QSettings::IniFormat);
    for (const QString &key : settings.allKeys())
        values.insert(key, settings.value(key));
    return values;
}

void AppSettings::apply(const QVariantMap &stored)
{
    for (auto it = stored.begin(); it != stored.end(); ++it)
        if (!m_values.contains(it.key()))
            m_values.insert(it.key(), it.value());
    emit darkThemeChanged();
    emit languageChanged();
    emit autoLockMinutesChanged();
    emit forumsChanged();
    emit desktopNotificationsChanged();
}

void AppSettings::store(const QString &key, const QVariant &value)
{
    m_values.insert(key, value);
    // Changes in a burst (a slider, alerts per block) are written together: one write is queued
    // at a time and takes every change made until it runs.
    {
        std::lock_guard lock(m_unwritten->mutex);
        m_unwritten->changes.insert(key, value);
        if (m_unwritten->queued)
            return;
        m_unwritten->queued = true;
    }
    m_writes.post([file = m_file, unwritten = m_unwritten] {
        QVariantMap changes;
        {
            std::lock_guard lock(unwritten->mutex);
            changes.swap(unwritten->changes);
            unwritten->queued = false;
        }
        QSettings settings(file, QSettings::IniFormat);
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            settings.setValue(it.key(), it.value());
        settings.sync();
    });
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    AppSettings *settings = AppContext::instance()->settings();
    QQmlEngine::setObjectOwnership(settings, QQmlEngine::CppOwnership);
    return settings;
}

bool AppSettings::darkTheme() const
{
    return value(QStringLiteral("ui/darkTheme"), false).toBool();
}

void AppSettings::setDarkTheme(bool dark)
{
    if (dark == darkTheme())
        return;
    store(QStringLiteral("ui/darkTheme"), dark);
    emit darkThemeChanged();
}

QString AppSettings::language() const
{
    return value(QStringLiteral("ui/language"), QStringLiteral("en")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    if (language == this->language() || !languages().contains(language))
        return;
    store(QStringLiteral("ui/language"), language);
    emit languageChanged();
}

int AppSettings::autoLockMinutes() const
{
    return value(QStringLiteral("wallet/autoLockMinutes"), 15).toInt();
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, 24 * 60);
    if (minutes == autoLockMinutes())
        return;
    store(QStringLiteral("wallet/autoLockMinutes"), minutes);
    emit autoLockMinutesChanged();
}

QString AppSettings::profilePath() const
{
    return value(QStringLiteral("dao/profilePath")).toString();
}

void AppSettings::setProfilePath(const QString &path)
{
    store(QStringLiteral("dao/profilePath"), path);
}

// Hosts are stored lower case, ':' kept (QSettings escapes it in keys, so they live in a list).
QStringList AppSettings::hostList(const QString &key) const
{
    return value(key).toStringList();
}

bool AppSettings::forumAllowed(const QString &host) const
{
    return hostList(QStringLiteral("forum/allowed")).contains(host.toLower());
}

bool AppSettings::forumImagesAllowed(const QString &host) const
{
    return hostList(QStringLiteral("forum/images")).contains(host.toLower());
}

void AppSettings::allowForum(const QString &host)
{
    QStringList hosts = hostList(QStringLiteral("forum/allowed"));
    if (host.isEmpty() || hosts.contains(host.toLower()))
        return;
    hosts.append(host.toLower());
    store(QStringLiteral("forum/allowed"), hosts);
    emit forumsChanged();
}

void AppSettings::allowForumImages(const QString &host)
{
    allowForum(host);
    QStringList hosts = hostList(QStringLiteral("forum/images"));
    if (host.isEmpty() || hosts.contains(host.toLower()))
        return;
    hosts.append(host.toLower());
    store(QStringLiteral("forum/images"), hosts);
    emit forumsChanged();
}

void AppSettings::forgetForum(const QString &host)
{
    for (const QString &key : {QStringLiteral("forum/allowed"), QStringLiteral("forum/images")}) {
        QStringList hosts = hostList(key);
        hosts.removeAll(host.toLower());
        store(key, hosts);
    }
    emit forumsChanged();
}

QStringList AppSettings::allowedForums() const
{
    return hostList(QStringLiteral("forum/allowed"));
}

bool AppSettings::desktopNotifications() const
{
    return value(QStringLiteral("alerts/desktop"), true).toBool();
}

void AppSettings::setDesktopNotifications(bool on)
{
    if (on == desktopNotifications())
        return;
    store(QStringLiteral("alerts/desktop"), on);
    emit desktopNotificationsChanged();
}

dao::AlertMemory AppSettings::alertMemory(const QString &daoKey) const
{
    const QVariantMap stored = value(QStringLiteral("alerts/dao-") + daoKey).toMap();
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
    store(QStringLiteral("alerts/dao-") + daoKey,
        QVariantMap {{QStringLiteral("seenBlock"), qulonglong(memory.seenBlock)}, {QStringLiteral("raised"), raised}});
}

} // namespace dd::app
