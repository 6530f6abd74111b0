#include "governance/proposalcontroller.h"

#include "appcontext.h"
#include "common/cacheread.h"

#include "cache/governancereader.h"
#include "common/executor.h"
#include "dao/daodeployer.h"
#include "dao/proposalpresets.h"
#include "eth/chainsession.h"
#include "eth/units.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>

namespace dd::app {

ProposalController::ProposalController(Executor &executor, OpenDao &dao, DaoCache &cache, Sheet &sheet, QObject *parent)
    : QObject(parent), m_executor(executor), m_dao(dao), m_cache(cache), m_sheet(sheet)
{
}

ProposalController *ProposalController::create(QQmlEngine *, QJSEngine *)
{
    ProposalController *controller = AppContext::instance()->proposalController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

void ProposalController::setLifecycleError(const QString &message)
{
    m_lifecycleError = message;
    emit lifecycleErrorChanged();
}

void ProposalController::moveOn(Step which, const QString &account, const QString &proposalId)
{
    const dao::Lifecycle step = which == Step::Queue ? dao::Lifecycle::Queue
        : which == Step::Execute                     ? dao::Lifecycle::Execute
                                                     : dao::Lifecycle::Cancel;
    const auto &profile = m_dao.profile();
    auto from = crypto::Address::parse(account);
    if (!profile)
        return setLifecycleError(tr("Open a DAO profile first (Settings)."));
    if (!from)
        return setLifecycleError(tr("Choose the account that pays the network fee."));
    setLifecycleError({});
    // The actions and description exactly as proposed (the timelock hashes them), from the cache.
    m_executor.submit(
        this,
        [path = m_cache.cachePath(), proposalId, profile = *profile, from = from.value(), step] {
            return readCache<cache::GovernanceReader, dao::TransactionAsk>(path,
                tr("The proposals are not read from the chain yet."),
                [&](cache::GovernanceReader &reader) -> Result<dao::TransactionAsk> {
                    auto detail = reader.proposal(proposalId);
                    if (!detail)
                        return detail.error();
                    if (!detail.value())
                        return Result<dao::TransactionAsk>::failure(
                            tr("Proposal %1 is not in the cache.").arg(proposalId));
                    const cache::ProposalDetail &d = *detail.value();
                    dao::ProposalRef proposal {eth::UInt256::fromDecimal(d.summary.id).value_or(eth::UInt256()),
                        d.summary.title, d.description, {}};
                    for (const cache::ProposalAction &a : d.actions)
                        proposal.actions.append({a.target, a.value, a.calldata});
                    return dao::lifecycleAsk(profile, from, step, proposal);
                });
        },
        [this](const Result<dao::TransactionAsk> &ask) {
            if (!ask)
                return setLifecycleError(ask.message());
            m_sheet.ask(ask.value());
        });
}

Result<ProposalController::BuiltAction> ProposalController::buildAction(const QVariantMap &action) const
{
    const auto &profile = m_dao.profile();
    const auto &abis = dao::DaoAbis::load();
    if (!profile || !abis)
        return Result<BuiltAction>::failure(tr("Open a DAO profile first (Settings)."));
    const QString kind = action.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("payment")) {
        const QString amount = action.value(QStringLiteral("amount")).toString().trimmed();
        auto built = dao::paymentAction(
            abis.value().token, profile->token, action.value(QStringLiteral("recipient")).toString(), amount);
        if (!built)
            return built.error();
        // The recipient parsed when the action was built.
        const auto recipient = crypto::Address::parse(action.value(QStringLiteral("recipient")).toString().trimmed());
        return BuiltAction {built.value(),
            tr("pay %1 %2 from the treasury to %3")
                .arg(amount, m_dao.tokenSymbol(), recipient.value().toChecksumString())};
    }
    if (kind == QLatin1String("call")) {
        const QString target = action.value(QStringLiteral("target")).toString();
        const QString signature = action.value(QStringLiteral("signature")).toString().trimmed();
        const QStringList arguments = action.value(QStringLiteral("arguments")).toString().split(u'\n');
        const QString value = action.value(QStringLiteral("value")).toString().trimmed();
        auto built = dao::callAction(target, signature, arguments, value);
        if (!built)
            return built.error();
        QStringList shown;
        for (const QString &a : arguments)
            if (!a.trimmed().isEmpty())
                shown.append(a.trimmed());
        QString words = tr("call %1 on %2 with (%3)")
                            .arg(signature.left(signature.indexOf(u'(')), built.value().target.toChecksumString(),
                                shown.join(QStringLiteral(", ")));
        if (!built.value().value.isZero())
            words = tr("%1, sending %2 ETH").arg(words, eth::formatUnits(built.value().value, 18));
        return BuiltAction {built.value(), words};
    }
    if (kind == QLatin1String("raw")) {
        // A preset's call, built by core/dao; its words are read back from the calldata itself.
        auto target = crypto::Address::parse(action.value(QStringLiteral("target")).toString());
        auto value = eth::UInt256::fromDecimal(action.value(QStringLiteral("value")).toString());
        const QByteArray data = QByteArray::fromHex(action.value(QStringLiteral("data")).toString().toLatin1());
        if (!target || !value)
            return Result<BuiltAction>::failure(tr("Choose what the action does."));
        const dao::ProposalAction built {target.value(), value.value(), data};
        QString words = dao::proposalActionWords(built, *profile, abis.value(), m_dao.tokenSymbol());
        if (words.isEmpty())
            words = tr("call %1 with %n byte(s) of calldata", nullptr, int(data.size()))
                        .arg(target.value().toChecksumString());
        return BuiltAction {built, words};
    }
    return Result<BuiltAction>::failure(tr("Choose what the action does."));
}

QVariantList ProposalController::presets() const
{
    static const char *kinds[] = {"account", "count", "days", "tokens", "percent", "dataset", "choice", "text"};
    QVariantList out;
    for (const dao::ProposalPreset &preset : dao::proposalPresets(m_dao.tokenSymbol())) {
        QVariantList fields;
        for (const dao::PresetField &f : preset.fields)
            fields.append(QVariantMap {{QStringLiteral("key"), f.key}, {QStringLiteral("label"), f.label},
                {QStringLiteral("help"), f.help}, {QStringLiteral("kind"), QLatin1String(kinds[int(f.kind)])},
                {QStringLiteral("choices"), f.choices}});
        out.append(QVariantMap {{QStringLiteral("id"), preset.id}, {QStringLiteral("title"), preset.title},
            {QStringLiteral("help"), preset.help}, {QStringLiteral("fields"), fields}});
    }
    return out;
}

void ProposalController::buildPreset(const QString &id, const QVariantMap &values)
{
    const auto &profile = m_dao.profile();
    if (!profile || !m_dao.client())
        return emit presetBuilt({}, tr("Open a DAO profile first (Settings)."));
    QHash<QString, QString> typed;
    for (auto it = values.begin(); it != values.end(); ++it)
        typed.insert(it.key(), it.value().toString());
    m_executor.submit(
        this,
        [client = m_dao.client(), profile = *profile, id, typed,
            symbol = m_dao.tokenSymbol()]() -> Result<QList<dao::PresetAction>> {
            const auto &abis = dao::DaoAbis::load();
            if (!abis)
                return abis.error();
            // The rules as they are now, for the presets that change one and keep the others.
            std::optional<dao::CurationParameters> now;
            for (const dao::ProposalPreset &p : dao::proposalPresets(symbol)) {
                if (p.id != id || !p.needsCurationParameters)
                    continue;
                eth::ChainSession chain(*client, std::chrono::seconds(30));
                auto read = dao::readCurationParameters(chain, profile);
                if (!read)
                    return read.error();
                now = read.value();
            }
            return dao::presetActions(id, typed, {profile, abis.value(), now ? &*now : nullptr, symbol});
        },
        [this](const Result<QList<dao::PresetAction>> &built) {
            if (!built)
                return emit presetBuilt({}, built.message());
            QVariantList actions;
            for (const dao::PresetAction &a : built.value()) {
                const QJsonObject json {{QStringLiteral("kind"), QStringLiteral("raw")},
                    {QStringLiteral("target"), a.action.target.toChecksumString()},
                    {QStringLiteral("value"), a.action.value.toDecimal()},
                    {QStringLiteral("data"), QString::fromLatin1(a.action.calldata.toHex())}};
                actions.append(QVariantMap {{QStringLiteral("text"), a.words},
                    {QStringLiteral("json"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))}});
            }
            emit presetBuilt(actions, QString());
        });
}

QVariantMap ProposalController::checkAction(const QVariantMap &action) const
{
    auto built = buildAction(action);
    return QVariantMap {{QStringLiteral("error"), built ? QString() : built.message()},
        {QStringLiteral("text"), built ? built.value().words : QString()}};
}

QString ProposalController::propose(
    const QString &account, const QString &title, const QString &body, const QVariantList &actions)
{
    const auto &profile = m_dao.profile();
    if (!profile)
        return tr("Open a DAO profile first (Settings).");
    auto from = crypto::Address::parse(account);
    if (!from)
        return tr("Choose the account that proposes.");
    QList<dao::ProposalAction> built;
    QStringList words;
    for (const QVariant &action : actions) {
        auto one = buildAction(action.toMap());
        if (!one)
            return one.message();
        built.append(one.value().action);
        words.append(one.value().words);
    }
    auto ask = dao::proposeAsk(*profile, from.value(), title, body, built, words);
    if (!ask)
        return ask.message();
    m_sheet.ask(ask.value());
    return QString();
}

} // namespace dd::app
