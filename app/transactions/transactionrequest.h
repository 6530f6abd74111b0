#pragma once

// TransactionRequest: one transaction asked of the confirmation sheet. Its caller keeps it and
// hears how it ended, exactly once: mined (with its receipt), or failed (declined, refused by the
// simulation, not sent, reverted) in words. Nothing reads the sheet's stage to find that out.
// The controller deletes it later once it has ended: connect to it when it is handed out.

#include "dao/transactionrequester.h"

#include <QObject>

#include <optional>

namespace dd::app {

class TransactionRequest : public QObject {
    Q_OBJECT
public:
    explicit TransactionRequest(dao::TransactionAsk ask, QObject *parent = nullptr)
        : QObject(parent), m_ask(std::move(ask))
    {
    }
    const dao::TransactionAsk &ask() const { return m_ask; }
    bool ended() const { return m_ended; }
    // Set when the transaction sends a kept signed vote: marked sent once it is in the journal.
    std::optional<qint64> relayVoteId;

    // By the controller.
    void finish(const eth::Receipt &receipt);
    void fail(const QString &message);

signals:
    void mined(const dd::eth::Receipt &receipt);
    void failed(const QString &message);

private:
    dao::TransactionAsk m_ask;
    bool m_ended = false;
};

} // namespace dd::app
