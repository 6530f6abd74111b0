#include "common/executor.h"

#include "common/logging.h"

#include <QDeadlineTimer>

#include <tuple>
#include <vector>

namespace dd {

Executor::Executor(int threads)
    : m_shared(std::make_shared<Shared>()), m_pool(new QThreadPool), m_workflowPool(new QThreadPool)
{
    m_pool->setMaxThreadCount(threads);
    m_workflowPool->setMaxThreadCount(kWorkflowThreads);
    m_shared->postTarget = new QObject;
}

Executor::~Executor()
{
    if (!m_shutDown)
        shutdown();
}

bool Executor::isOpen() const
{
    std::lock_guard lock(m_shared->mutex);
    return m_shared->open;
}

bool Executor::enqueue(Sequence *sequence, std::function<void()> task)
{
    if (!isOpen())
        return false;
    if (!sequence) {
        startOnPool(std::move(task));
        return true;
    }
    std::shared_ptr<Sequence::Queue> queue = sequence->m_queue;
    std::lock_guard lock(queue->mutex);
    queue->tasks.push_back(std::move(task));
    if (queue->running)
        return true; // the running drainer takes it after the ones before it
    queue->running = true;
    // One pool task drains the queue, so its tasks never overlap and keep their order.
    startOnPool([queue] {
        for (;;) {
            std::function<void()> next;
            {
                std::lock_guard taking(queue->mutex);
                if (queue->tasks.empty()) {
                    queue->running = false;
                    queue->idle.notify_all();
                    return;
                }
                next = std::move(queue->tasks.front());
                queue->tasks.pop_front();
            }
            next();
        }
    });
    return true;
}

void Executor::startOnPool(std::function<void()> task)
{
    m_pool->start(std::move(task));
}

bool Executor::shutdown(std::chrono::milliseconds grace)
{
    if (m_shutDown)
        return true;
    m_shutDown = true;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->open = false;
    }
    // Both pools share the grace: closing never waits longer than it.
    QDeadlineTimer deadline(grace);
    const bool drained = m_pool->waitForDone(int(deadline.remainingTime()))
        && m_workflowPool->waitForDone(int(std::max<qint64>(0, deadline.remainingTime())));
    if (drained) {
        delete m_pool;
        delete m_workflowPool;
        delete m_shared->postTarget;
        m_pool = nullptr;
        m_workflowPool = nullptr;
        return true;
    }
    // Its threads still run work that may end any moment: the pool and the object completions
    // were posted to stay until the process ends, held here so they are not leaks but kept on
    // purpose. What the work writes is crash-safe.
    // Never destroyed, not even by exit's static destructors: the threads may still use them.
    static std::mutex keptMutex;
    static auto *kept = new std::vector<std::tuple<QThreadPool *, QThreadPool *, QObject *>>;
    {
        std::lock_guard lock(keptMutex);
        kept->emplace_back(m_pool, m_workflowPool, m_shared->postTarget);
    }
    m_pool = nullptr;
    m_workflowPool = nullptr;
    qCWarning(lcExecutor) << "background work still running after" << grace.count() << "ms is left to end with the app";
    return false;
}

void Executor::waitForIdle()
{
    if (m_workflowPool)
        m_workflowPool->waitForDone();
    if (m_pool)
        m_pool->waitForDone();
}

Executor::Sequence::Sequence(Executor &executor) : m_executor(executor), m_queue(std::make_shared<Queue>())
{
}

Executor::Sequence::~Sequence()
{
    waitForIdle();
}

void Executor::Sequence::waitForIdle()
{
    std::unique_lock lock(m_queue->mutex);
    m_queue->idle.wait(lock, [this] { return !m_queue->running; });
}

} // namespace dd
