#pragma once

// The curation contract's calls, written once for the window's Curation section and for
// `datadao-cli curation`: a curator's review, a contributor's appeal, a member's challenge,
// funding the rewards pool, sending an expired review to governance, and the live reads
// (parameters, pool, a dataset's case) a decision is checked against before it is asked for.
// Deposits are approved for the curation contract only when the allowance is short.

#include "common/result.h"
#include "dao/daoprofile.h"
#include "dao/transactionrequester.h"
#include "eth/chainsession.h"
#include "eth/uint256.h"

#include <optional>

namespace dd::dao {

// DatasetCuration.Reason, in the same order: why a curator rejects (None on an approval).
enum class ReviewReason : int {
    None = 0,
    LicenseUnclear,
    PersonalData,
    DuplicatesRegistered,
    DoesNotMatchDescription,
    MalformedFiles,
    LowQuality,
    SpamOrOther,
};
constexpr int reviewReasonCount = 8;
QString reviewReasonWords(int reason); // "Personal data", translated
QString reviewReasonName(int reason); // "personal-data": for --reason and JSON
std::optional<ReviewReason> reviewReasonFromName(QStringView name);

// DatasetCuration.parameters() and pool(), read now.
struct CurationParameters {
    int quorum = 0;
    quint64 reviewPeriod = 0; // seconds
    eth::UInt256 reward;
    eth::UInt256 reviewFee;
    int slashCapBasisPoints = 0;
    quint64 appealWindow = 0; // seconds
    eth::UInt256 appealDeposit;
    eth::UInt256 challengeDeposit;
    eth::UInt256 pool;
};
Result<CurationParameters> readCurationParameters(eth::ChainSession &chain, const DaoProfile &profile);

// DatasetCuration.caseOf(id), read now. stage: DatasetCuration.Stage (cache::CurationStage).
struct CurationCase {
    int stage = 0;
    quint32 round = 0;
    int approvals = 0;
    int rejections = 0;
    quint64 openedAt = 0;
    quint64 decidedAt = 0;
    crypto::Address challenger;
};
Result<CurationCase> readCurationCase(eth::ChainSession &chain, const DaoProfile &profile, quint64 datasetId);

// Does the account hold the curator role now?
Result<bool> isCurator(eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &account);

struct ReviewVerdict {
    quint64 datasetId = 0;
    QString title; // for the summary
    bool approve = false;
    ReviewReason reason = ReviewReason::None;
    QString text;
    QString evidenceUri; // the curator's ERC-1497 evidence file (ipfs://CID)
    int slashBasisPoints = 0; // a rejection's proposed share of the stake to keep
};

// review(id, approve, reason, text, evidenceUri, slash) from the curator. A verdict that cannot
// pass (a reason on an approval, none on a rejection, a slash above 100%) is refused in words.
Result<TransactionAsk> reviewAsk(
    const DaoProfile &profile, const crypto::Address &curator, const ReviewVerdict &verdict);

// expire(id): a review period that ran out leaves the dataset to governance. Anyone may send it.
Result<TransactionAsk> expireAsk(
    const DaoProfile &profile, const crypto::Address &from, quint64 datasetId, const QString &title);

// What a deposit-taking call needs now: approve (when the allowance is short), then the call.
Result<QList<TransactionAsk>> appealAsks(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &contributor, quint64 datasetId, const QString &title, const QString &reason,
    const QString &tokenSymbol);
Result<QList<TransactionAsk>> challengeAsks(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &member, quint64 datasetId, const QString &title, const QString &reason,
    const QString &evidenceUri, const QString &tokenSymbol);
Result<QList<TransactionAsk>> fundPoolAsks(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &from, const eth::UInt256 &amount, const QString &tokenSymbol);

} // namespace dd::dao
