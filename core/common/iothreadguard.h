#pragma once

// IoThreadGuard: catches file and SQLite work on a thread that must not block (the GUI thread).
// The app names that thread once its window is up; the helpers that open SQLite connections,
// read and write state files call IoThreadGuard::note(what). A call on the named thread is
// recorded (and logged), never refused: the app keeps working, and the end-to-end run fails on
// any record. Nothing is recorded while no thread is named (the command-line tools, startup).

#include <QString>
#include <QStringList>

class QThread;

namespace dd {

class IoThreadGuard {
public:
    static void forbid(QThread *thread); // nullptr: no thread is watched
    static void note(const char *what);
    // The operations recorded so far (at most the first 64), and forgetting them.
    static QStringList recorded();
    static void clear();
};

} // namespace dd
