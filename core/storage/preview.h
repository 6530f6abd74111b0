#pragma once

// The first bytes of a file inside a published dataset, for a preview before anything is
// bought or downloaded: the blocks along the path and the file's first blocks, each fetched as
// a raw block from a trustless gateway (?format=raw) and checked against its CID. Blocking:
// call it off the GUI thread; it runs a local event loop.

#include "common/result.h"
#include "storage/cid.h"

#include <QUrl>

namespace dd::storage {

Result<QByteArray> fetchFileStart(
    const QUrl &gateway, const Cid &root, const QString &path, qint64 maxBytes, int timeoutMs = 15000);

} // namespace dd::storage
