#pragma once

// VoterCheck: before a vote, what the chosen account can do on the proposal: its voting power at
// the proposal's snapshot, and in words why it is zero when it is (no tokens, not delegated,
// delegated to someone else or too late), with whether delegating to itself would help. Reads
// the snapshot from the cache, then the chain (core/dao voterstatus), off the GUI thread.

#include "common/services.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

class QQmlEngine;
class QJSEngine;

namespace dd {
class Executor;
}

namespace dd::dao {
struct VoterFacts;
}

namespace dd::app {

class VoterCheck : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Status status READ status NOTIFY changed)
    Q_PROPERTY(QString account READ account NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(QString power READ power NOTIFY changed)
    Q_PROPERTY(bool canVote READ canVote NOTIFY changed)
    Q_PROPERTY(bool offerSelfDelegate READ offerSelfDelegate NOTIFY changed)
public:
    enum class Status {
        Idle,
        Checking,
        Failed, // message says why (no node, not in the cache, the chain's answer)
        CanVote,
        AlreadyVoted,
        NoTokens,
        NotDelegated,
        DelegatedToOther,
        DelegatedAfterSnapshot,
    };
    Q_ENUM(Status)

    VoterCheck(Executor &executor, OpenDao &dao, DaoCache &cache, QObject *parent = nullptr);
    static VoterCheck *create(QQmlEngine *, QJSEngine *);

    Status status() const { return m_status; }
    QString account() const { return m_account; }
    QString message() const { return m_message; }
    QString power() const { return m_power; }
    bool canVote() const { return m_status == Status::CanVote; }
    bool offerSelfDelegate() const { return m_offerSelfDelegate; }

    // The newest check wins: an answer about an account or proposal asked before is dropped.
    Q_INVOKABLE void check(const QString &account, const QString &proposalId);

signals:
    void changed();

private:
    void askChain(int generation, const QString &proposalId, quint64 snapshot, std::optional<quint64> delegatedAt);
    void show(const dao::VoterFacts &facts, quint64 snapshot);
    void set(Status status, const QString &message);

    Executor &m_executor;
    OpenDao &m_dao;
    DaoCache &m_cache;
    int m_generation = 0;
    Status m_status = Status::Idle;
    QString m_account;
    QString m_message;
    QString m_power;
    bool m_offerSelfDelegate = false;
};

} // namespace dd::app
