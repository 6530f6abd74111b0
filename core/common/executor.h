#pragma once

// Executor: the one bounded pool for background work (network, SQLite, files, KDFs). The GUI
// never waits on such work; it submits it with a receiver and a completion:
//
//     executor.submit(this, [path] { return readSomething(path); },
//         [this](const Result<Thing> &thing) { show(thing); });
//
// The work runs on a pool thread and must capture values, never the receiver; the completion
// runs on the receiver's thread, and only while the receiver lives and the executor is open.
// A Sequence runs its tasks one at a time, in the order given (a state file written in order).
// A workflow that waits on the member (blocked until the confirmation sheet is answered) is
// submitted with submitWorkflow: it runs on threads of its own, so however many wait, the
// threads the sheet's own preparation and the cache reads need are never all taken.
// shutdown() refuses new work and waits a bounded time for what runs: closing the window never
// waits longer than kCloseGrace. Work still running after that is left to the process's end;
// everything it writes is crash-safe (SQLite's journal, QSaveFile), as after a kill.

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrentRun>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <type_traits>
#include <utility>

namespace dd {

class Executor {
public:
    static constexpr int kDefaultThreads = 4;
    static constexpr int kWorkflowThreads = 8; // workflows waiting on the sheet at once; more queue
    static constexpr std::chrono::milliseconds kCloseGrace {2000};

    explicit Executor(int threads = kDefaultThreads);
    ~Executor(); // shutdown(kCloseGrace) when that was not done yet
    Executor(const Executor &) = delete;
    Executor &operator=(const Executor &) = delete;

    class Sequence;

    // False (and nothing runs) once the executor is shut down.
    template <typename Work, typename Done> bool submit(QObject *receiver, Work work, Done done)
    {
        return enqueue(nullptr, wrap(receiver, std::move(work), std::move(done)));
    }

    // Work that may wait on the member for as long as the member takes (a purchase, a
    // publication: each transaction confirmed in the sheet).
    template <typename Work, typename Done> bool submitWorkflow(QObject *receiver, Work work, Done done)
    {
        if (!isOpen())
            return false;
        m_workflowPool->start(wrap(receiver, std::move(work), std::move(done)));
        return true;
    }

    // Work whose caller may also be a command-line tool waiting on it: the value comes back as
    // a future (watch it with onFinished, or take .result() off the GUI thread).
    template <typename Work> auto run(Work work) -> QFuture<std::invoke_result_t<Work>>
    {
        Q_ASSERT(m_pool); // not after shutdown()
        return QtConcurrent::run(m_pool, std::move(work));
    }

    // Refuses new work, then waits for what runs, at most `grace`. True when all of it ended.
    bool shutdown(std::chrono::milliseconds grace = kCloseGrace);
    // Waits for everything submitted so far (tests, and tools that end when their work does).
    void waitForIdle();
    bool isOpen() const;

private:
    // Shared with the tasks, so a task that outlives a shut-down executor touches nothing freed.
    struct Shared {
        mutable std::mutex mutex;
        bool open = true;
        QObject *postTarget = nullptr; // lives on the creating (GUI) thread; completions go there
    };

    template <typename Work, typename Done> std::function<void()> wrap(QObject *receiver, Work work, Done done)
    {
        using Value = std::invoke_result_t<Work>;
        static_assert(!std::is_reference_v<Value>, "background work returns a value, not a reference");
        Q_ASSERT(receiver && receiver->thread() == m_shared->postTarget->thread());
        struct Task {
            Work work;
            Done done;
        };
        auto task = std::make_shared<Task>(Task {std::move(work), std::move(done)});
        return [task, shared = m_shared, guard = QPointer<QObject>(receiver)]() {
            auto value = std::make_shared<Value>(task->work());
            std::lock_guard lock(shared->mutex);
            if (!shared->open)
                return;
            QMetaObject::invokeMethod(
                shared->postTarget,
                [task, shared, guard, value]() {
                    {
                        std::lock_guard stillOpen(shared->mutex);
                        if (!shared->open)
                            return;
                    }
                    if (guard) // checked on the receiver's thread, where it is deleted
                        task->done(std::move(*value));
                },
                Qt::QueuedConnection);
        };
    }

    bool enqueue(Sequence *sequence, std::function<void()> task);
    void startOnPool(std::function<void()> task);

    std::shared_ptr<Shared> m_shared;
    QThreadPool *m_pool; // deleted once drained; left to the process's end otherwise
    QThreadPool *m_workflowPool; // the same
    bool m_shutDown = false;
};

// Tasks that must not overlap or overtake each other: the state file of the transfer queue, a
// pending publication's record. They share the executor's threads.
class Executor::Sequence {
public:
    explicit Sequence(Executor &executor);
    ~Sequence(); // waits for its own tasks: what it was asked to write is written

    template <typename Work, typename Done> bool submit(QObject *receiver, Work work, Done done)
    {
        return m_executor.enqueue(this, m_executor.wrap(receiver, std::move(work), std::move(done)));
    }
    // A task whose end nobody waits for (a save, a removal).
    bool post(std::function<void()> task) { return m_executor.enqueue(this, std::move(task)); }
    void waitForIdle();

private:
    friend class Executor;
    struct Queue {
        std::mutex mutex;
        std::condition_variable idle;
        std::deque<std::function<void()>> tasks;
        bool running = false;
    };
    Executor &m_executor;
    std::shared_ptr<Queue> m_queue;
};

} // namespace dd
