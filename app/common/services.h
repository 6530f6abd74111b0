#pragma once

// The app's shared services as a feature's controller sees them. A controller takes the ones it
// needs by reference, so the composition root (AppContext) hands in the real ones and tests/app
// hands in fakes: the open DAO (ChainController), where its cache is (ChainSync), and the
// confirmation sheet (TransactionController).

#include "dao/daoprofile.h"
#include "dao/transactionrequester.h"

#include <QString>

#include <optional>

namespace dd::eth {
class JsonRpcClient;
}

namespace dd::app {

class TransactionRequest;

// The DAO the app has open, and its node.
class OpenDao {
public:
    virtual ~OpenDao() = default;
    virtual const std::optional<dao::DaoProfile> &profile() const = 0; // none: no DAO is open
    virtual eth::JsonRpcClient *client() const = 0; // null until connected; lives on the sync thread
    virtual QString tokenSymbol() const = 0; // "DATA", once the node has said
};

// Where the chain sync keeps the open DAO's cache (SQLite, read with a connection of one's own).
class DaoCache {
public:
    virtual ~DaoCache() = default;
    virtual QString cachePath() const = 0; // empty: nothing synced yet
};

// The confirmation sheet: shows an ask to the member, who confirms or declines it. The request
// is the caller's to watch (mined, failed); the sheet owns it.
class Sheet {
public:
    virtual ~Sheet() = default;
    virtual TransactionRequest *ask(const dao::TransactionAsk &ask) = 0;
};

} // namespace dd::app
