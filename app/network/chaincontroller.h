#pragma once

// ChainController: the DAO profile the app is connected to, the node's health, and every
// account's balances (native, token, voting power, delegate). The JSON-RPC client lives on the
// sync thread; this object, on the GUI thread, only starts requests and takes in their answers.

#include "common/executor.h"
#include "common/services.h"
#include "dao/daodeployer.h"
#include "dao/daoprofile.h"
#include "eth/jsonrpcclient.h"

#include <QObject>
#include <QThread>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dd::dao {
class WalletService;
}

namespace dd::app {

class ChainController : public QObject, public OpenDao {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hasProfile READ hasProfile NOTIFY profileChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY profileChanged)
    Q_PROPERTY(QString profilePath READ profilePath NOTIFY profileChanged)
    Q_PROPERTY(QString profileError READ profileError NOTIFY profileChanged)
    Q_PROPERTY(QString chainId READ chainId NOTIFY profileChanged)
    Q_PROPERTY(QStringList rpcUrls READ rpcUrls NOTIFY profileChanged)
    Q_PROPERTY(QString tokenAddress READ tokenAddress NOTIFY profileChanged)
    Q_PROPERTY(QString governorAddress READ governorAddress NOTIFY profileChanged)
    Q_PROPERTY(QString timelockAddress READ timelockAddress NOTIFY profileChanged)
    Q_PROPERTY(QString tokenSymbol READ tokenSymbol NOTIFY statusChanged)
    Q_PROPERTY(bool connected READ connected NOTIFY statusChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    Q_PROPERTY(qint64 blockNumber READ blockNumber NOTIFY statusChanged)
    Q_PROPERTY(QVariantMap balances READ balances NOTIFY balancesChanged)
    Q_PROPERTY(bool discovering READ discovering NOTIFY discoveringChanged)
public:
    // profilesDirectory: where profiles of networks added by hand are saved.
    ChainController(
        Executor &executor, dao::WalletService &wallet, QString profilesDirectory, QObject *parent = nullptr);
    ~ChainController() override;
    static ChainController *create(QQmlEngine *, QJSEngine *);

    // Opens a DAO profile file; on failure the previous profile stays and profileError says why.
    // Reads the profile off the GUI thread; profileChanged tells when it is open, or profileError
    // why not.
    Q_INVOKABLE void openProfile(const QString &pathOrUrl);
    Q_INVOKABLE void refresh();
    // Adds a DAO by its node(s) (one URL per line or comma-separated) and governor address:
    // token, timelock and deployment block are discovered from the governor, off the GUI thread.
    Q_INVOKABLE void addNetwork(const QString &rpcUrls, const QString &governor);

    bool hasProfile() const { return m_profile.has_value(); }
    // For the transaction controller: the open profile and its client (on the sync thread).
    const std::optional<dao::DaoProfile> &profile() const override { return m_profile; }
    eth::JsonRpcClient *client() const override { return m_client; }
    void whenProfileChanges(QObject *receiver, std::function<void()> slot) override
    {
        connect(this, &ChainController::profileChanged, receiver, std::move(slot));
    }
    QString profileName() const { return m_profile ? m_profile->name : QString(); }
    QString profilePath() const { return m_profilePath; }
    QString profileError() const { return m_profileError; }
    QString chainId() const { return m_profile ? QString::number(m_profile->chainId) : QString(); }
    QStringList rpcUrls() const;
    QString tokenAddress() const { return m_profile ? m_profile->token.toChecksumString() : QString(); }
    QString governorAddress() const { return m_profile ? m_profile->governor.toChecksumString() : QString(); }
    QString timelockAddress() const { return m_profile ? m_profile->timelock.toChecksumString() : QString(); }
    QString tokenSymbol() const override { return m_tokenSymbol; }
    bool connected() const { return m_connected; }
    QString statusText() const { return m_statusText; }
    qint64 blockNumber() const { return m_blockNumber; }
    QVariantMap balances() const { return m_balances; }
    bool discovering() const { return m_discovering; }

signals:
    void profileChanged();
    void statusChanged();
    void balancesChanged();
    void discoveringChanged();
    void networkAdded(const QString &name);
    void networkFailed(const QString &message);

private:
    bool applyProfile(const QString &path, const dao::DaoProfile &profile);
    void connectClient();
    void takeBalances(const QStringList &addresses, const Result<QList<Result<QJsonValue>>> &answers);

    Executor &m_executor;
    Executor::Sequence m_profileReads;
    dao::WalletService &m_wallet;
    std::optional<dao::DaoProfile> m_profile;
    std::optional<dao::DaoAbis> m_abis;
    QString m_profilePath;
    QString m_profileError;
    QThread m_syncThread;
    eth::JsonRpcClient *m_client = nullptr; // lives on m_syncThread
    // Clients of earlier profiles: a transaction being prepared may still use one, so they are
    // deleted only when the controller goes (after the worker pool is drained).
    QList<eth::JsonRpcClient *> m_retiredClients;
    QTimer m_pollTimer;
    bool m_refreshing = false;
    bool m_connected = false;
    QString m_statusText;
    qint64 m_blockNumber = -1;
    QString m_tokenSymbol;
    QVariantMap m_balances;
    QString m_profilesDirectory;
    bool m_discovering = false;
};

} // namespace dd::app
