// End-to-end tests: the real Main.qml on the real core, driven offscreen.

#include <QGuiApplication>
#include <QQuickStyle>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(DataDaoBridgePlugin)
Q_IMPORT_QML_PLUGIN(DataDaoPlugin)

std::unique_ptr<QObject> makeWalletUiTest();
std::unique_ptr<QObject> makeSecondInstanceTest();
std::unique_ptr<QObject> makeFirstLookTest();
std::unique_ptr<QObject> makeKillableTest();

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // The datasets test starts this program a second time, as another member's app beside it.
    // The first-look check runs it under xvfb-run in a real (xcb) window. The kill -9 campaign
    // runs it as a member's app doing one long job (tst_killable.cpp).
    const QString instance = qEnvironmentVariable("DD_E2E_INSTANCE");
    auto test = instance == QLatin1String("second") ? makeSecondInstanceTest()
        : instance == QLatin1String("firstlook")    ? makeFirstLookTest()
        : instance == QLatin1String("killable")     ? makeKillableTest()
                                                    : makeWalletUiTest();
    return QTest::qExec(test.get(), argc, argv);
}
