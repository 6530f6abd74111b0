#pragma once

// Runs a storage transfer (an upload or a download) to its end in a local event loop: the CLI's
// commands are sequential, the transfers are Qt objects that report by signal.

#include "common/result.h"
#include "storage/transfers.h"

#include <functional>

namespace dd::cli {

// start: what begins the transfer (called once the loop runs). The transfer's own error, in words.
Status runTransfer(storage::Transfer &transfer, const std::function<void()> &start);

} // namespace dd::cli
