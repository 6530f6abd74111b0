#pragma once

// Bounds on a whole answer read through QNetworkAccessManager, for the clients that read one
// whole (JSON-RPC, Discourse): a server that trickles or answers without end is cut off, and
// says why in words. A transfer timeout alone does not do it: it restarts with every byte.

#include <QString>

#include <chrono>

class QNetworkReply;

namespace dd {

// Aborts reply once more than maxBytes arrive, or when it is still running at deadline.
void limitReply(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline);

// Why limitReply cut reply off ("took more than 60 s to answer", "answered with more than 128
// MiB"); empty when it did not.
QString replyLimitBroken(const QNetworkReply *reply);

} // namespace dd
