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

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    // The datasets test starts this program a second time, as another member's app beside it.
    auto test = qEnvironmentVariable("DD_E2E_INSTANCE") == QLatin1String("second") ? makeSecondInstanceTest()
                                                                                   : makeWalletUiTest();
    return QTest::qExec(test.get(), argc, argv);
}
