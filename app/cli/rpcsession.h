#pragma once

// The node a command talks to: --rpc-url / -r, else ETH_RPC_URL, else http://localhost:8545 (as
// cast). Runs a JSON-RPC call to completion on the command's event loop.

#include "cli/commandline.h"

#include "eth/jsonrpcclient.h"

#include <QJsonArray>

namespace dd::cli {

QSet<QString> rpcOptions();
QUrl rpcUrl(const CommandLine &cl);
// Blocks the command (not a GUI) until the node answers.
Result<QJsonValue> rpcCall(const CommandLine &cl, const QString &method, const QJsonArray &params = {});

} // namespace dd::cli
