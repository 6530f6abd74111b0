#pragma once

// A Governor vote's support in words: 0 against, 1 for, 2 abstain, as OpenZeppelin's
// GovernorCountingSimple (and Compound Bravo) count it. One place for the sheet, the vote
// summaries, the proposal's votes and the kept signed votes, translated where the app loads a
// translation.

#include <QCoreApplication>
#include <QString>

namespace dd::dao {

struct VoteWords {
    Q_DECLARE_TR_FUNCTIONS(VoteWords)
};

// "For", "Against", "Abstain"; empty for any other value (a raw number the caller shows as is).
QString supportLabel(int support);
// Inside a sentence: "for", "against", "abstain on" ("Vote abstain on \"Title\"").
QString supportPhrase(int support);

} // namespace dd::dao
