#pragma once

// SheetRequester: the window's answer when a workflow in core/dao asks for a transaction. The
// request goes to the one confirmation sheet on the GUI thread (TransactionController::ask); the
// workflow's worker thread waits for the member's answer and the receipt, or gives up when its
// cancel flag is set (the request is withdrawn from the sheet then).

#include "dao/transactionrequester.h"

#include <QPointer>

#include <atomic>

namespace dd::app {

class TransactionController;

class SheetRequester : public dao::TransactionRequester {
public:
    explicit SheetRequester(TransactionController &controller) : m_controller(&controller) { }
    Result<eth::Receipt> send(const dao::TransactionAsk &ask, const std::atomic_bool *cancel = nullptr) override;
    // The app closes: every wait ends, and nothing more is asked.
    void close() { m_closing = true; }

private:
    std::atomic_bool m_closing = false;
    QPointer<TransactionController> m_controller; // gone first on shutdown: asks then fail
};

} // namespace dd::app
