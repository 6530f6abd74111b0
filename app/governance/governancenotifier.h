#pragma once

// GovernanceNotifier: tells the member about a new proposal and about an open vote ending within a
// day that none of their accounts voted on, once each, as a desktop notification (the
// freedesktop.org Desktop Notifications interface, through gdbus) and inside the window. What
// was raised is remembered per DAO in the settings (not secret).

#include "dao/governancealerts.h"

#include <QHash>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class AppSettings;

class GovernanceNotifier : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    explicit GovernanceNotifier(AppSettings &settings, QObject *parent = nullptr);
    static GovernanceNotifier *create(QQmlEngine *, QJSEngine *);

    // After each cache read: raises what is new since the last look at this DAO.
    void review(const QString &daoKey, const QList<cache::ProposalSummary> &proposals,
        const cache::ChainPosition &position, const QSet<QString> &votedByMe);

signals:
    void raised(const QString &summary, const QString &body, const QString &proposalId);

private:
    AppSettings &m_settings;
    QHash<QString, dao::AlertMemory> m_memory; // per DAO key, as last stored
};

} // namespace dd::app
