#pragma once

// CurationNotifier: tells the member, once each, what curation did that concerns their accounts
// (a review or decision of a dataset they contributed, an appeal or challenge of one they
// reviewed), as a desktop notification and inside the window. Where the last look stood is
// remembered per DAO in the settings (not secret). It reads the cache off the GUI thread after
// each sync, whatever section is open.

#include "common/executor.h"
#include "common/services.h"
#include "dao/curationalerts.h"

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dd::dao {
class WalletService;
}

namespace dd::app {

class AppSettings;

class CurationNotifier : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    CurationNotifier(AppSettings &settings, Executor &executor, OpenDao &dao, DaoCache &cache,
        const dao::WalletService &wallet, QObject *parent = nullptr);
    static CurationNotifier *create(QQmlEngine *, QJSEngine *);

    // events: what the cache holds after seenBlock(daoKey), up to syncedBlock, where it stands.
    void review(const QString &daoKey, const QList<cache::MemberCurationEvent> &events, qint64 syncedBlock);

signals:
    void raised(const QString &summary, const QString &body, qint64 datasetId);

private:
    void check();
    dao::AlertMemory &memory(const QString &daoKey);

    AppSettings &m_settings;
    Executor &m_executor;
    OpenDao &m_dao;
    DaoCache &m_cache;
    const dao::WalletService &m_wallet;
    bool m_reading = false; // one read at a time: a cache change during it reads again after
    bool m_again = false;
    QHash<QString, dao::AlertMemory> m_memory; // per DAO key, as last stored
};

} // namespace dd::app
