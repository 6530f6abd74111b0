#pragma once

// The curation subcommands that send transactions (curationsends.cpp): review, appeal or
// challenge, fund the rewards pool, expire a review period. runCuration dispatches to them.

#include "cli/commandline.h"

namespace dd::cli {

enum class CurationAppeal { Appeal, Challenge };

int runCurationReview(const CommandLine &cl);
int runCurationAppeal(const CommandLine &cl, CurationAppeal kind);
int runCurationFund(const CommandLine &cl);
int runCurationExpire(const CommandLine &cl);

} // namespace dd::cli
