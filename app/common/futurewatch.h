#pragma once

// Runs a callback on the receiver's (GUI) thread when a QFuture finishes; the future's work
// itself stays on the worker pool. The watcher deletes itself.

#include <QFutureWatcher>
#include <QObject>

#include <utility>

namespace dd::app {

template <typename T, typename Callback> void onFinished(QObject *receiver, QFuture<T> future, Callback callback)
{
    auto *watcher = new QFutureWatcher<T>(receiver);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, receiver, [watcher, cb = std::move(callback)]() mutable {
        cb(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(std::move(future));
}

} // namespace dd::app
