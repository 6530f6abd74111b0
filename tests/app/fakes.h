#pragma once

// Fakes of the app's shared services (app/common/services.h) for tests/app: a DAO that is open
// without a node, a cache that is where a test puts it, and a sheet that records what it was
// asked instead of showing it.

#include "common/services.h"
#include "transactions/transactionrequest.h"

#include <QList>
#include <QObject>

namespace dd::test {

class FakeDao : public app::OpenDao {
public:
    std::optional<dao::DaoProfile> openDao;
    QString symbol = QStringLiteral("DATA");

    const std::optional<dao::DaoProfile> &profile() const override { return openDao; }
    eth::JsonRpcClient *client() const override { return nullptr; } // no node in these tests
    QString tokenSymbol() const override { return symbol; }
};

class FakeCache : public app::DaoCache {
public:
    QString path;
    QString cachePath() const override { return path; }
};

class FakeSheet : public QObject, public app::Sheet {
public:
    QList<dao::TransactionAsk> asked;
    app::TransactionRequest *ask(const dao::TransactionAsk &ask) override
    {
        asked.append(ask);
        return new app::TransactionRequest(ask, this);
    }
};

// A DAO profile with made-up contract addresses: enough to build its calls.
dao::DaoProfile testProfile();

} // namespace dd::test
