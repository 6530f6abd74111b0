#include "dao/curationcalls.h"

#include "crypto/keccak.h"
#include "dao/daodeployer.h"
#include "dao/tokencalls.h"
#include "eth/units.h"

#include <QCoreApplication>

namespace dd::dao {

namespace {

// The summaries, translated where the app loads a translation.
struct CurationWords {
    Q_DECLARE_TR_FUNCTIONS(CurationCalls)
};

const char *const reasonNames[reviewReasonCount] = {"none", "license-unclear", "personal-data", "duplicates-registered",
    "does-not-match-description", "malformed-files", "low-quality", "spam-or-other"};

Result<const DaoAbis *> curationAbis(const DaoProfile &profile)
{
    if (profile.datasetCuration.isZero())
        return Result<const DaoAbis *>::failure(
            CurationWords::tr("This DAO has no curation contract: its datasets are not reviewed here."),
            ErrorCode::InvalidInput);
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    return &abis.value();
}

Result<eth::AbiValue::List> view(
    eth::ChainSession &chain, const DaoProfile &profile, const QString &function, const eth::AbiValue::List &args = {})
{
    auto abis = curationAbis(profile);
    if (!abis)
        return abis.error();
    const eth::ContractAbi &curation = abis.value()->curation;
    auto data = curation.encodeCall(function, args);
    if (!data)
        return data.error();
    auto answer = chain.ethCall({}, eth::TxRequest {profile.datasetCuration, {}, data.value(), &curation});
    if (!answer)
        return answer.error();
    return curation.decodeResult(function, answer.value());
}

Result<TransactionAsk> curationAsk(const DaoProfile &profile, const crypto::Address &from, const QString &function,
    const eth::AbiValue::List &args, const QString &summary, quint64 datasetId, const QString &title)
{
    auto abis = curationAbis(profile);
    if (!abis)
        return abis.error();
    const eth::ContractAbi &curation = abis.value()->curation;
    auto data = curation.encodeCall(function, args);
    if (!data)
        return data.error();
    TransactionAsk ask {
        from, eth::TxRequest {profile.datasetCuration, {}, data.value(), &curation}, summary, curation.name(), {}, {}};
    if (datasetId != 0)
        ask.names.nameId(eth::UInt256(datasetId), QStringLiteral("\u201c%1\u201d").arg(title));
    return ask;
}

QString tokens(const eth::UInt256 &amount, const QString &symbol)
{
    return QStringLiteral("%1 %2").arg(eth::formatUnits(amount, 18), symbol).trimmed();
}

// approve(curation, deposit) when the allowance is short, then the call.
Result<QList<TransactionAsk>> withDeposit(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &from, const eth::UInt256 &deposit, const QString &approveSummary,
    Result<TransactionAsk> call, const QString &tokenSymbol)
{
    if (!call)
        return call.error();
    QList<TransactionAsk> asks;
    if (!deposit.isZero()) {
        auto allowance = tokenAllowance(chain, profile, from, profile.datasetCuration);
        if (!allowance)
            return allowance.error();
        if (allowance.value() < deposit) {
            auto approve = approveAsk(profile, from, profile.datasetCuration, deposit, approveSummary, tokenSymbol);
            if (!approve)
                return approve.error();
            asks.append(approve.value());
        }
    }
    asks.append(call.value());
    return asks;
}

} // namespace

QString reviewReasonWords(int reason)
{
    switch (ReviewReason(reason)) {
    case ReviewReason::None:
        return CurationWords::tr("None (an approval)");
    case ReviewReason::LicenseUnclear:
        return CurationWords::tr("Licence unclear");
    case ReviewReason::PersonalData:
        return CurationWords::tr("Personal data");
    case ReviewReason::DuplicatesRegistered:
        return CurationWords::tr("Duplicates a registered dataset");
    case ReviewReason::DoesNotMatchDescription:
        return CurationWords::tr("Does not match its description");
    case ReviewReason::MalformedFiles:
        return CurationWords::tr("Malformed files");
    case ReviewReason::LowQuality:
        return CurationWords::tr("Low quality");
    case ReviewReason::SpamOrOther:
        return CurationWords::tr("Spam or other");
    }
    return CurationWords::tr("Unknown reason %1").arg(reason);
}

QString reviewReasonName(int reason)
{
    return reason >= 0 && reason < reviewReasonCount ? QString::fromLatin1(reasonNames[reason])
                                                     : QString::number(reason);
}

std::optional<ReviewReason> reviewReasonFromName(QStringView name)
{
    for (int i = 0; i < reviewReasonCount; ++i) {
        if (name == QLatin1String(reasonNames[i]))
            return ReviewReason(i);
    }
    return std::nullopt;
}

Result<CurationParameters> readCurationParameters(eth::ChainSession &chain, const DaoProfile &profile)
{
    auto p = view(chain, profile, QStringLiteral("parameters"));
    if (!p)
        return p.error();
    auto pool = view(chain, profile, QStringLiteral("pool"));
    if (!pool)
        return pool.error();
    const eth::AbiValue::List &v = p.value();
    if (v.size() < 8 || pool.value().empty())
        return Result<CurationParameters>::failure(
            CurationWords::tr("The curation contract's parameters have another shape than this app knows."),
            ErrorCode::Network);
    return CurationParameters {int(v[0].asNumber().low64()), v[1].asNumber().low64(), v[2].asNumber(), v[3].asNumber(),
        int(v[4].asNumber().low64()), v[5].asNumber().low64(), v[6].asNumber(), v[7].asNumber(),
        pool.value()[0].asNumber()};
}

Result<CurationCase> readCurationCase(eth::ChainSession &chain, const DaoProfile &profile, quint64 datasetId)
{
    auto answer = view(chain, profile, QStringLiteral("caseOf"), {eth::AbiValue::number(eth::UInt256(datasetId))});
    if (!answer)
        return answer.error();
    // One tuple: (stage, round, approvals, rejections, openedAt, decidedAt, slashSum, challenger, ...).
    if (answer.value().size() != 1 || answer.value()[0].asList().size() < 8)
        return Result<CurationCase>::failure(
            CurationWords::tr("The curation contract's case has another shape than this app knows."),
            ErrorCode::Network);
    const eth::AbiValue::List &c = answer.value()[0].asList();
    auto number = [&](int i) { return c[size_t(i)].asNumber().low64(); };
    return CurationCase {int(number(0)), quint32(number(1)), int(number(2)), int(number(3)), number(4), number(5),
        crypto::Address::fromBytes(c[7].asBytes()).value_or(crypto::Address())};
}

Result<bool> isCurator(eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &account)
{
    auto answer = view(chain, profile, QStringLiteral("hasRole"),
        {eth::AbiValue::bytes(crypto::keccak256(QByteArrayLiteral("CURATOR_ROLE"))),
            eth::AbiValue::bytes(account.bytes())});
    if (!answer)
        return answer.error();
    return !answer.value().empty() && answer.value()[0].asBool();
}

Result<TransactionAsk> reviewAsk(
    const DaoProfile &profile, const crypto::Address &curator, const ReviewVerdict &verdict)
{
    using R = Result<TransactionAsk>;
    if (verdict.approve && verdict.reason != ReviewReason::None)
        return R::failure(
            CurationWords::tr("An approval has no reason: the reasons are for rejections."), ErrorCode::InvalidInput);
    if (!verdict.approve && verdict.reason == ReviewReason::None)
        return R::failure(CurationWords::tr("Pick the reason for the rejection."), ErrorCode::InvalidInput);
    if (int(verdict.reason) < 0 || int(verdict.reason) >= reviewReasonCount)
        return R::failure(
            CurationWords::tr("There is no reason %1.").arg(int(verdict.reason)), ErrorCode::InvalidInput);
    if (verdict.slashBasisPoints < 0 || verdict.slashBasisPoints > 10000)
        return R::failure(
            CurationWords::tr("The share of the stake to keep is between 0% and 100%."), ErrorCode::InvalidInput);
    if (verdict.approve && verdict.slashBasisPoints != 0)
        return R::failure(CurationWords::tr("An approval keeps none of the stake."), ErrorCode::InvalidInput);
    const QString summary = verdict.approve
        ? CurationWords::tr("Approve \"%1\" as a curator").arg(verdict.title)
        : CurationWords::tr("Reject \"%1\" as a curator (%2), proposing to keep %3% of its stake")
              .arg(verdict.title, reviewReasonWords(int(verdict.reason)).toLower(),
                  QString::number(verdict.slashBasisPoints / 100.0, 'f', verdict.slashBasisPoints % 100 ? 2 : 0));
    return curationAsk(profile, curator, QStringLiteral("review"),
        {eth::AbiValue::number(eth::UInt256(verdict.datasetId)), eth::AbiValue::boolean(verdict.approve),
            eth::AbiValue::number(eth::UInt256(quint64(verdict.reason))), eth::AbiValue::text(verdict.text),
            eth::AbiValue::text(verdict.evidenceUri),
            eth::AbiValue::number(eth::UInt256(quint64(verdict.slashBasisPoints)))},
        summary, verdict.datasetId, verdict.title);
}

Result<TransactionAsk> expireAsk(
    const DaoProfile &profile, const crypto::Address &from, quint64 datasetId, const QString &title)
{
    return curationAsk(profile, from, QStringLiteral("expire"), {eth::AbiValue::number(eth::UInt256(datasetId))},
        CurationWords::tr("Send \"%1\" to governance: its review period ran out").arg(title), datasetId, title);
}

namespace {

// What an appeal and a challenge share: words on why (refused when empty), the deposit the
// curation rules ask now, approved when the allowance is short, then the call.
struct DepositCall {
    QString function;
    eth::AbiValue::List args;
    QString whyMissing; // the refusal when `why` is empty
    eth::UInt256 CurationParameters::*deposit;
    QString approveSummary; // %1: the deposit
    QString summary; // %1: the title, %2: the deposit
};

Result<QList<TransactionAsk>> depositAndCall(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &from, quint64 datasetId, const QString &title, const QString &why, const DepositCall &call,
    const QString &tokenSymbol)
{
    if (why.trimmed().isEmpty())
        return Result<QList<TransactionAsk>>::failure(call.whyMissing, ErrorCode::InvalidInput);
    auto parameters = readCurationParameters(chain, profile);
    if (!parameters)
        return parameters.error();
    const eth::UInt256 deposit = parameters.value().*call.deposit;
    const QString amount = tokens(deposit, tokenSymbol);
    return withDeposit(chain, profile, from, deposit, call.approveSummary.arg(amount),
        curationAsk(profile, from, call.function, call.args, call.summary.arg(title, amount), datasetId, title),
        tokenSymbol);
}

} // namespace

Result<QList<TransactionAsk>> appealAsks(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &contributor, quint64 datasetId, const QString &title, const QString &reason,
    const QString &tokenSymbol)
{
    return depositAndCall(chain, profile, contributor, datasetId, title, reason,
        {QStringLiteral("appeal"), {eth::AbiValue::number(eth::UInt256(datasetId)), eth::AbiValue::text(reason)},
            CurationWords::tr("Say why the rejection is wrong: token holders read it before they vote."),
            &CurationParameters::appealDeposit,
            CurationWords::tr("Allow the curation contract to take the appeal deposit of %1"),
            CurationWords::tr("Appeal the rejection of \"%1\" to token holders, with a deposit of %2")},
        tokenSymbol);
}

Result<QList<TransactionAsk>> challengeAsks(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &member, quint64 datasetId, const QString &title, const QString &reason,
    const QString &evidenceUri, const QString &tokenSymbol)
{
    return depositAndCall(chain, profile, member, datasetId, title, reason,
        {QStringLiteral("challenge"),
            {eth::AbiValue::number(eth::UInt256(datasetId)), eth::AbiValue::text(reason),
                eth::AbiValue::text(evidenceUri)},
            CurationWords::tr("Say what is wrong with the dataset: its new reviewers read it."),
            &CurationParameters::challengeDeposit,
            CurationWords::tr("Allow the curation contract to take the challenge deposit of %1"),
            CurationWords::tr("Challenge \"%1\": back to review, with a deposit of %2 (returned if it is rejected)")},
        tokenSymbol);
}

Result<QList<TransactionAsk>> fundPoolAsks(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &from, const eth::UInt256 &amount, const QString &tokenSymbol)
{
    if (amount.isZero())
        return Result<QList<TransactionAsk>>::failure(
            CurationWords::tr("Enter an amount above zero."), ErrorCode::InvalidInput);
    return withDeposit(chain, profile, from, amount,
        CurationWords::tr("Allow the curation contract to take %1 for the rewards pool")
            .arg(tokens(amount, tokenSymbol)),
        curationAsk(profile, from, QStringLiteral("fund"), {eth::AbiValue::number(amount)},
            CurationWords::tr("Add %1 to the curation rewards pool").arg(tokens(amount, tokenSymbol)), 0, {}),
        tokenSymbol);
}

} // namespace dd::dao
