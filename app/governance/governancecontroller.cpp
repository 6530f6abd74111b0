#include "governance/governancecontroller.h"

#include "appcontext.h"
#include "common/cacheread.h"
#include "common/displayformat.h"
#include "common/futurewatch.h"
#include "governance/governancenotifier.h"
#include "governance/signedvotes.h"
#include "network/chaincontroller.h"
#include "network/chainsync.h"

#include "dao/proposalaction.h"
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

// What checkVoter() needs from the cache before it asks the chain.
struct VoterCache {
    std::optional<quint64> snapshot; // none: the proposal is not in the cache
    std::optional<quint64> delegatedAt;
};

QString supportText(int support)
{
    if (support == 1)
        return GovernanceController::tr("For");
    if (support == 0)
        return GovernanceController::tr("Against");
    return GovernanceController::tr("Abstain");
}

} // namespace

GovernanceController::GovernanceController(Executor &executor, ChainController &chain, ChainSync &sync,
    dao::WalletService &wallet, TransactionController &transactions, SignedVotes &signedVotes,
    GovernanceNotifier *alerts, QObject *parent)
    : QObject(parent),
      m_executor(executor),
      m_chain(chain),
      m_sync(sync),
      m_wallet(wallet),
      m_transactions(transactions),
      m_signedVotes(signedVotes),
      m_alerts(alerts),
      m_proposals(std::make_unique<ProposalListModel>())
{
    connect(&m_sync, &ChainSync::cacheChanged, this, &GovernanceController::reload);
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

void GovernanceController::setFilter(const QString &filter)
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
        [path = m_sync.cachePath(), accounts = m_wallet.accounts()] {
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
        if (m_filter == QLatin1String("active") && !active)
            continue;
        if (m_filter == QLatin1String("mine") && !isMine)
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
    if (m_alerts && m_chain.profile()) {
        // Without accounts there is no "you have not voted": only new proposals are raised.
        QSet<QString> voted = mine + signedByMe;
        if (accounts.isEmpty())
            for (const cache::ProposalSummary &p : overview.proposals)
                voted.insert(p.id);
        m_alerts->review(
            QStringLiteral("%1-%2").arg(m_chain.profile()->chainId).arg(m_chain.profile()->governor.toLowerHex()),
            overview.proposals, position, voted);
    }
    m_awaitingVote.clear();
    if (!accounts.isEmpty()) {
        for (const cache::ProposalSummary &p : open)
            m_awaitingVote.append(QVariantMap {{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title},
                {QStringLiteral("countdown"), ProposalListModel::countdown(p, position)}});
    }
    m_delegates.clear();
    const QString symbol = m_chain.tokenSymbol();
    for (const cache::DelegateSummary &d : overview.delegates) {
        QStringList recent;
        for (const auto &[title, support] : d.recentVotes)
            recent.append(QStringLiteral("%1: %2").arg(supportText(support), title));
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
        m_selectedDetail.reset();
        m_selected.clear();
        emit selectionChanged();
    }
    loadSelected();
}

void GovernanceController::clearSelection()
{
    ++m_selectionGeneration; // a read still on its way is not shown
    m_selectedId.clear();
    m_selectedDetail.reset();
    m_selected.clear();
    emit selectionChanged();
}

void GovernanceController::loadSelected()
{
    const int generation = ++m_selectionGeneration;
    m_executor.submit(
        this,
        [path = m_sync.cachePath(), id = m_selectedId] {
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
                m_selectedDetail.reset();
                m_selected = {{QStringLiteral("error"),
                    !read && !read.message().isEmpty() ? read.message()
                                                       : tr("Proposal %1 is not in the cache.").arg(m_selectedId)}};
                emit selectionChanged();
                return;
            }
            m_selectedDetail = read.value().detail;
            showSelected(*m_selectedDetail, read.value().position, read.value().votes);
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
    const auto &profile = m_chain.profile();
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
                            displayAmount(args.value()[i].asNumber(), 18, 18), m_chain.tokenSymbol());
                    arguments.append(QStringLiteral("%1: %2").arg(type.name, text));
                }
            }
        }
        actions.append(QVariantMap {{QStringLiteral("contract"), contract}, {QStringLiteral("call"), call},
            {QStringLiteral("arguments"), arguments},
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
            {QStringLiteral("support"), v.support}, {QStringLiteral("supportText"), supportText(v.support)},
            {QStringLiteral("weight"), displayAmount(v.weight, 18, 2)}, {QStringLiteral("reason"), v.reason}});
    m.insert(QStringLiteral("votes"), voteRows);
    m_selected = m;
    emit selectionChanged();
}

} // namespace dd::app

namespace dd::app {

void GovernanceController::checkVoter(const QString &account)
{
    const int generation = ++m_voterGeneration;
    auto address = crypto::Address::parse(account);
    const auto &abis = dao::DaoAbis::load();
    const auto &profile = m_chain.profile();
    auto fail = [this](const QString &message) {
        m_voter = {{QStringLiteral("status"), QStringLiteral("error")}, {QStringLiteral("message"), message}};
        emit voterChanged();
    };
    if (!address || !abis || !profile || !m_chain.client() || m_selectedId.isEmpty())
        return fail(address ? tr("Connect to the DAO's node to check voting power.") : address.message());
    m_voter = {{QStringLiteral("account"), account}, {QStringLiteral("status"), QStringLiteral("checking")},
        {QStringLiteral("message"), tr("Reading voting power at the snapshot…")}};
    emit voterChanged();
    // From the cache (off the GUI thread): the proposal's snapshot, and when this account last
    // delegated; then from the chain.
    m_executor.submit(
        this,
        [path = m_sync.cachePath(), id = m_selectedId, who = address.value()] {
            return readCache<cache::GovernanceReader, VoterCache>(
                path, QString(), [&](cache::GovernanceReader &reader) -> Result<VoterCache> {
                    auto proposal = reader.proposal(id);
                    if (!proposal)
                        return proposal.error();
                    if (!proposal.value())
                        return VoterCache {};
                    return VoterCache {
                        proposal.value()->summary.voteStart, reader.lastDelegationBlock(who).value_or(std::nullopt)};
                });
        },
        [this, generation, account, address = address.value(), proposalId = m_selectedId, fail](
            const Result<VoterCache> &facts) {
            if (generation != m_voterGeneration)
                return;
            if (!facts || !facts.value().snapshot)
                return fail(!facts && !facts.message().isEmpty()
                        ? facts.message()
                        : tr("Proposal %1 is not in the cache.").arg(proposalId));
            askChainAboutVoter(
                generation, account, address, proposalId, *facts.value().snapshot, facts.value().delegatedAt);
        });
}

void GovernanceController::askChainAboutVoter(const int generation, const QString &account,
    const crypto::Address &address, const QString &proposalId, const quint64 snapshot,
    const std::optional<quint64> delegatedAt)
{
    const auto &abis = dao::DaoAbis::load();
    const auto &profile = m_chain.profile();
    if (!abis || !profile || !m_chain.client()) {
        m_voter = {{QStringLiteral("status"), QStringLiteral("error")},
            {QStringLiteral("message"), tr("Connect to the DAO's node to check voting power.")}};
        emit voterChanged();
        return;
    }
    m_voter = {{QStringLiteral("account"), account}, {QStringLiteral("status"), QStringLiteral("checking")},
        {QStringLiteral("message"), tr("Reading voting power at the snapshot (block %1)…").arg(snapshot)}};
    emit voterChanged();

    m_executor.submit(
        this,
        [client = m_chain.client(), profile = *profile, address,
            id = eth::UInt256::fromDecimal(proposalId).value_or(eth::UInt256()), snapshot, delegatedAt] {
            eth::ChainSession chain(*client, std::chrono::seconds(30));
            return dao::readVoterFacts(chain, profile, address, id, snapshot, delegatedAt);
        },
        [this, generation, account, snapshot](const Result<dao::VoterFacts> &read) {
            if (generation != m_voterGeneration)
                return;
            if (!read) {
                m_voter = {{QStringLiteral("account"), account}, {QStringLiteral("status"), QStringLiteral("error")},
                    {QStringLiteral("message"), read.message()}};
                emit voterChanged();
                return;
            }
            const dao::VoterFacts &facts = read.value();
            const QString symbol = m_chain.tokenSymbol();
            const QString power = QStringLiteral("%1 %2").arg(displayAmount(facts.votesAtSnapshot, 18), symbol);
            QString status;
            QString message;
            switch (dao::assessVoter(facts)) {
            case dao::VoterStatus::CanVote:
                status = QStringLiteral("canVote");
                message = tr("Voting power at the snapshot (block %1): %2.").arg(snapshot).arg(power);
                break;
            case dao::VoterStatus::AlreadyVoted:
                status = QStringLiteral("alreadyVoted");
                message = tr("This account has already voted on this proposal. A vote cannot be changed.");
                break;
            case dao::VoterStatus::NoTokens:
                status = QStringLiteral("noTokens");
                message = tr("This account had no voting power at the snapshot (block %1): it held no %2 and nobody "
                             "had delegated votes to it.")
                              .arg(snapshot)
                              .arg(symbol);
                break;
            case dao::VoterStatus::NotDelegated:
                status = QStringLiteral("notDelegated");
                message = tr("This account holds %1 %2 but has 0 votes: tokens count as votes only once they are "
                             "delegated, to yourself or to someone you trust. Delegating now counts from the next "
                             "proposal on.")
                              .arg(displayAmount(facts.balanceNow, 18), symbol);
                break;
            case dao::VoterStatus::DelegatedToOther:
                status = QStringLiteral("delegatedToOther");
                message = tr("This account's votes are delegated to %1, who votes with them. Delegate to yourself to "
                             "vote directly from the next proposal on.")
                              .arg(facts.delegateNow.toChecksumString());
                break;
            case dao::VoterStatus::DelegatedAfterSnapshot:
                status = QStringLiteral("delegatedAfterSnapshot");
                message = tr("This account delegated at block %1, after this proposal's snapshot (block %2), so its "
                             "votes count from the next proposal on.")
                              .arg(*facts.delegatedAtBlock)
                              .arg(snapshot);
                break;
            }
            m_voter = {{QStringLiteral("account"), account}, {QStringLiteral("status"), status},
                {QStringLiteral("power"), power}, {QStringLiteral("message"), message},
                {QStringLiteral("canVote"), status == QLatin1String("canVote")},
                {QStringLiteral("offerSelfDelegate"), dao::selfDelegationHelps(facts)}};
            emit voterChanged();
        });
}

} // namespace dd::app

namespace dd::app {

void GovernanceController::queueSelected(const QString &account)
{
    requestLifecycle(account, dao::Lifecycle::Queue);
}

void GovernanceController::executeSelected(const QString &account)
{
    requestLifecycle(account, dao::Lifecycle::Execute);
}

void GovernanceController::cancelSelected(const QString &account)
{
    requestLifecycle(account, dao::Lifecycle::Cancel);
}

void GovernanceController::requestLifecycle(const QString &account, dao::Lifecycle step)
{
    if (!m_selectedDetail || m_selectedDetail->summary.id != m_selectedId || !m_chain.profile())
        return; // its page is still loading: the buttons show once it has
    const cache::ProposalDetail &d = *m_selectedDetail;
    dao::ProposalRef proposal {
        eth::UInt256::fromDecimal(d.summary.id).value_or(eth::UInt256()), d.summary.title, d.description, {}};
    for (const cache::ProposalAction &a : d.actions)
        proposal.actions.append({a.target, a.value, a.calldata});
    auto from = crypto::Address::parse(account);
    auto ask = from ? dao::lifecycleAsk(*m_chain.profile(), from.value(), step, proposal)
                    : Result<dao::TransactionAsk>(from.error());
    if (!ask) {
        qCWarning(lcChain).noquote() << ask.message();
        return;
    }
    m_transactions.ask(ask.value());
}

} // namespace dd::app

namespace dd::app {

Result<GovernanceController::BuiltAction> GovernanceController::buildAction(const QVariantMap &action) const
{
    const auto &profile = m_chain.profile();
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
                .arg(amount, m_chain.tokenSymbol(), recipient.value().toChecksumString())};
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
    return Result<BuiltAction>::failure(tr("Choose what the action does."));
}

QVariantMap GovernanceController::checkAction(const QVariantMap &action) const
{
    auto built = buildAction(action);
    return QVariantMap {{QStringLiteral("error"), built ? QString() : built.message()},
        {QStringLiteral("text"), built ? built.value().words : QString()}};
}

QString GovernanceController::propose(
    const QString &account, const QString &title, const QString &body, const QVariantList &actions)
{
    const auto &profile = m_chain.profile();
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
    m_transactions.ask(ask.value());
    return QString();
}

} // namespace dd::app
