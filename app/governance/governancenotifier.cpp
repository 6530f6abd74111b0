#include "governance/governancenotifier.h"

#include "appcontext.h"
#include "common/desktopnotification.h"
#include "common/displayformat.h"
#include "settings/appsettings.h"

#include <QQmlEngine>

namespace dd::app {

GovernanceNotifier::GovernanceNotifier(AppSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
}

GovernanceNotifier *GovernanceNotifier::create(QQmlEngine *, QJSEngine *)
{
    GovernanceNotifier *alerts = AppContext::instance()->governanceNotifier();
    QQmlEngine::setObjectOwnership(alerts, QQmlEngine::CppOwnership);
    return alerts;
}

void GovernanceNotifier::review(const QString &daoKey, const QList<cache::ProposalSummary> &proposals,
    const cache::ChainPosition &position, const QSet<QString> &votedByMe)
{
    if (position.headBlock == 0)
        return; // nothing read from the chain yet
    // Read from the settings once per DAO, written back only when it changed: this runs on every
    // cache change, several times a second while a sync catches up.
    auto known = m_memory.find(daoKey);
    if (known == m_memory.end())
        known = m_memory.insert(daoKey, m_settings.alertMemory(daoKey));
    dao::AlertMemory &memory = known.value();
    const bool wasInitialized = memory.initialized;
    const quint64 seenBefore = memory.seenBlock;
    const auto alerts = dao::governanceAlerts(proposals, position, votedByMe, memory);
    for (const dao::GovernanceAlert &alert : alerts) {
        memory.raised.insert(alert.key());
        const bool isNew = alert.kind == dao::GovernanceAlert::Kind::NewProposal;
        const QString summary
            = isNew ? tr("New proposal: %1").arg(alert.title) : tr("Voting ends soon: %1").arg(alert.title);
        const QString body = isNew
            ? tr("Open DataDAO Desktop to read it and its discussion.")
            : tr("About %1 left, and none of your accounts has voted.").arg(displayDuration(alert.secondsLeft));
        if (m_settings.desktopNotifications())
            notifyDesktop(summary, body);
        emit raised(summary, body, alert.proposalId);
    }
    memory.initialized = true;
    memory.seenBlock = std::max(memory.seenBlock, position.syncedBlock);
    if (!alerts.isEmpty() || !wasInitialized || memory.seenBlock != seenBefore)
        m_settings.setAlertMemory(daoKey, memory);
}

} // namespace dd::app
