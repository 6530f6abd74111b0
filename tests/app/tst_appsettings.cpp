// AppSettings: read once off the GUI thread (readFile, then apply); each change is in memory at
// once and on disk after the executor's write, a burst of changes in one write; what a session
// changed before the file was read is kept over what the file says.

#include "../unit/testregistry.h"
#include "fakes.h"

#include "settings/appsettings.h"

#include <QSignalSpy>
#include <QTest>

using namespace dd;

class TestAppSettings : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;

    QString file() const { return m_local->dir.filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<app::AppSettings> openSettings()
    {
        return std::make_unique<app::AppSettings>(m_local->executor, file(), m_local->dir.path());
    }

private slots:
    void init() { m_local = std::make_unique<test::LocalServices>(); }
    void cleanup() { m_local.reset(); }

    void aMissingFileMeansTheDefaults()
    {
        auto settings = openSettings();
        settings->apply(app::AppSettings::readFile(file()));
        QCOMPARE(settings->darkTheme(), false);
        QCOMPARE(settings->language(), QStringLiteral("en"));
        QCOMPARE(settings->autoLockMinutes(), 15);
        QCOMPARE(settings->desktopNotifications(), true);
        QCOMPARE(settings->allowedForums(), QStringList());
    }

    void changesReachTheFileAndTheNextStart()
    {
        auto settings = openSettings();
        settings->apply({});
        QSignalSpy theme(settings.get(), &app::AppSettings::darkThemeChanged);
        settings->setDarkTheme(true);
        QCOMPARE(theme.size(), 1);
        QCOMPARE(settings->darkTheme(), true); // in memory at once
        // A burst, as a slider gives it: the last value is the one kept.
        for (int minutes = 1; minutes <= 30; ++minutes)
            settings->setAutoLockMinutes(minutes);
        settings->setLanguage(QStringLiteral("de"));
        settings->setLanguage(QStringLiteral("xx")); // not offered: ignored
        settings->allowForumImages(QStringLiteral("Forum.Example.org"));
        settings.reset(); // waits for its writes
        const QVariantMap stored = app::AppSettings::readFile(file());
        QCOMPARE(stored.value(QStringLiteral("wallet/autoLockMinutes")).toInt(), 30);
        auto next = openSettings();
        next->apply(stored);
        QCOMPARE(next->darkTheme(), true);
        QCOMPARE(next->autoLockMinutes(), 30);
        QCOMPARE(next->language(), QStringLiteral("de"));
        QVERIFY(next->forumAllowed(QStringLiteral("forum.example.org")));
        QVERIFY(next->forumImagesAllowed(QStringLiteral("forum.example.org")));
    }

    void aChangeMadeBeforeTheReadIsKept()
    {
        auto first = openSettings();
        first->apply({});
        first->setAutoLockMinutes(30);
        first->setLanguage(QStringLiteral("de"));
        first.reset();
        auto settings = openSettings();
        settings->setAutoLockMinutes(5); // before the file was in
        QSignalSpy language(settings.get(), &app::AppSettings::languageChanged);
        settings->apply(app::AppSettings::readFile(file()));
        QCOMPARE(settings->autoLockMinutes(), 5);
        QCOMPARE(settings->language(), QStringLiteral("de"));
        QCOMPARE(language.size(), 1); // the views hear what the file brought
    }
};

DD_REGISTER_TEST(TestAppSettings);

#include "tst_appsettings.moc"
