#include "testregistry.h"

#include "common/executor.h"
#include "common/iothreadguard.h"
#include "dao/daoprofile.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using dd::Executor;

class TestExecutor : public QObject {
    Q_OBJECT
private slots:
    void deliversOnTheReceiversThread()
    {
        Executor executor;
        QObject receiver;
        QThread *workerThread = nullptr;
        QThread *doneThread = nullptr;
        int value = 0;
        QVERIFY(executor.submit(
            &receiver,
            [&workerThread] {
                workerThread = QThread::currentThread();
                return 42;
            },
            [&](int v) {
                doneThread = QThread::currentThread();
                value = v;
            }));
        QTRY_COMPARE(value, 42);
        QVERIFY(workerThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
    }

    // Workflows blocked on the member (here: on a semaphore, as on the sheet) fill their own lane,
    // and ordinary work still runs: the sheet's preparation is never starved by those waiting on it.
    void waitingWorkflowsLeaveThePoolFree()
    {
        Executor executor(2);
        QObject receiver;
        QSemaphore answer;
        int answered = 0;
        for (int i = 0; i < Executor::kWorkflowThreads + 2; ++i)
            QVERIFY(executor.submitWorkflow(
                &receiver,
                [&answer] {
                    answer.acquire();
                    return 1;
                },
                [&answered](int) { ++answered; }));
        int read = 0;
        for (int i = 0; i < 4; ++i)
            QVERIFY(executor.submit(
                &receiver, [] { return 1; }, [&read](int v) { read += v; }));
        QTRY_COMPARE(read, 4);
        QCOMPARE(answered, 0);
        answer.release(Executor::kWorkflowThreads + 2); // the member answers every one
        QTRY_COMPARE(answered, Executor::kWorkflowThreads + 2);
    }

    void nothingReachesAReceiverThatIsGone()
    {
        Executor executor;
        auto *receiver = new QObject;
        QSemaphore release;
        std::atomic<bool> workEnded = false;
        bool delivered = false;
        QVERIFY(executor.submit(
            receiver,
            [&] {
                release.acquire();
                workEnded = true;
                return 1;
            },
            [&](int) { delivered = true; }));
        delete receiver;
        release.release();
        QTRY_VERIFY(workEnded.load());
        executor.waitForIdle();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void aSequenceKeepsOrderWithoutOverlap()
    {
        Executor executor;
        Executor::Sequence sequence(executor);
        QList<int> order;
        std::atomic<int> running = 0;
        std::atomic<int> mostAtOnce = 0;
        std::mutex orderLock;
        for (int i = 0; i < 40; ++i) {
            QVERIFY(sequence.post([&, i] {
                mostAtOnce = std::max(mostAtOnce.load(), ++running);
                QThread::usleep(200);
                {
                    std::lock_guard lock(orderLock);
                    order.append(i);
                }
                --running;
            }));
        }
        sequence.waitForIdle();
        QCOMPARE(order.size(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(order.at(i), i);
        QCOMPARE(mostAtOnce.load(), 1);
    }

    void shutdownWaitsABoundedTimeAndThenDeliversNothing()
    {
        auto executor = std::make_unique<Executor>();
        QObject receiver;
        auto release = std::make_shared<QSemaphore>();
        auto ended = std::make_shared<std::atomic<bool>>(false);
        bool delivered = false;
        QVERIFY(executor->submit(
            &receiver,
            [release, ended] {
                release->acquire();
                *ended = true;
                return 1;
            },
            [&](int) { delivered = true; }));
        // Stuck work: shutdown gives up after its grace instead of waiting for it.
        QVERIFY(!executor->shutdown(std::chrono::milliseconds(50)));
        QVERIFY(!executor->isOpen());
        QVERIFY(!executor->submit(
            &receiver, [] { return 2; }, [&](int) { delivered = true; }));
        executor.reset(); // the executor goes; its stuck task holds only what it shares
        release->release();
        QTRY_VERIFY(ended->load());
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void shutdownReportsDrainedWork()
    {
        Executor executor;
        QObject receiver;
        std::atomic<int> ran = 0;
        for (int i = 0; i < 8; ++i)
            executor.submit(
                &receiver, [&ran] { return ++ran; }, [](int) {});
        QVERIFY(executor.shutdown());
        QCOMPARE(ran.load(), 8);
    }
};

// The GUI-thread I/O guard the end-to-end run relies on: it records file work on the named
// thread only, and nothing once no thread is named.
class TestIoThreadGuard : public QObject {
    Q_OBJECT
private slots:
    void recordsOnlyTheNamedThread()
    {
        dd::IoThreadGuard::clear();
        dd::IoThreadGuard::forbid(QThread::currentThread());
        // A real helper: reading a profile is file work wherever it runs.
        QVERIFY(!dd::dao::DaoProfile::load(QStringLiteral("/nonexistent/profile.json")));
        Executor executor;
        executor.run([] { return dd::dao::DaoProfile::load(QStringLiteral("/nonexistent/profile.json")).ok(); })
            .waitForFinished();
        QCOMPARE(dd::IoThreadGuard::recorded(), QStringList {QStringLiteral("profile read")});
        dd::IoThreadGuard::forbid(nullptr);
        dd::IoThreadGuard::note("after");
        QCOMPARE(dd::IoThreadGuard::recorded().size(), 1);
        dd::IoThreadGuard::clear();
        QVERIFY(dd::IoThreadGuard::recorded().isEmpty());
    }
};

DD_REGISTER_TEST(TestExecutor);
DD_REGISTER_TEST(TestIoThreadGuard);
#include "tst_executor.moc"
