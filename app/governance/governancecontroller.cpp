#include "governance/governancecontroller.h"

#include "appcontext.h"
#include "common/cacheread.h"
#include "common/displayformat.h"
#include "common/futurewatch.h"
#include "dao/votewords.h"
#include "governance/governancenotifier.h"
#include "governance/signedvotes.h"

#include "dao/proposalaction.h"
#include "dao/proposalpresets.h"
#include "forum/safemarkdown.h"
#include "governance/proposallistmodel.h"
#include "transactions/transactioncontroller.h"

#include "cache/governancereader.h"
#include "common/hex.h"
#include "common/logging.h"
#include "crypto/keccak.h"
#include "dao/daodeployer.h"
#include "dao/governancecalls.h"
#include "dao/voterstatus.h"
#include "dao/walletservice.h"
#include "eth/abicodec.h"
#include "eth/abitext.h"
#include "eth/units.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QQmlEngine>

namespace dd::app {

namespace {

// The description without its first line (the title), made safe for the markdown view.
QString body(const QString &description)
{
    const QString trimmed = description.trimmed();
    const qsizetype newline = trimmed.indexOf(u'\n');
    return newline < 0 ? QString() : forum::safeMarkdown(trimmed.mid(newline + 1).trimmed());
}

// What loadSelected() reads, on a worker thread.
struct Selection {
    std::optional<cache::ProposalDetail> detail;
    cache::ChainPosition position;
    QList<cache::VoteRecord> votes;
};

} // namespace

GovernanceController::GovernanceController(Executor &executor, OpenDao &dao, DaoCache &cache,
    dao::WalletService &wallet, SignedVotes &signedVotes, GovernanceNotifier *alerts, QObject *parent)
    : QObject(parent),
      m_executor(executor),
      m_dao(dao),
      m_cache(cache),
      m_wallet(wallet),
      m_signedVotes(signedVotes),
      m_alerts(alerts),
      m_proposals(std::make_unique<ProposalListModel>())
{
    m_cache.whenCacheChanges(this, [this] { reload(); });
    connect(&m_wallet, &dao::WalletService::accountsChanged, this, &GovernanceController::reload);
    connect(&m_signedVotes, &SignedVotes::changed, this, &GovernanceController::reload);
}

GovernanceController::~GovernanceController() = default;

GovernanceController *GovernanceController::create(QQmlEngine *, QJSEngine *)
{
    GovernanceController *controller = AppContext::instance()->governanceController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

void GovernanceController::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    emit filterChanged();
    applyOverview(); // what was read, filtered again
}

void GovernanceController::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    emit filterChanged();
    applyOverview();
}

void GovernanceController::reload()
{
    const int generation = ++m_overviewGeneration;
    m_executor.submit(
        this,
        [path = m_cache.cachePath(), accounts = m_wallet.accounts()] {
            if (path.isEmpty() || !QFileInfo::exists(path))
                return Result<Overview>(Overview {}); // nothing synced yet: an empty DAO, not an error
            return readCache<cache::GovernanceReader, Overview>(
                path, QString(), [&](cache::GovernanceReader &reader) -> Result<Overview> {
                    Overview out;
                    auto all = reader.proposals();
                    if (!all)
                        return all.error();
                    out.proposals = all.value();
                    out.position = reader.position();
                    out.delegates = reader.delegates().value_or({});
                    for (const dao::AccountInfo &account : accounts) {
                        if (auto voted = reader.proposalsVotedBy(account.address))
                            out.votedByAccounts.unite(voted.value());
                        for (const crypto::Address &from : reader.delegatorsOf(account.address).value_or({})) {
                            if (from != account.address) // delegating to oneself is not someone trusting you
                                out.delegatorsToAccounts.append({account.name, from});
                        }
                    }
                    return out;
                });
        },
        [this, generation](const Result<Overview> &read) {
            if (generation != m_overviewGeneration)
                return; // a newer read is on its way
            m_readError = read ? QString() : read.message();
            if (read)
                m_overview = read.value();
            applyOverview(); // a failed read keeps what was shown, with the error beside it
            if (!m_selectedId.isEmpty())
                loadSelected();
        });
}

void GovernanceController::applyOverview()
{
    const Overview &overview = m_overview;
    const QSet<QString> &mine = overview.votedByAccounts;
    QSet<QString> accounts;
    for (const dao::AccountInfo &account : m_wallet.accounts())
        accounts.insert(account.address.toChecksumString());
    QList<cache::ProposalSummary> rows;
    for (const cache::ProposalSummary &p : overview.proposals) {
        const bool active = p.state == cache::ProposalState::Active || p.state == cache::ProposalState::Pending
            || p.state == cache::ProposalState::Succeeded || p.state == cache::ProposalState::Queued;
        const bool isMine = mine.contains(p.id) || accounts.contains(p.proposer.toChecksumString());
        if (m_filter == Filter::Active && !active)
            continue;
        if (m_filter == Filter::Mine && !isMine)
            continue;
        if (!m_search.isEmpty() && !p.title.contains(m_search, Qt::CaseInsensitive) && !p.id.startsWith(m_search))
            continue;
        rows.append(p);
    }
    m_totalCount = int(overview.proposals.size());
    const cache::ChainPosition &position = overview.position;
    m_proposals->setRows(rows, position, mine);
    // A vote signed and kept to send later is not waiting for the member any more: Home lists it
    // among the signed votes to send.
    QSet<QString> signedByMe;
    for (const dao::SignedVote &vote : m_signedVotes.votes())
        signedByMe.insert(vote.ballot.proposalId.toDecimal());
    QList<cache::ProposalSummary> open;
    for (const cache::ProposalSummary &p : overview.proposals) {
        if (p.state == cache::ProposalState::Active && !mine.contains(p.id) && !signedByMe.contains(p.id))
            open.append(p);
    }
    std::sort(open.begin(), open.end(), [](const auto &a, const auto &b) { return a.voteEnd < b.voteEnd; });
    if (m_alerts && m_dao.profile()) {
        // Without accounts there is no "you have not voted": only new proposals are raised.
        QSet<QString> voted = mine + signedByMe;
        if (accounts.isEmpty())
            for (const cache::ProposalSummary &p : overview.proposals)
                voted.insert(p.id);
        m_alerts->review(
            QStringLiteral("%1-%2").arg(m_dao.profile()->chainId).arg(m_dao.profile()->governor.toLowerHex()),
            overview.proposals, position, voted);
    }
    m_awaitingVote.clear();
    if (!accounts.isEmpty()) {
        for (const cache::ProposalSummary &p : open)
            m_awaitingVote.append(QVariantMap {{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title},
                {QStringLiteral("countdown"), ProposalListModel::countdown(p, position)}});
    }
    m_delegates.clear();
    const QString symbol = m_dao.tokenSymbol();
    for (const cache::DelegateSummary &d : overview.delegates) {
        QStringList recent;
        for (const auto &[title, support] : d.recentVotes)
            recent.append(QStringLiteral("%1: %2").arg(dao::supportLabel(support), title));
        m_delegates.append(QVariantMap {{QStringLiteral("address"), d.address.toChecksumString()},
            {QStringLiteral("votes"), QStringLiteral("%1 %2").arg(displayAmount(d.votes, 18, 0), symbol)},
            {QStringLiteral("delegators"), d.delegators},
            {QStringLiteral("recent"), recent.isEmpty() ? tr("No votes yet") : recent.join(QStringLiteral(" · "))}});
    }
    m_delegatingToMe.clear();
    for (const auto &[account, delegator] : overview.delegatorsToAccounts)
        m_delegatingToMe.append(QVariantMap {
            {QStringLiteral("account"), account}, {QStringLiteral("delegator"), delegator.toChecksumString()}});
    emit changed();
}

void GovernanceController::select(const QString &proposalId)
{
    const bool another = proposalId != m_selectedId;
    m_selectedId = proposalId;
    if (another) { // nothing of the proposal before shows while this one is read
        m_selected.clear();
        emit selectionChanged();
    }
    loadSelected();
}

void GovernanceController::clearSelection()
{
    ++m_selectionGeneration; // a read still on its way is not shown
    m_selectedId.clear();
    m_selected.clear();
    emit selectionChanged();
}

void GovernanceController::loadSelected()
{
    const int generation = ++m_selectionGeneration;
    m_executor.submit(
        this,
        [path = m_cache.cachePath(), id = m_selectedId] {
            return readCache<cache::GovernanceReader, Selection>(
                path, QString(), [&](cache::GovernanceReader &reader) -> Result<Selection> {
                    auto found = reader.proposal(id);
                    if (!found)
                        return found.error();
                    return Selection {found.value(), reader.position(), reader.votes(id).value_or({})};
                });
        },
        [this, generation](const Result<Selection> &read) {
            if (generation != m_selectionGeneration)
                return; // another proposal was chosen meanwhile, or the cache changed again
            if (!read || !read.value().detail) {
                m_selected = {{QStringLiteral("error"),
                    !read && !read.message().isEmpty() ? read.message()
                                                       : tr("Proposal %1 is not in the cache.").arg(m_selectedId)}};
                emit selectionChanged();
                return;
            }
            showSelected(*read.value().detail, read.value().position, read.value().votes);
        });
}

void GovernanceController::showSelected(
    const cache::ProposalDetail &d, const cache::ChainPosition &position, const QList<cache::VoteRecord> &votes)
{
    QVariantMap m;
    m.insert(QStringLiteral("id"), d.summary.id);
    m.insert(QStringLiteral("title"), d.summary.title);
    m.insert(QStringLiteral("state"), int(d.summary.state));
    m.insert(QStringLiteral("stateText"), ProposalListModel::stateText(d.summary.state));
    m.insert(QStringLiteral("countdown"), ProposalListModel::countdown(d.summary, position));
    m.insert(QStringLiteral("proposer"), d.summary.proposer.toChecksumString());
    m.insert(QStringLiteral("body"), body(d.description));
    m.insert(QStringLiteral("forVotes"), displayAmount(d.summary.forVotes, 18, 2));
    m.insert(QStringLiteral("againstVotes"), displayAmount(d.summary.againstVotes, 18, 2));
    m.insert(QStringLiteral("abstainVotes"), displayAmount(d.summary.abstainVotes, 18, 2));
    m.insert(QStringLiteral("quorum"), d.summary.quorum ? displayAmount(*d.summary.quorum, 18, 0) : QString());

    // Every action in words: the contract by name when it is one of the DAO's, the function and
    // its arguments decoded with that contract's ABI, and the value sent.
    const auto &abis = dao::DaoAbis::load();
    const auto &profile = m_dao.profile();
    QVariantList actions;
    for (const cache::ProposalAction &a : d.actions) {
        const eth::ContractAbi *abi = nullptr;
        QString contract = a.target.toChecksumString();
        if (abis && profile) {
            if (a.target == profile->token)
                abi = &abis.value().token;
            else if (a.target == profile->timelock)
                abi = &abis.value().timelock;
            else if (a.target == profile->governor)
                abi = &abis.value().governorOf(profile->governorKind);
            else if (!profile->datasetRegistry.isZero() && a.target == profile->datasetRegistry)
                abi = &abis.value().registry;
            else if (!profile->datasetCuration.isZero() && a.target == profile->datasetCuration)
                abi = &abis.value().curation;
        }
        if (abi)
            contract = QStringLiteral("%1 (%2)").arg(abi->name(), a.target.toChecksumString());
        QString call = a.calldata.isEmpty()
            ? tr("no call (a plain transfer of value)")
            : tr("%n byte(s) of calldata that this app cannot decode", nullptr, int(a.calldata.size()));
        QStringList arguments;
        const eth::AbiFunction *function
            = abi && a.calldata.size() >= 4 ? abi->functionBySelector(a.calldata.left(4)) : nullptr;
        if (function) {
            call = function->signature();
            if (auto args = eth::abi::decode(function->inputs, a.calldata.mid(4))) {
                for (std::size_t i = 0; i < function->inputs.size(); ++i) {
                    const eth::AbiType &type = function->inputs[i];
                    QString text = eth::abitext::format(type, args.value()[i]);
                    if (a.target == profile->token && type.kind == eth::AbiType::Kind::Uint
                        && (type.name == QLatin1String("value") || type.name == QLatin1String("amount")))
                        // Every digit: what executes is exact, and 1 wei must not read as 0.
                        text = QStringLiteral("%1 %2").arg(
                            displayAmount(args.value()[i].asNumber(), 18, 18), m_dao.tokenSymbol());
                    arguments.append(QStringLiteral("%1: %2").arg(type.name, text));
                }
            }
        }
        // What executing it does, in words, when it is a call the app knows (curation, registry).
        const QString words = abis && profile
            ? dao::proposalActionWords({a.target, a.value, a.calldata}, *profile, abis.value(), m_dao.tokenSymbol())
            : QString();
        actions.append(QVariantMap {{QStringLiteral("contract"), contract}, {QStringLiteral("call"), call},
            {QStringLiteral("words"), words}, {QStringLiteral("arguments"), arguments},
            {QStringLiteral("value"), QStringLiteral("%1 ETH").arg(eth::formatUnits(a.value, 18))}});
    }
    m.insert(QStringLiteral("actions"), actions);

    QVariantList timeline;
    timeline.append(QVariantMap {
        {QStringLiteral("label"), tr("Proposed")}, {QStringLiteral("detail"), tr("block %1").arg(d.summary.block)}});
    timeline.append(QVariantMap {{QStringLiteral("label"), tr("Voting starts")},
        {QStringLiteral("detail"), tr("block %1").arg(d.summary.voteStart + 1)}});
    timeline.append(QVariantMap {{QStringLiteral("label"), tr("Voting ends")},
        {QStringLiteral("detail"), tr("block %1").arg(d.summary.voteEnd)}});
    for (const cache::ProposalLifecycleRecord &e : d.lifecycle) {
        QString label = e.kind == QLatin1String("queued") ? tr("Queued")
            : e.kind == QLatin1String("executed")         ? tr("Executed")
                                                          : tr("Canceled");
        QString detail = tr("block %1").arg(e.at.block);
        if (e.kind == QLatin1String("queued") && e.eta > 0)
            detail += u' '
                + tr("· executable from %1")
                      .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(e.eta)), QLocale::ShortFormat));
        timeline.append(QVariantMap {{QStringLiteral("label"), label}, {QStringLiteral("detail"), detail}});
    }
    m.insert(QStringLiteral("timeline"), timeline);
    // Queue once it succeeded; execute once queued and the timelock's delay has passed (by the
    // chain's clock: the latest block's time).
    quint64 eta = 0;
    for (const cache::ProposalLifecycleRecord &e : d.lifecycle)
        if (e.kind == QLatin1String("queued"))
            eta = e.eta;
    m.insert(QStringLiteral("canQueue"), d.summary.state == cache::ProposalState::Succeeded);
    // The Governor lets only the proposer cancel, and only before voting starts.
    bool proposedByMe = false;
    for (const dao::AccountInfo &account : m_wallet.accounts())
        proposedByMe = proposedByMe || account.address == d.summary.proposer;
    m.insert(QStringLiteral("canCancel"), d.summary.state == cache::ProposalState::Pending && proposedByMe);
    m.insert(QStringLiteral("proposerAccount"), proposedByMe ? d.summary.proposer.toChecksumString() : QString());
    m.insert(QStringLiteral("canExecute"), d.summary.state == cache::ProposalState::Queued && position.headTime >= eta);
    m.insert(QStringLiteral("executableAt"),
        d.summary.state == cache::ProposalState::Queued && position.headTime < eta
            ? tr("It can be executed from %1.")
                  .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(eta)), QLocale::ShortFormat))
            : QString());

    QVariantList voteRows;
    for (const cache::VoteRecord &v : votes)
        voteRows.append(QVariantMap {{QStringLiteral("voter"), v.voter.toChecksumString()},
            {QStringLiteral("support"), v.support}, {QStringLiteral("supportText"), dao::supportLabel(v.support)},
            {QStringLiteral("weight"), displayAmount(v.weight, 18, 2)}, {QStringLiteral("reason"), v.reason}});
    m.insert(QStringLiteral("votes"), voteRows);
    m_selected = m;
    emit selectionChanged();
}

} // namespace dd::app
