#pragma once

// ProposalController: a proposal made and moved on by a member. Propose (a title, a markdown body
// and actions: payments from the treasury or contract calls, each said in words as it is typed),
// or one of core/dao's presets: a curator made or removed, a curation rule or registry parameter
// changed, the rewards pool funded, an appeal decided), then queue a succeeded proposal in the timelock, execute it
// once the delay has passed, or let its proposer cancel it before voting starts. The calls are core/dao's
// (governancecalls); every transaction goes to the confirmation sheet.

#include "common/result.h"
#include "dao/governancecalls.h"
#include "dao/proposalaction.h"

#include "common/services.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dd {
class Executor;
}

namespace dd::app {

class ProposalController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Why the last queue, execute or cancel could not open the sheet ("" when it did).
    Q_PROPERTY(QString lifecycleError READ lifecycleError NOTIFY lifecycleErrorChanged)
public:
    ProposalController(Executor &executor, OpenDao &dao, DaoCache &cache, Sheet &sheet, QObject *parent = nullptr);
    static ProposalController *create(QQmlEngine *, QJSEngine *);

    // What moves a proposal on: queue it in the timelock, execute it, or (its proposer) cancel it.
    enum class Step { Queue, Execute, Cancel };
    Q_ENUM(Step)

    QString lifecycleError() const { return m_lifecycleError; }

    // The step's call with the proposal's actions and description hash, read from the cache,
    // sent by `account`.
    Q_INVOKABLE void moveOn(Step step, const QString &account, const QString &proposalId);

    // An action as the dialog describes it: {kind: "payment", recipient, amount} or {kind: "call",
    // target, signature, arguments (one per line), value (ETH)}. Answers {error, text}.
    Q_INVOKABLE QVariantMap checkAction(const QVariantMap &action) const;
    // A new proposal (Tally's convention: the title is the description's first line) with these
    // actions (none: a text-only proposal). "" when the sheet opened, or why not.
    // The presets (core/dao/proposalpresets): [{id, title, help, fields: [{key, label, help,
    // kind, choices}]}], kind one of "account", "count", "days", "tokens", "percent", "dataset",
    // "choice", "text".
    Q_INVOKABLE QVariantList presets() const;
    // Builds preset `id` with values (key -> text) off the GUI thread (some read the curation
    // rules as they are now); answers with presetBuilt.
    Q_INVOKABLE void buildPreset(const QString &id, const QVariantMap &values);
    Q_INVOKABLE QString propose(
        const QString &account, const QString &title, const QString &body, const QVariantList &actions);

signals:
    void lifecycleErrorChanged();
    // actions: [{text, json}] as the dialog lists them (json: {kind: "raw", target, value,
    // data}), or why not in error.
    void presetBuilt(const QVariantList &actions, const QString &error);

private:
    struct BuiltAction {
        dao::ProposalAction action;
        QString words;
    };
    Result<BuiltAction> buildAction(const QVariantMap &action) const;
    void setLifecycleError(const QString &message);

    Executor &m_executor;
    OpenDao &m_dao;
    DaoCache &m_cache;
    Sheet &m_sheet;
    QString m_lifecycleError;
};

} // namespace dd::app
