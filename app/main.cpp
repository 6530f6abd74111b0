// datadao: the DataDAO Desktop window. Takes its data directory from the command line so a
// test or a second profile can point it elsewhere.

#include "appcontext.h"
#include "governance/governancecontroller.h"
#include "governance/proposallistmodel.h"

#include "common/allocator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

Q_IMPORT_QML_PLUGIN(DataDaoBridgePlugin)
Q_IMPORT_QML_PLUGIN(DataDaoPlugin)

namespace {

// Peak resident memory (VmHWM) in MiB, and how long ago the kernel started this process.
double peakRssMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 overall: starttime
    const double upSeconds = uptime.readAll().split(' ').value(0).toDouble();
    return (upSeconds - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

// --startup-report: opens Governance, waits for the first frame that shows the cached proposal
// list, prints how long that took and the peak memory, and quits. tests/bench uses it.
void reportStartup(QQmlApplicationEngine &engine, dd::app::AppContext &context, const QElapsedTimer &sinceMain)
{
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return;
    QMetaObject::invokeMethod(window, "showSection", Q_ARG(QVariant, QStringLiteral("governance")));
    auto *proposals = context.governanceController()->proposals();
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [window, proposals, &sinceMain] {
        static bool reported = false;
        if (reported || proposals->rowCount() == 0)
            return;
        reported = true;
        QTextStream(stdout) << "startup: first frame with " << proposals->rowCount() << " proposals listed after "
                            << sinceMain.elapsed() << " ms since main(), " << qRound(processAgeMs())
                            << " ms since exec; peak RSS " << QString::number(peakRssMiB(), 'f', 1) << " MiB\n";
        QTimer::singleShot(0, window, [] { QCoreApplication::quit(); });
    });
    // A frame is drawn only when something changed: ask for one when the list fills.
    QObject::connect(proposals, &QAbstractItemModel::modelReset, window, &QQuickWindow::requestUpdate);
    QObject::connect(proposals, &QAbstractItemModel::rowsInserted, window, &QQuickWindow::requestUpdate);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    dd::keepLargeBuffersForReuse();
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("DataDAO"));
    QGuiApplication::setApplicationName(QStringLiteral("DataDAO Desktop"));
    QGuiApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    // Desktops match the window to its entry (and icon): resources/desktop/org.datadao.Desktop.desktop.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.datadao.Desktop"));

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
    QCommandLineOption startupReport(QStringLiteral("startup-report"),
        QStringLiteral("Open Governance, print the time to the first frame with the proposal list and the peak "
                       "memory, then quit."));
    parser.addOption(startupReport);
    parser.process(app);

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    dd::app::AppContext context(parser.value(dataDir));
    QQmlApplicationEngine engine;
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    // The window loads once the settings, accounts and journal are read (on the executor).
    context.start(dd::app::AppContext::InitialProfile::RequestedOrLast, parser.value(profile), [&] {
        context.attachEngine(&engine);
        engine.load(QUrl(QStringLiteral("qrc:/DataDao/Main.qml")));
        if (parser.isSet(startupReport))
            reportStartup(engine, context, sinceMain);
    });
    const int code = app.exec();
    if (!context.close()) {
        // Background work outlived the grace: end now rather than tear down what it still uses.
        // What it writes is crash-safe (SQLite's journal, atomic file writes), as after a kill.
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}
