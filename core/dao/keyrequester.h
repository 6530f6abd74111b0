#pragma once

// How a workflow's transactions are answered without a window: with keys held in memory (the
// keys datadao-cli was given, the devnet's development accounts), through the one
// TransactionService: simulated first (a revert is refused before anything is signed), the
// chain id checked, journaled before it is sent, followed to its receipt. No one is asked to
// confirm: whoever handed in the keys chose to send.

#include "common/result.h"
#include "crypto/privatekey.h"
#include "dao/daoprofile.h"
#include "dao/transactionjournal.h"
#include "dao/transactionrequester.h"
#include "dao/transactionservice.h"
#include "dao/transactionsigner.h"

#include <functional>

namespace dd::dao {

// Signs with whichever of its keys is the sender.
class KeySigner : public TransactionSigner {
public:
    explicit KeySigner(QList<crypto::PrivateKey> keys) : m_keys(std::move(keys)) { }
    Result<QByteArray> signTransaction(const crypto::Address &from, const eth::Transaction &transaction) override;

private:
    QList<crypto::PrivateKey> m_keys;
};

class KeyRequester : public TransactionRequester {
public:
    // Told of each transaction once prepared, before it is signed (the CLI prints it).
    using Announce = std::function<void(const PreparedTransaction &prepared)>;

    // profile: the chain the transactions must land on (its chain id) and the names the sheet's
    // words use; only its name and chain id are needed before the DAO's contracts exist.
    KeyRequester(eth::JsonRpcClient &client, const DaoProfile &profile, QList<crypto::PrivateKey> keys,
        const QString &journalFile, Announce announce = {});
    // Whether the journal opened; send() fails in words otherwise.
    Status open();
    Result<eth::Receipt> send(const TransactionAsk &ask, const std::atomic_bool *cancel = nullptr) override;

private:
    KeySigner m_signer;
    TransactionJournal m_journal;
    TransactionService m_service;
    KnownNames m_names; // the DAO's contracts and roles
    Announce m_announce;
    Status m_opened = Status::failure(QStringLiteral("The transaction journal is not open."));
};

} // namespace dd::dao
