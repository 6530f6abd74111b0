#include "dao/revertwords.h"

#include <QCoreApplication>

namespace dd::dao {

namespace {

struct RevertWords {
    Q_DECLARE_TR_FUNCTIONS(RevertWords)
};

} // namespace

QHash<QString, QString> daoErrorWords()
{
    return {
        // DatasetCuration
        {QStringLiteral("NotInReview"), RevertWords::tr("dataset #{id} is not in review now")},
        {QStringLiteral("ReviewPeriodOver"),
            RevertWords::tr("the review period of dataset #{id} is over; anyone may now send it to governance")},
        {QStringLiteral("ReviewPeriodNotOver"), RevertWords::tr("the review period of dataset #{id} is not over yet")},
        {QStringLiteral("AlreadyReviewed"),
            RevertWords::tr("{curator} has already reviewed dataset #{id} in this round")},
        {QStringLiteral("OwnDataset"),
            RevertWords::tr("{curator} submitted dataset #{id}, and a curator does not review their own dataset")},
        {QStringLiteral("ReasonMismatch"), RevertWords::tr("an approval takes no reason, and a rejection needs one")},
        {QStringLiteral("SlashTooHigh"),
            RevertWords::tr("keeping {slashBasisPoints} basis points of the stake is more than allowed")},
        {QStringLiteral("NotAwaitingGovernance"), RevertWords::tr("dataset #{id} is not waiting for governance")},
        {QStringLiteral("NotRejected"),
            RevertWords::tr("dataset #{id} is not rejected, or its appeal was decided already: only a rejection is "
                            "appealed, once")},
        {QStringLiteral("NotAppealed"), RevertWords::tr("dataset #{id} has no open appeal")},
        {QStringLiteral("AppealWindowOver"),
            RevertWords::tr("the time to appeal the rejection of dataset #{id} is over")},
        {QStringLiteral("NotContributor"),
            RevertWords::tr("only the contributor of dataset #{id} may do this, and {caller} is not")},
        {QStringLiteral("NotApproved"),
            RevertWords::tr("dataset #{id} is not approved: only an approved dataset can be challenged")},
        {QStringLiteral("BadParameters"),
            RevertWords::tr("these curation rules are not allowed: the quorum and the review period must be above "
                            "zero and the slash cap at most 100%")},
        {QStringLiteral("ZeroAddress"), RevertWords::tr("an address given is zero")},
        // DatasetRegistry
        {QStringLiteral("DatasetUnknown"), RevertWords::tr("there is no dataset #{id}")},
        {QStringLiteral("DatasetAlreadyRegistered"),
            RevertWords::tr("this content is registered already, as dataset #{id}")},
        {QStringLiteral("DatasetNotPending"), RevertWords::tr("dataset #{id} is not pending")},
        {QStringLiteral("DatasetUnderReview"),
            RevertWords::tr("dataset #{id} is being reviewed, and a dataset under review can no longer be withdrawn")},
        {QStringLiteral("DatasetNotRejected"), RevertWords::tr("dataset #{id} is not rejected")},
        {QStringLiteral("DatasetNotApproved"), RevertWords::tr("dataset #{id} is not approved")},
        {QStringLiteral("DatasetNotAvailable"),
            RevertWords::tr("dataset #{id} is not for sale: only approved datasets are")},
        {QStringLiteral("StakeTooLow"), RevertWords::tr("the stake {stake} is below the minimum of {minimumStake}")},
        {QStringLiteral("EmptyCid"), RevertWords::tr("a CID is empty")},
        {QStringLiteral("FeeTooHigh"), RevertWords::tr("a fee of {feeBasisPoints} basis points is more than allowed")},
        {QStringLiteral("AlreadyHasAccess"), RevertWords::tr("{member} holds access to dataset #{id} already")},
        // OpenZeppelin
        {QStringLiteral("AccessControlUnauthorizedAccount"),
            RevertWords::tr("{account} does not hold the role this needs")},
        {QStringLiteral("ERC20InsufficientBalance"),
            RevertWords::tr("{sender} holds {balance} of the token's smallest unit, and {needed} are needed")},
        {QStringLiteral("ERC20InsufficientAllowance"),
            RevertWords::tr("{spender} may take {allowance} of the token's smallest unit, and {needed} are needed")},
    };
}

} // namespace dd::dao
