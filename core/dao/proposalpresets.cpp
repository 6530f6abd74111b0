#include "dao/proposalpresets.h"

#include "crypto/keccak.h"
#include "eth/abicodec.h"
#include "eth/abifunction.h"
#include "eth/units.h"

#include <QCoreApplication>

#include <cmath>

namespace dd::dao {

namespace {

// The presets' words, translated where the app loads a translation (the CLI stays English).
struct PresetWords {
    Q_DECLARE_TR_FUNCTIONS(ProposalPresets)
};

using Kind = PresetField::Kind;
using eth::AbiValue;
using eth::UInt256;

const QByteArray &curatorRole()
{
    static const QByteArray role = crypto::keccak256(QByteArrayLiteral("CURATOR_ROLE"));
    return role;
}

QString amountWords(const UInt256 &amount, const QString &symbol)
{
    // Every digit: what executes is exact, and 1 wei must not read as 0.
    return QStringLiteral("%1 %2").arg(eth::formatUnits(amount, 18), symbol);
}

QString percentWords(quint64 basisPoints)
{
    return QStringLiteral("%1%").arg(eth::formatUnits(UInt256(basisPoints), 2));
}

// Plural forms written out: the CLI loads no translation, and "7 day(s)" is no way to say it.
QString daysWords(quint64 seconds)
{
    if (seconds % 86400 == 0)
        return seconds == 86400 ? PresetWords::tr("1 day") : PresetWords::tr("%1 days").arg(seconds / 86400);
    if (seconds % 3600 == 0)
        return seconds == 3600 ? PresetWords::tr("1 hour") : PresetWords::tr("%1 hours").arg(seconds / 3600);
    return PresetWords::tr("%1 seconds").arg(seconds);
}

// The member's values, parsed field by field; the first error names its field.
class Values {
public:
    Values(const QHash<QString, QString> &values, const ProposalPreset &preset) : m_values(values), m_preset(preset) { }

    Result<crypto::Address> account(const QString &key) const
    {
        auto a = crypto::Address::parse(text(key));
        if (!a)
            return fail<crypto::Address>(key, a.message());
        return a;
    }
    Result<quint64> count(const QString &key, quint64 least, quint64 most) const
    {
        bool ok = false;
        const quint64 n = text(key).toULongLong(&ok);
        if (!ok || n < least || n > most)
            return fail<quint64>(key, PresetWords::tr("a whole number from %1 to %2").arg(least).arg(most));
        return n;
    }
    Result<quint64> seconds(const QString &key) const
    {
        bool ok = false;
        const double days = text(key).toDouble(&ok);
        // The contract's uint64; a year of tens of thousands is no review period anyone means.
        if (!ok || !(days > 0) || days > 36500)
            return fail<quint64>(key, PresetWords::tr("a number of days above 0, such as 7 or 0.5"));
        return quint64(std::llround(days * 86400));
    }
    Result<UInt256> tokens(const QString &key, bool zeroAllowed) const
    {
        auto amount = eth::parseUnits(text(key), 18);
        if (!amount)
            return fail<UInt256>(key, amount.message());
        if (!zeroAllowed && amount.value().isZero())
            return fail<UInt256>(key, PresetWords::tr("an amount above zero"));
        return amount;
    }
    Result<quint64> basisPoints(const QString &key) const
    {
        auto share = eth::parseUnits(text(key), 2);
        if (!share || share.value() > UInt256(10000))
            return fail<quint64>(key, PresetWords::tr("a share from 0 to 100 (%), up to two decimals"));
        return share.value().low64();
    }
    Result<int> choice(const QString &key) const
    {
        const PresetField *f = field(key);
        bool ok = false;
        const int index = text(key).toInt(&ok);
        if (!ok || !f || index < 0 || index >= f->choices.size())
            return fail<int>(key, PresetWords::tr("choose one"));
        return index;
    }
    QString text(const QString &key) const { return m_values.value(key).trimmed(); }

private:
    const PresetField *field(const QString &key) const
    {
        for (const PresetField &f : m_preset.fields)
            if (f.key == key)
                return &f;
        return nullptr;
    }
    template <typename T> Result<T> fail(const QString &key, const QString &expected) const
    {
        const PresetField *f = field(key);
        return Result<T>::failure(
            PresetWords::tr("%1: %2.").arg(f ? f->label : key, expected), ErrorCode::InvalidInput);
    }

    const QHash<QString, QString> &m_values;
    const ProposalPreset &m_preset;
};

AbiValue address(const crypto::Address &a)
{
    return AbiValue::bytes(a.bytes());
}

AbiValue parametersTuple(const CurationParameters &p)
{
    return AbiValue::list({AbiValue::number(UInt256(quint64(p.quorum))), AbiValue::number(UInt256(p.reviewPeriod)),
        AbiValue::number(p.reward), AbiValue::number(p.reviewFee),
        AbiValue::number(UInt256(quint64(p.slashCapBasisPoints))), AbiValue::number(UInt256(p.appealWindow)),
        AbiValue::number(p.appealDeposit), AbiValue::number(p.challengeDeposit)});
}

QString parametersWords(const CurationParameters &p, const QString &symbol)
{
    return PresetWords::tr("set the curation rules: %1 decide a dataset, within %2; a reward of %3 for an approved "
                           "dataset and %4 for each agreeing curator; at most %5 of a rejected stake kept; appeals "
                           "within %6 with a deposit of %7; challenges with a deposit of %8")
        .arg(p.quorum == 1 ? PresetWords::tr("one review") : PresetWords::tr("%1 reviews").arg(p.quorum),
            daysWords(p.reviewPeriod), amountWords(p.reward, symbol), amountWords(p.reviewFee, symbol),
            percentWords(quint64(p.slashCapBasisPoints)), daysWords(p.appealWindow),
            amountWords(p.appealDeposit, symbol), amountWords(p.challengeDeposit, symbol));
}

Result<PresetAction> call(const eth::ContractAbi &abi, const crypto::Address &target, const QString &function,
    const AbiValue::List &args, const PresetContext &context)
{
    if (target.isZero())
        return Result<PresetAction>::failure(
            PresetWords::tr("This DAO has no %1 contract in its profile.").arg(abi.name()), ErrorCode::InvalidInput);
    auto data = abi.encodeCall(function, args);
    if (!data)
        return data.error();
    ProposalAction action {target, UInt256(), data.value()};
    return PresetAction {action, proposalActionWords(action, context.profile, context.abis, context.tokenSymbol)};
}

Result<QList<PresetAction>> one(const Result<PresetAction> &action)
{
    if (!action)
        return action.error();
    return QList<PresetAction> {action.value()};
}

} // namespace

QList<ProposalPreset> proposalPresets(const QString &symbol)
{
    const PresetField account {QStringLiteral("account"), PresetWords::tr("Account"),
        PresetWords::tr("The member's address, 0x…"), Kind::Account, {}};
    const PresetField dataset {QStringLiteral("dataset"), PresetWords::tr("Dataset"),
        PresetWords::tr("The dataset's number, as the catalog shows it (#4: 4)"), Kind::DatasetId, {}};
    const PresetField amount {QStringLiteral("amount"), PresetWords::tr("Amount in %1").arg(symbol),
        PresetWords::tr("Paid from the treasury when the proposal executes"), Kind::Tokens, {}};
    return {
        {QStringLiteral("grant-curator"), PresetWords::tr("Make a member a curator"),
            PresetWords::tr("The account may review datasets in the queue and earns the review fee when its "
                            "verdict matches the outcome."),
            {account}, false},
        {QStringLiteral("revoke-curator"), PresetWords::tr("Remove a curator"),
            PresetWords::tr("The account reviews no more; its reviews so far stay on record."), {account}, false},
        {QStringLiteral("curation-quorum"), PresetWords::tr("Reviews that decide a dataset"),
            PresetWords::tr("A dataset is decided by the majority once this many curators have reviewed it; a "
                            "tie goes to governance. The other curation rules stay as they are."),
            {{QStringLiteral("quorum"), PresetWords::tr("Reviews"), PresetWords::tr("From 1 to 255"), Kind::Count, {}}},
            true},
        {QStringLiteral("review-period"), PresetWords::tr("Time the curators have to review"),
            PresetWords::tr("Counted from submission (or a challenge); a dataset short of its reviews by then "
                            "goes to governance. The other curation rules stay as they are."),
            {{QStringLiteral("days"), PresetWords::tr("Days"), PresetWords::tr("Such as 7, or 0.5 for twelve hours"),
                Kind::Days, {}}},
            true},
        {QStringLiteral("curation-reward"), PresetWords::tr("Reward for an approved dataset"),
            PresetWords::tr("Paid from the rewards pool to the contributor of each approved dataset, with the "
                            "stake returned. The other curation rules stay as they are."),
            {{QStringLiteral("amount"), PresetWords::tr("Reward in %1").arg(symbol),
                PresetWords::tr("0 pays no reward"), Kind::Tokens, {}}},
            true},
        {QStringLiteral("review-fee"), PresetWords::tr("Fee for each agreeing curator"),
            PresetWords::tr("Paid from the rewards pool to every curator whose verdict matches the outcome. The "
                            "other curation rules stay as they are."),
            {{QStringLiteral("amount"), PresetWords::tr("Fee in %1").arg(symbol), PresetWords::tr("0 pays no fee"),
                Kind::Tokens, {}}},
            true},
        {QStringLiteral("slash-cap"), PresetWords::tr("Most of a rejected stake kept"),
            PresetWords::tr("A rejection sends the curators' proposed share of the stake to the treasury, at "
                            "most this share; the rest goes back to the contributor. The other curation rules "
                            "stay as they are."),
            {{QStringLiteral("percent"), PresetWords::tr("Share (%)"), PresetWords::tr("From 0 to 100"), Kind::Percent,
                {}}},
            true},
        {QStringLiteral("marketplace-fee"), PresetWords::tr("Marketplace fee on sales"),
            PresetWords::tr("The share of each access sale that goes to the treasury; the contributor gets the "
                            "rest. The registry allows at most its own cap."),
            {{QStringLiteral("percent"), PresetWords::tr("Share (%)"), PresetWords::tr("Such as 2.5"), Kind::Percent,
                {}}},
            false},
        {QStringLiteral("minimum-stake"), PresetWords::tr("Minimum stake to list a dataset"),
            PresetWords::tr("What a contributor must stake at least to submit a dataset; datasets listed "
                            "already keep their stake."),
            {{QStringLiteral("amount"), PresetWords::tr("Stake in %1").arg(symbol), PresetWords::tr("Such as 100"),
                Kind::Tokens, {}}},
            false},
        {QStringLiteral("fund-pool"), PresetWords::tr("Fund the rewards pool"),
            PresetWords::tr("Moves tokens from the treasury into the curation rewards pool, which pays the "
                            "rewards and the review fees: two actions, the allowance and the funding."),
            {amount}, false},
        {QStringLiteral("resolve-appeal"), PresetWords::tr("Decide an appeal"),
            PresetWords::tr("The token holders' answer to a contributor who appealed a rejection."),
            {dataset,
                {QStringLiteral("decision"), PresetWords::tr("Decision"), QString(), Kind::Choice,
                    {PresetWords::tr("Overturn: the dataset is approved, the contributor gets the deposit back "
                                     "and the reward"),
                        PresetWords::tr("Uphold: the rejection stands, the deposit goes to the treasury")}}},
            false},
        {QStringLiteral("resolve-dataset"), PresetWords::tr("Decide a dataset left to governance"),
            PresetWords::tr("For a tie, or a review period that ran out: approve it, or reject it and keep a "
                            "share of its stake (at most the slash cap)."),
            {dataset,
                {QStringLiteral("decision"), PresetWords::tr("Decision"), QString(), Kind::Choice,
                    {PresetWords::tr("Approve: the stake is returned and the reward paid"), PresetWords::tr("Reject")}},
                {QStringLiteral("percent"), PresetWords::tr("Stake kept (%)"),
                    PresetWords::tr("A rejection only; 0 returns the whole stake"), Kind::Percent, {}},
                {QStringLiteral("reason"), PresetWords::tr("Reason"), PresetWords::tr("Recorded with the decision"),
                    Kind::Text, {}}},
            false},
    };
}

Result<QList<PresetAction>> presetActions(
    const QString &id, const QHash<QString, QString> &values, const PresetContext &context)
{
    using R = Result<QList<PresetAction>>;
    const QList<ProposalPreset> presets = proposalPresets(context.tokenSymbol);
    const auto preset = std::find_if(presets.begin(), presets.end(), [&](const auto &p) { return p.id == id; });
    if (preset == presets.end())
        return R::failure(PresetWords::tr("Choose what the proposal does."), ErrorCode::InvalidInput);
    if (preset->needsCurationParameters && !context.current)
        return R::failure(PresetWords::tr("The curation contract's rules could not be read now."), ErrorCode::Network);
    const Values v(values, *preset);
    const DaoProfile &profile = context.profile;
    const eth::ContractAbi &curation = context.abis.curation;
    const eth::ContractAbi &registry = context.abis.registry;

    if (id == QLatin1String("grant-curator") || id == QLatin1String("revoke-curator")) {
        auto a = v.account(QStringLiteral("account"));
        if (!a)
            return a.error();
        return one(call(curation, profile.datasetCuration,
            id == QLatin1String("grant-curator") ? QStringLiteral("grantRole") : QStringLiteral("revokeRole"),
            {AbiValue::bytes(curatorRole()), address(a.value())}, context));
    }
    if (preset->needsCurationParameters) {
        CurationParameters p = *context.current;
        if (id == QLatin1String("curation-quorum")) {
            auto q = v.count(QStringLiteral("quorum"), 1, 255);
            if (!q)
                return q.error();
            p.quorum = int(q.value());
        } else if (id == QLatin1String("review-period")) {
            auto s = v.seconds(QStringLiteral("days"));
            if (!s)
                return s.error();
            p.reviewPeriod = s.value();
        } else if (id == QLatin1String("curation-reward") || id == QLatin1String("review-fee")) {
            auto t = v.tokens(QStringLiteral("amount"), true);
            if (!t)
                return t.error();
            (id == QLatin1String("curation-reward") ? p.reward : p.reviewFee) = t.value();
        } else {
            auto b = v.basisPoints(QStringLiteral("percent"));
            if (!b)
                return b.error();
            p.slashCapBasisPoints = int(b.value());
        }
        return one(
            call(curation, profile.datasetCuration, QStringLiteral("setParameters"), {parametersTuple(p)}, context));
    }
    if (id == QLatin1String("marketplace-fee")) {
        auto b = v.basisPoints(QStringLiteral("percent"));
        if (!b)
            return b.error();
        return one(call(registry, profile.datasetRegistry, QStringLiteral("setFee"),
            {AbiValue::number(UInt256(b.value()))}, context));
    }
    if (id == QLatin1String("minimum-stake")) {
        auto t = v.tokens(QStringLiteral("amount"), false);
        if (!t)
            return t.error();
        return one(call(registry, profile.datasetRegistry, QStringLiteral("setMinimumStake"),
            {AbiValue::number(t.value())}, context));
    }
    if (id == QLatin1String("fund-pool")) {
        auto t = v.tokens(QStringLiteral("amount"), false);
        if (!t)
            return t.error();
        if (profile.datasetCuration.isZero())
            return R::failure(
                PresetWords::tr("This DAO has no curation contract in its profile."), ErrorCode::InvalidInput);
        // fund() takes the tokens from its caller, the timelock: the allowance first, in the same proposal.
        auto allowance = call(context.abis.token, profile.token, QStringLiteral("approve"),
            {address(profile.datasetCuration), AbiValue::number(t.value())}, context);
        auto funding
            = call(curation, profile.datasetCuration, QStringLiteral("fund"), {AbiValue::number(t.value())}, context);
        if (!allowance)
            return allowance.error();
        if (!funding)
            return funding.error();
        return QList<PresetAction> {allowance.value(), funding.value()};
    }
    auto datasetId = v.count(QStringLiteral("dataset"), 1, std::numeric_limits<quint32>::max());
    if (!datasetId)
        return datasetId.error();
    auto decision = v.choice(QStringLiteral("decision"));
    if (!decision)
        return decision.error();
    const AbiValue idValue = AbiValue::number(UInt256(datasetId.value()));
    if (id == QLatin1String("resolve-appeal"))
        return one(call(curation, profile.datasetCuration, QStringLiteral("resolveAppeal"),
            {idValue, AbiValue::boolean(decision.value() == 0)}, context));
    const bool approve = decision.value() == 0;
    quint64 kept = 0;
    if (!approve) {
        auto b = v.basisPoints(QStringLiteral("percent"));
        if (!b)
            return b.error();
        kept = b.value();
    }
    return one(call(curation, profile.datasetCuration, QStringLiteral("resolve"),
        {idValue, AbiValue::boolean(approve), AbiValue::number(UInt256(kept)),
            AbiValue::text(v.text(QStringLiteral("reason")))},
        context));
}

QString proposalActionWords(
    const ProposalAction &action, const DaoProfile &profile, const DaoAbis &abis, const QString &symbol)
{
    const eth::ContractAbi *abi = action.target == profile.token                        ? &abis.token
        : !profile.datasetCuration.isZero() && action.target == profile.datasetCuration ? &abis.curation
        : !profile.datasetRegistry.isZero() && action.target == profile.datasetRegistry ? &abis.registry
                                                                                        : nullptr;
    if (!abi || action.calldata.size() < 4 || !action.value.isZero())
        return {};
    const eth::AbiFunction *function = abi->functionBySelector(action.calldata.left(4));
    if (!function)
        return {};
    auto decoded = eth::abi::decode(function->inputs, action.calldata.mid(4));
    if (!decoded)
        return {};
    const eth::AbiValue::List &a = decoded.value();
    const QString name = function->name;
    auto who = [&](const AbiValue &v) {
        const crypto::Address at = crypto::Address::fromBytes(v.asBytes()).value_or(crypto::Address());
        return at == profile.datasetCuration ? PresetWords::tr("the curation contract (%1)").arg(at.toChecksumString())
            : at == profile.timelock         ? PresetWords::tr("the treasury (%1)").arg(at.toChecksumString())
                                             : at.toChecksumString();
    };
    auto number = [&](int i) { return a[std::size_t(i)].asNumber(); };
    if (abi == &abis.token) {
        if (name == QLatin1String("transfer"))
            return PresetWords::tr("pay %1 from the treasury to %2").arg(amountWords(number(1), symbol), who(a[0]));
        if (name == QLatin1String("approve"))
            return PresetWords::tr("allow %1 to take %2 from the treasury")
                .arg(who(a[0]), amountWords(number(1), symbol));
        return {};
    }
    if (abi == &abis.registry) {
        if (name == QLatin1String("setFee"))
            return PresetWords::tr("set the marketplace fee to %1 of each access sale")
                .arg(percentWords(number(0).low64()));
        if (name == QLatin1String("setMinimumStake"))
            return PresetWords::tr("set the minimum stake to list a dataset to %1").arg(amountWords(number(0), symbol));
        return {};
    }
    if ((name == QLatin1String("grantRole") || name == QLatin1String("revokeRole")) && a[0].asBytes() == curatorRole())
        return (name == QLatin1String("grantRole") ? PresetWords::tr("make %1 a curator")
                                                   : PresetWords::tr("remove %1 from the curators"))
            .arg(who(a[1]));
    if (name == QLatin1String("setParameters") && a[0].asList().size() == 8) {
        const eth::AbiValue::List &t = a[0].asList();
        auto n = [&](int i) { return t[std::size_t(i)].asNumber(); };
        return parametersWords(CurationParameters {int(n(0).low64()), n(1).low64(), n(2), n(3), int(n(4).low64()),
                                   n(5).low64(), n(6), n(7), {}},
            symbol);
    }
    if (name == QLatin1String("fund"))
        return PresetWords::tr("add %1 from the treasury to the curation rewards pool")
            .arg(amountWords(number(0), symbol));
    if (name == QLatin1String("resolveAppeal"))
        return (a[1].asBool() ? PresetWords::tr("overturn the rejection of dataset #%1: it is approved, and its "
                                                "contributor gets the appeal deposit back and the reward")
                              : PresetWords::tr("uphold the rejection of dataset #%1: the appeal deposit goes to "
                                                "the treasury"))
            .arg(number(0).low64());
    if (name == QLatin1String("resolve"))
        return a[1].asBool() ? PresetWords::tr("approve dataset #%1, left to governance").arg(number(0).low64())
                             : PresetWords::tr("reject dataset #%1, left to governance, keeping %2 of its stake: %3")
                                   .arg(number(0).low64())
                                   .arg(percentWords(number(2).low64()), a[3].asText());
    return {};
}

} // namespace dd::dao
