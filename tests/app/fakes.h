#pragma once

// Fakes of the app's shared services (app/common/services.h) for tests/app: a DAO that is open
// without a node, a cache that is where a test puts it, a sheet that records what it was asked
// instead of showing it, a tracker that settles what the test says, a pinning service whose
// token stays sealed, and a requester (a core workflow's way to ask) that answers as the test
// says.

#include "common/services.h"
#include "transactions/transactionrequest.h"

#include "../unit/testaddress.h"
#include "common/executor.h"
#include "crypto/address.h"
#include "dao/transactionjournal.h"
#include "dao/transactionrequester.h"
#include "dao/transactiontracker.h"
#include "dao/walletservice.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>

namespace dd::test {

// The slots a fake service was given, run while their receiver lives (as a Qt connection does).
class Listeners {
public:
    void add(QObject *receiver, std::function<void()> slot) { m_slots.append({receiver, std::move(slot)}); }
    void notify()
    {
        for (const auto &[receiver, slot] : m_slots)
            if (receiver)
                slot();
    }

private:
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_slots;
};

class FakeDao : public app::OpenDao {
public:
    std::optional<dao::DaoProfile> openDao;
    QString symbol = QStringLiteral("DATA");
    Listeners profileListeners;

    // Opens another DAO (or none), as the chain controller does.
    void open(std::optional<dao::DaoProfile> profile)
    {
        openDao = std::move(profile);
        profileListeners.notify();
    }

    const std::optional<dao::DaoProfile> &profile() const override { return openDao; }
    eth::JsonRpcClient *client() const override { return nullptr; } // no node in these tests
    QString tokenSymbol() const override { return symbol; }
    void whenProfileChanges(QObject *receiver, std::function<void()> slot) override
    {
        profileListeners.add(receiver, std::move(slot));
    }
};

class FakeCache : public app::DaoCache {
public:
    QString path;
    int syncs = 0; // how often a controller asked to read the chain now
    Listeners cacheListeners;

    // The chain sync wrote the cache (or moved it): listeners read again.
    void changed(QString newPath)
    {
        path = std::move(newPath);
        cacheListeners.notify();
    }

    QString cachePath() const override { return path; }
    void syncNow() override { ++syncs; }
    void whenCacheChanges(QObject *receiver, std::function<void()> slot) override
    {
        cacheListeners.add(receiver, std::move(slot));
    }
};

class FakeSheet : public QObject, public app::Sheet {
public:
    QList<dao::TransactionAsk> asked;
    QList<app::SignatureAsk> signatures;
    QStringList refusals;

    app::TransactionRequest *ask(const dao::TransactionAsk &ask) override
    {
        asked.append(ask);
        return new app::TransactionRequest(ask, this);
    }
    app::TransactionRequest *askSignature(const app::SignatureAsk &ask) override
    {
        signatures.append(ask);
        return new app::TransactionRequest(dao::TransactionAsk {}, this);
    }
    void refuse(const QString &message) override { refusals.append(message); }
};

class FakeWatch : public app::TransactionWatch {
public:
    int checks = 0;
    QList<std::pair<QPointer<QObject>, std::function<void(const dao::TrackedChange &)>>> listeners;

    // The tracker wrote this change to the journal.
    void settle(const dao::TrackedChange &change)
    {
        for (const auto &[receiver, slot] : listeners)
            if (receiver)
                slot(change);
    }

    void checkNow() override { ++checks; }
    void whenSettled(QObject *receiver, std::function<void(const dao::TrackedChange &)> slot) override
    {
        listeners.append({receiver, std::move(slot)});
    }
};

class FakePinning : public app::RemotePinning {
public:
    QString service; // an endpoint: configured
    QString clientError = QStringLiteral("Unlock the account that sealed the pinning token.");

    bool configured() const override { return !service.isEmpty(); }
    QString endpoint() const override { return service; }
    Result<storage::PinningServiceClient> client() const override
    {
        return Result<storage::PinningServiceClient>::failure(clientError);
    }
};

// A core workflow's requester (dao::TransactionRequester) that records each ask and declines
// it, as a member who presses Decline. Workflows call it on a worker thread.
class FakeRequester : public dao::TransactionRequester {
public:
    QList<dao::TransactionAsk> asked() const
    {
        QMutexLocker lock(&m_mutex);
        return m_asked;
    }

    Result<eth::Receipt> send(const dao::TransactionAsk &ask, const std::atomic_bool * = nullptr) override
    {
        QMutexLocker lock(&m_mutex);
        m_asked.append(ask);
        return Result<eth::Receipt>::failure(QStringLiteral("Declined."), ErrorCode::Cancelled);
    }

private:
    mutable QMutex m_mutex;
    QList<dao::TransactionAsk> m_asked;
};

// The local services a controller test uses for real, in a temporary folder: the executor, the
// wallet (a fast scrypt; the app uses n=2^18) and the journal (opened by the test, to check it).
struct LocalServices {
    QTemporaryDir dir;
    Executor executor;
    dao::WalletService wallet {executor, dir.filePath(QStringLiteral("keystore"))};
    dao::TransactionJournal journal {dir.filePath(QStringLiteral("local.sqlite"))};

    LocalServices() { wallet.setScryptParams({1024, 8, 1}); }
    ~LocalServices() { executor.shutdown(std::chrono::seconds(5)); } // before what its tasks use goes
};

// A DAO profile with made-up contract addresses: enough to build its calls.
dao::DaoProfile testProfile();
// testProfile() with its node on a port where nothing listens, saved as `name` in dir: the path.
QString writeDeadNodeProfile(const QTemporaryDir &dir, const QString &name);

} // namespace dd::test
