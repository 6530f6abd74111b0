#pragma once

// AppSettings: the user's preferences (theme, language, auto-lock). Stored in an INI file through
// QSettings, read once on the executor when the app starts (readFile, then apply on the GUI
// thread, before the window opens); afterwards values come from memory and each change is written
// by the executor, in order, so the GUI thread touches no file. Nothing secret goes here.

#include "common/executor.h"
#include "dao/governancealerts.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <mutex>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class AppSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool darkTheme READ darkTheme WRITE setDarkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    Q_PROPERTY(QStringList languages READ languages CONSTANT)
    Q_PROPERTY(QString dataDirectory READ dataDirectory CONSTANT)
    Q_PROPERTY(QStringList allowedForums READ allowedForums NOTIFY forumsChanged)
    Q_PROPERTY(bool desktopNotifications READ desktopNotifications WRITE setDesktopNotifications NOTIFY
            desktopNotificationsChanged)
public:
    AppSettings(
        Executor &executor, const QString &settingsFile, const QString &dataDirectory, QObject *parent = nullptr);
    static AppSettings *create(QQmlEngine *, QJSEngine *);

    // What the file holds: on a worker thread, at startup. A missing file holds nothing.
    static QVariantMap readFile(const QString &settingsFile);
    // Takes what readFile returned; a change made this session before it came back is kept.
    void apply(const QVariantMap &stored);

    bool darkTheme() const;
    void setDarkTheme(bool dark);
    QString language() const;
    void setLanguage(const QString &language);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    QStringList languages() const { return {QStringLiteral("en"), QStringLiteral("de")}; }
    QString dataDirectory() const { return m_dataDirectory; }
    // The DAO profile opened last (a file path; not secret).
    QString profilePath() const;
    void setProfilePath(const QString &path);

    // Forums the user allowed the app to contact, and those whose images may load. A proposal
    // can link any host; nothing is fetched from one the user has not allowed.
    Q_INVOKABLE bool forumAllowed(const QString &host) const;
    Q_INVOKABLE bool forumImagesAllowed(const QString &host) const;
    void allowForum(const QString &host);
    void allowForumImages(const QString &host);
    Q_INVOKABLE void forgetForum(const QString &host);
    QStringList allowedForums() const;

    bool desktopNotifications() const;
    void setDesktopNotifications(bool on);
    // What governance alerts were raised for a DAO (key: chain id and governor).
    dao::AlertMemory alertMemory(const QString &daoKey) const;
    void setAlertMemory(const QString &daoKey, const dao::AlertMemory &memory);

signals:
    void forumsChanged();
    void desktopNotificationsChanged();
    void darkThemeChanged();
    void languageChanged();
    void autoLockMinutesChanged();

private:
    QVariant value(const QString &key, const QVariant &fallback = {}) const { return m_values.value(key, fallback); }
    void store(const QString &key, const QVariant &value);
    QStringList hostList(const QString &key) const;

    QString m_file;
    QString m_dataDirectory;
    QVariantMap m_values; // what the file holds, with this session's changes
    // Changes not yet written, shared with the write queued for them.
    struct Unwritten {
        std::mutex mutex;
        QVariantMap changes;
        bool queued = false;
    };
    std::shared_ptr<Unwritten> m_unwritten = std::make_shared<Unwritten>();
    Executor::Sequence m_writes;
};

} // namespace dd::app
