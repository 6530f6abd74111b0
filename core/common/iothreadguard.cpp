#include "common/iothreadguard.h"

#include "common/logging.h"

#include <QThread>

#include <atomic>
#include <mutex>

namespace dd {

namespace {

constexpr qsizetype kMaxRecorded = 64;

std::atomic<QThread *> g_forbidden {nullptr};
std::mutex g_mutex;
QStringList g_recorded; // guarded by g_mutex

} // namespace

void IoThreadGuard::forbid(QThread *thread)
{
    g_forbidden.store(thread);
}

void IoThreadGuard::note(const char *what)
{
    QThread *forbidden = g_forbidden.load();
    if (!forbidden || QThread::currentThread() != forbidden)
        return;
    qCWarning(lcExecutor) << "file or SQLite work on the GUI thread:" << what;
    std::lock_guard lock(g_mutex);
    if (g_recorded.size() < kMaxRecorded)
        g_recorded.append(QString::fromUtf8(what));
}

QStringList IoThreadGuard::recorded()
{
    std::lock_guard lock(g_mutex);
    return g_recorded;
}

void IoThreadGuard::clear()
{
    std::lock_guard lock(g_mutex);
    g_recorded.clear();
}

} // namespace dd
