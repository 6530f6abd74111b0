#pragma once

// One running app as main() starts it: its context on a data folder, then the real Main.qml in
// a window, driven by a UiDriver. The end-to-end tests start, end and restart apps with it, and
// a second app instance in a process of its own uses it too.

#include "uidriver.h"

#include "appcontext.h"

#include <QQmlApplicationEngine>
#include <QVariantMap>

#include <memory>

namespace dd::test {

struct RunningApp {
    std::unique_ptr<app::AppContext> context;
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<UiDriver> ui;

    // restart: opens the profile given, else the DAO opened last, as main() does; otherwise
    // none. A window that does not come up fails the current test.
    void start(const QString &dataDir, bool restart, const QString &profile = {});
    void stop(); // the window, then the engine, then the context

    int accountCount() const;
    QVariantMap account(int row) const;
    bool dialogOpen(const QString &name) const;
    QString noticeText(const QString &name) const;
    // Picks the account with this address in the account box named box.
    void chooseAccount(const QString &box, const QString &address) const;
};

} // namespace dd::test
