#pragma once

// TransactionRequest: one thing asked of the confirmation sheet, a transaction or a signature
// only (a vote to send later). Its caller keeps it and hears how it ended, exactly once: mined
// (with its receipt), signed (with what became of the signature, in words), or failed (declined,
// refused by the simulation, not sent, reverted) in words. Nothing reads the sheet's stage to
// find that out. The controller deletes it later once it has ended: connect to it when it is
// handed out.

#include "common/result.h"
#include "dao/transactionrequester.h"

#include <QList>
#include <QObject>
#include <QPair>

#include <functional>
#include <optional>

namespace dd::app {

// What a signature commits to, in words, and how it is made.
struct PreparedSignature {
    QList<QPair<QString, QString>> details; // label, value: what is signed, in words
    // Run on the executor once confirmed: signs and keeps the signature; the words to show.
    std::function<Result<QString>()> sign;
};

// A signature the sheet asks the member to confirm: nothing is sent, no fee is paid. What is
// signed is read from the chain first (a nonce, a domain): prepare runs on the executor when the
// sheet comes to this ask, while the sheet says "Preparing" with the summary.
struct SignatureAsk {
    QString summary;
    std::function<Result<PreparedSignature>()> prepare;
};

class TransactionRequest : public QObject {
    Q_OBJECT
public:
    explicit TransactionRequest(dao::TransactionAsk ask, QObject *parent = nullptr)
        : QObject(parent), m_ask(std::move(ask))
    {
    }
    explicit TransactionRequest(SignatureAsk ask, QObject *parent = nullptr)
        : QObject(parent), m_signature(std::move(ask))
    {
        m_ask.summary = m_signature->summary;
    }
    const dao::TransactionAsk &ask() const { return m_ask; }
    // Set when only a signature is asked: ask() then holds its summary only.
    const std::optional<SignatureAsk> &signature() const { return m_signature; }
    bool ended() const { return m_ended; }

    // By the controller.
    void finish(const eth::Receipt &receipt);
    void finishSigned(const QString &words);
    void fail(const QString &message);

signals:
    void mined(const dd::eth::Receipt &receipt);
    void signedOnly(const QString &words);
    void failed(const QString &message);

private:
    bool end();

    dao::TransactionAsk m_ask;
    std::optional<SignatureAsk> m_signature;
    bool m_ended = false;
};

} // namespace dd::app
