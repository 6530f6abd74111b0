#include "runningapp.h"

#include "wallet/walletcontroller.h"

#include "common/iothreadguard.h"

#include <QTest>

namespace dd::test {

void RunningApp::start(const QString &dataDir, bool restart, const QString &profile)
{
    context = std::make_unique<app::AppContext>(dataDir);
    bool started = false;
    context->start(restart ? app::AppContext::InitialProfile::RequestedOrLast : app::AppContext::InitialProfile::None,
        profile, [&started] { started = true; });
    QVERIFY(QTest::qWaitFor([&started] { return started; }, 10000));
    engine = std::make_unique<QQmlApplicationEngine>();
    context->attachEngine(engine.get());
    engine->load(QUrl(QStringLiteral("qrc:/DataDao/Main.qml")));
    QCOMPARE(engine->rootObjects().size(), 1);
    auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().first());
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->requestActivate(); // after a restart the new window is not the active one by itself
    QVERIFY(QTest::qWaitForWindowActive(window));
    ui = std::make_unique<UiDriver>(window, QStringLiteral(DD_SCREENSHOT_DIR));
}

void RunningApp::stop()
{
    // While its window was up, the app did no file or SQLite work on the GUI thread.
    const QStringList io = IoThreadGuard::recorded();
    IoThreadGuard::clear();
    ui.reset();
    engine.reset();
    context.reset();
    QVERIFY2(io.isEmpty(), qPrintable(QStringLiteral("GUI-thread I/O: ") + io.join(QStringLiteral(", "))));
}

int RunningApp::accountCount() const
{
    return context->walletController()->accounts()->rowCount();
}

QVariantMap RunningApp::account(int row) const
{
    return context->walletController()->accounts()->get(row);
}

bool RunningApp::dialogOpen(const QString &name) const
{
    QObject *d = ui->find(name);
    return d && d->property("visible").toBool();
}

QString RunningApp::noticeText(const QString &name) const
{
    QObject *n = ui->find(name);
    return n ? n->property("text").toString() : QString();
}

void RunningApp::chooseAccount(const QString &box, const QString &address) const
{
    for (int i = 0; i < accountCount(); ++i)
        if (account(i).value(QStringLiteral("address")).toString() == address)
            ui->object(box)->setProperty("currentIndex", i);
}

} // namespace dd::test
