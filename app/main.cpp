// datadao: the DataDAO Desktop window. Takes its data directory from the command line so a
// test or a second profile can point it elsewhere.

#include "appcontext.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(DataDaoBridgePlugin)
Q_IMPORT_QML_PLUGIN(DataDaoPlugin)

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("DataDAO"));
    QGuiApplication::setApplicationName(QStringLiteral("DataDAO Desktop"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("DataDAO Desktop"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Where keys, cache and settings live."),
        QStringLiteral("dir"), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    parser.addOption(dataDir);
    QCommandLineOption profile(QStringLiteral("profile"),
        QStringLiteral("A DAO profile (JSON) to open, e.g. the one `datadao-cli devnet up` writes."),
        QStringLiteral("file"));
    parser.addOption(profile);
    parser.process(app);

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    dd::app::AppContext context(parser.value(dataDir));
    context.openInitialProfile(parser.value(profile));
    QQmlApplicationEngine engine;
    context.attachEngine(&engine);
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/DataDao/Main.qml")));
    return app.exec();
}
