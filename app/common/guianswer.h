#pragma once

// GuiAnswer: how a core workflow, blocked on a worker thread, waits for something that happens
// on the GUI thread (the member confirms the sheet, the transfer queue finishes an upload). The
// GUI side gives the answer once; the worker waits for it, and stops waiting when its cancel
// flag is set (closing the window sets it, so the GUI thread never waits on a worker that waits
// on the GUI thread). Shared by both sides through a shared_ptr: either may go first.

#include <QMutex>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace dd::app {

template <typename T> class GuiAnswer {
public:
    // From any thread; only the first answer counts.
    void give(T value)
    {
        QMutexLocker lock(&m_mutex);
        if (m_value)
            return;
        m_value = std::move(value);
        m_ready.wakeAll();
    }

    // The answer, or nullopt once either flag is set before it came (the workflow's cancel, the
    // app closing).
    std::optional<T> wait(const std::atomic_bool *cancel, const std::atomic_bool *closing = nullptr)
    {
        QMutexLocker lock(&m_mutex);
        while (!m_value) {
            if ((cancel && *cancel) || (closing && *closing))
                return std::nullopt;
            m_ready.wait(&m_mutex, 100); // cancel is a plain flag: look at it now and then
        }
        return m_value;
    }

private:
    QMutex m_mutex;
    QWaitCondition m_ready;
    std::optional<T> m_value;
};

} // namespace dd::app
