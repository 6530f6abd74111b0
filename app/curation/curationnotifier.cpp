#include "curation/curationnotifier.h"

#include "appcontext.h"
#include "common/cacheread.h"
#include "common/desktopnotification.h"
#include "common/executor.h"
#include "common/logging.h"
#include "common/services.h"
#include "settings/appsettings.h"

#include "dao/walletservice.h"

#include <QFileInfo>
#include <QQmlEngine>

namespace dd::app {

namespace {

struct MemberEvents {
    QList<cache::MemberCurationEvent> events;
    qint64 syncedBlock = 0;
};

} // namespace

CurationNotifier::CurationNotifier(AppSettings &settings, Executor &executor, OpenDao &dao, DaoCache &cache,
    const dao::WalletService &wallet, QObject *parent)
    : QObject(parent), m_settings(settings), m_executor(executor), m_dao(dao), m_cache(cache), m_wallet(wallet)
{
    m_cache.whenCacheChanges(this, [this] { check(); });
}

CurationNotifier *CurationNotifier::create(QQmlEngine *, QJSEngine *)
{
    CurationNotifier *notifier = AppContext::instance()->curationNotifier();
    QQmlEngine::setObjectOwnership(notifier, QQmlEngine::CppOwnership);
    return notifier;
}

dao::AlertMemory &CurationNotifier::memory(const QString &daoKey)
{
    // Read from the settings once per DAO: this runs on every cache change.
    auto known = m_memory.find(daoKey);
    if (known == m_memory.end())
        known = m_memory.insert(daoKey, m_settings.alertMemory(daoKey));
    return known.value();
}

void CurationNotifier::check()
{
    const auto &profile = m_dao.profile();
    if (!profile || profile->datasetCuration.isZero() || m_cache.cachePath().isEmpty())
        return;
    if (m_reading) {
        m_again = true;
        return;
    }
    QStringList members;
    for (const dao::AccountInfo &account : m_wallet.accounts())
        members.append(account.address.toChecksumString());
    const QString daoKey
        = QStringLiteral("curation-%1-%2").arg(profile->chainId).arg(profile->datasetCuration.toLowerHex());
    const qint64 after = qint64(memory(daoKey).seenBlock);
    m_reading = true;
    m_executor.submit(
        this,
        [path = m_cache.cachePath(), members, after]() -> Result<MemberEvents> {
            if (!QFileInfo::exists(path))
                return MemberEvents {}; // no cache yet (a first sync, a rebuild): nothing to raise
            return readCache<cache::CurationReader, MemberEvents>(
                path, QString(), [&](cache::CurationReader &reader) -> Result<MemberEvents> {
                    MemberEvents out;
                    auto synced = reader.syncedBlock(); // first: events past it wait for the next look
                    if (!synced)
                        return synced.error();
                    out.syncedBlock = synced.value();
                    auto events = reader.memberEvents(after, members);
                    if (!events)
                        return events.error();
                    for (const cache::MemberCurationEvent &e : events.value())
                        if (e.block <= out.syncedBlock)
                            out.events.append(e);
                    return out;
                });
        },
        [this, daoKey](const Result<MemberEvents> &read) {
            m_reading = false;
            if (read)
                review(daoKey, read.value().events, read.value().syncedBlock);
            else // nothing raised; the next sync reads again
                qCWarning(lcChain) << "curation notifications:" << read.message();
            if (std::exchange(m_again, false))
                check();
        });
}

void CurationNotifier::review(
    const QString &daoKey, const QList<cache::MemberCurationEvent> &events, qint64 syncedBlock)
{
    if (syncedBlock <= 0)
        return; // nothing read from the chain yet
    dao::AlertMemory &remembered = memory(daoKey);
    if (remembered.initialized && quint64(syncedBlock) < remembered.seenBlock) {
        // The chain stands before what was looked at: a devnet started again with the same
        // addresses, or a reorganisation past it. Look again from here, raising nothing older.
        remembered.seenBlock = quint64(syncedBlock);
        m_settings.setAlertMemory(daoKey, remembered);
        return;
    }
    const dao::AlertMemory before = remembered;
    for (const dao::CurationAlert &alert : dao::curationAlerts(events, remembered)) {
        if (m_settings.desktopNotifications())
            notifyDesktop(alert.summary, alert.body);
        emit raised(alert.summary, alert.body, qint64(alert.datasetId));
    }
    // Blocks, not keys, say what was looked at: an event is raised once, when its block is first
    // read, and the memory stays small.
    remembered.initialized = true;
    remembered.seenBlock = std::max(remembered.seenBlock, quint64(syncedBlock));
    if (!before.initialized || remembered.seenBlock != before.seenBlock)
        m_settings.setAlertMemory(daoKey, remembered);
}

} // namespace dd::app
