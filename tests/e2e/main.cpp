// End-to-end tests: the real Main.qml on the real core, driven offscreen.

#include <QGuiApplication>
#include <QQuickStyle>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(DataDaoBridgePlugin)
Q_IMPORT_QML_PLUGIN(DataDaoPlugin)

std::unique_ptr<QObject> makeWalletUiTest();

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    auto test = makeWalletUiTest();
    return QTest::qExec(test.get(), argc, argv);
}
