#pragma once

// PinningController: the remote pinning service a member may add in Settings (any service of
// the IPFS Pinning Service API: its endpoint and access token). Published datasets are then
// also pinned there. The token is a secret: it is sealed (AES-256-GCM) with a key derived from
// one of the member's accounts and kept, with the endpoint, in pinning.json (mode 0600, written
// atomically); never in QSettings, never in a log. Using it needs that account unlocked.

#include "common/executor.h"
#include "common/result.h"
#include "common/services.h"
#include "dao/walletservice.h"
#include "storage/pinningservice.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class PinningController : public QObject, public RemotePinning {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool configured READ configured NOTIFY changed)
    Q_PROPERTY(QString endpoint READ endpoint NOTIFY changed)
    Q_PROPERTY(QString account READ account NOTIFY changed) // whose key seals the token
public:
    PinningController(Executor &executor, dao::WalletService &wallet, QString file, QObject *parent = nullptr);
    static PinningController *create(QQmlEngine *, QJSEngine *);

    bool configured() const override { return m_service.endpoint.isValid() && !m_service.sealedToken.isEmpty(); }
    QString endpoint() const override { return m_service.endpoint.toString(); }
    QString account() const { return m_service.account.isZero() ? QString() : m_service.account.toChecksumString(); }

    // Seals the token with the (unlocked) account's key and keeps it. Problems come back as
    // words and nothing is kept; "" when the file is being written (off the GUI thread: it is
    // synced to disk), and saved() follows.
    Q_INVOKABLE QString save(const QString &endpoint, const QString &token, const QString &account);
    Q_INVOKABLE void remove();

    // A client with the token unsealed (the sealing account must be unlocked).
    Result<storage::PinningServiceClient> client() const override;

signals:
    void changed();
    void saved(const QString &error); // "" once pinning.json holds the new service

private:
    void load();

    dao::WalletService &m_wallet;
    QString m_file;
    // What pinning.json holds.
    struct Service {
        QUrl endpoint;
        crypto::Address account; // whose key seals the token
        QByteArray sealedToken;
    };
    Service m_service;
    Executor::Sequence m_writing; // saves and removals reach the file in order
    int m_generation = 0; // a removal outdates a save still being written
};

} // namespace dd::app
