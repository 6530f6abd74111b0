#pragma once

// The app's shared services as a feature's controller sees them. A controller takes the ones it
// needs by reference, so the composition root (AppContext) hands in the real ones and tests/app
// hands in fakes: the open DAO (ChainController), where its cache is (ChainSync), the
// confirmation sheet (TransactionController), the tracker of sent transactions
// (TransactionTracking) and the member's remote pinning service (PinningController).
//
// A service tells of a change through whenX(receiver, slot): the slot runs on the receiver's
// thread for as long as the receiver lives, as a Qt connection does. An interface cannot carry
// Qt signals (a controller is one QObject already), and a callback keeps fakes plain classes.

#include "dao/daoprofile.h"
#include "dao/transactionrequester.h"
#include "storage/pinningservice.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace dd::eth {
class JsonRpcClient;
}

namespace dd::dao {
struct TrackedChange;
}

namespace dd::app {

class TransactionRequest;
struct SignatureAsk;

// The DAO the app has open, and its node.
class OpenDao {
public:
    virtual ~OpenDao() = default;
    virtual const std::optional<dao::DaoProfile> &profile() const = 0; // none: no DAO is open
    virtual eth::JsonRpcClient *client() const = 0; // null until connected; lives on the sync thread
    virtual QString tokenSymbol() const = 0; // "DATA", once the node has said
    // Another DAO was opened (or the one open failed to open again).
    virtual void whenProfileChanges(QObject *receiver, std::function<void()> slot) = 0;
};

// Where the chain sync keeps the open DAO's cache (SQLite, read with a connection of one's own).
class DaoCache {
public:
    virtual ~DaoCache() = default;
    virtual QString cachePath() const = 0; // empty: nothing synced yet
    // Reads the chain now rather than at the next block (after one's own transaction landed).
    virtual void syncNow() = 0;
    // The cache file changed (another DAO) or its content did.
    virtual void whenCacheChanges(QObject *receiver, std::function<void()> slot) = 0;
};

// The confirmation sheet: shows an ask to the member, who confirms or declines it. The request
// is the caller's to watch (mined, failed); the sheet owns it.
class Sheet {
public:
    virtual ~Sheet() = default;
    virtual TransactionRequest *ask(const dao::TransactionAsk &ask) = 0;
    // A signature that sends nothing (a vote signed to be sent later).
    virtual TransactionRequest *askSignature(const SignatureAsk &ask) = 0;
    // Shows why an action cannot be asked for at all.
    virtual void refuse(const QString &message) = 0;
};

// Where the end of a sent transaction is learnt: the journal's tracker, once per block.
class TransactionWatch {
public:
    virtual ~TransactionWatch() = default;
    // Checks now rather than at the next block (a transaction was just sent).
    virtual void checkNow() = 0;
    // Each change the tracker wrote to the journal (mined ones carry their receipt).
    virtual void whenSettled(QObject *receiver, std::function<void(const dao::TrackedChange &)> slot) = 0;
};

// The remote pinning service the member set up in Settings, if any (IPFS Pinning Service API).
class RemotePinning {
public:
    virtual ~RemotePinning() = default;
    virtual bool configured() const = 0;
    virtual QString endpoint() const = 0;
    // A client with the token unsealed (the sealing account must be unlocked), or why not.
    virtual Result<storage::PinningServiceClient> client() const = 0;
};

} // namespace dd::app
