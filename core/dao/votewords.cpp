#include "dao/votewords.h"

namespace dd::dao {

QString supportLabel(int support)
{
    switch (support) {
    case 0:
        return VoteWords::tr("Against");
    case 1:
        return VoteWords::tr("For");
    case 2:
        return VoteWords::tr("Abstain");
    default:
        return {};
    }
}

QString supportPhrase(int support)
{
    return support == 1 ? VoteWords::tr("for") : support == 0 ? VoteWords::tr("against") : VoteWords::tr("abstain on");
}

} // namespace dd::dao
