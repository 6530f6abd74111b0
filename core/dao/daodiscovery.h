#pragma once

// Finds a DAO from its governor alone: the token and timelock come from the governor's own
// token() and timelock() views, the chain id from the node, and the deployment block (where
// the indexer starts) by bisecting eth_getCode over block heights.

#include "common/result.h"
#include "dao/daoprofile.h"
#include "eth/chainsession.h"

namespace dd::dao {

Result<DaoProfile> discoverDao(eth::ChainSession &chain, const QList<QUrl> &rpcUrls, const crypto::Address &governor);

} // namespace dd::dao
