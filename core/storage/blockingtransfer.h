#pragma once

// Storage transfers run to their end on the calling thread, for work that is sequential: the
// CLI's commands, and a core workflow on a worker thread (a curator's report downloads the
// dataset, then publishes what it measured). Each runs a local event loop: the transfers are Qt
// objects that report by signal. Never call these on the GUI thread.

#include "common/result.h"
#include "storage/blockstore.h"
#include "storage/cid.h"
#include "storage/transfers.h"
#include "storage/unixfs.h"

#include <QList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace dd::storage {

// start: what begins the transfer (called once the loop runs). cancel (may be null) is looked at
// ten times a second and cancels the transfer. The transfer's own error, in words.
Status runTransfer(Transfer &transfer, const std::function<void()> &start, const std::atomic_bool *cancel = nullptr);

// Writes path (a file or folder) as a CAR at carPath (renamed into place once whole); its root.
Result<Cid> writeCar(const QString &path, const QString &carPath, const ImportProfile &profile);

// Imports one file (unixfs-v1-2025) and uploads it to a Kubo RPC API; the root CID.
Result<QString> storeFile(const QString &path, const QUrl &api, const std::atomic_bool *cancel = nullptr);

// Downloads content into output from the first gateway that serves it whole, every block checked
// against root (the next gateway continues from the blocks the store kept).
using DownloadProgress = std::function<void(quint64 done, quint64 total)>;
Status downloadContent(const BlockStore &store, const Cid &root, const QList<QUrl> &gateways, const QString &output,
    const DownloadProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace dd::storage
