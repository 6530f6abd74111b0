#pragma once

// TransactionSigner: what signs for the TransactionService. In the app it is the wallet (an
// unlocked account's key); in datadao-cli, the key the command line named.

#include "common/result.h"
#include "crypto/address.h"
#include "eth/transaction.h"

#include <QByteArray>

namespace dd::dao {

class TransactionSigner {
public:
    virtual ~TransactionSigner() = default;
    // The signed raw transaction, or why `from` cannot sign now (locked, not this key), in words.
    // Called on a worker thread.
    virtual Result<QByteArray> signTransaction(const crypto::Address &from, const eth::Transaction &transaction) = 0;
};

} // namespace dd::dao
