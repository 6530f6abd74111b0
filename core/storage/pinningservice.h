#pragma once

// A client of the IPFS Pinning Service API (ipfs/pinning-services-api-spec, OpenAPI 0.1.x):
// ask a remote service to pin a CID (POST /pins), follow the request until it is pinned or
// failed (GET /pins/{requestid}), list (GET /pins), replace and remove pins. The access token
// travels only in the Authorization header and is never logged. Every answer is checked
// against the spec's schema, and a service that answers for another CID than the one asked
// for is refused. Blocking: call it off the GUI thread; each call runs a local event loop.

#include "common/result.h"
#include "common/securebytes.h"
#include "storage/cid.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace dd::storage {

struct RemotePin {
    QString requestId;
    QString status; // queued, pinning, pinned or failed
    QDateTime created;
    QString cid;
    QString name;
    QStringList origins;
    QStringList delegates; // multiaddrs the service fetches through
    QMap<QString, QString> meta;
    QMap<QString, QString> info; // e.g. status_details: why it failed, or the queue position

    bool settled() const { return status == QLatin1String("pinned") || status == QLatin1String("failed"); }
};

struct RemotePinRequest {
    Cid cid;
    QString name; // at most 255 characters
    QStringList origins; // multiaddrs known to provide the data
    QMap<QString, QString> meta;
};

struct RemotePinQuery {
    QStringList cids; // at most 10
    QString name;
    QStringList statuses; // empty: the spec's default (pinned only)
    int limit = 10; // 1 to 1000
    QDateTime before; // for the next page: the oldest `created` of this one
};

struct RemotePinList {
    int count = 0; // how many match in all (more than results: there are further pages)
    QList<RemotePin> results;
};

class PinningServiceClient {
public:
    PinningServiceClient(QUrl endpoint, SecureBytes accessToken, int timeoutMs = 30000);

    Result<RemotePin> add(const RemotePinRequest &request) const;
    Result<RemotePin> get(const QString &requestId) const;
    Result<RemotePinList> list(const RemotePinQuery &query) const;
    // The old request is removed by the service once the new one exists.
    Result<RemotePin> replace(const QString &requestId, const RemotePinRequest &request) const;
    Status remove(const QString &requestId) const;

    // Asks again until the request is pinned or failed, first after pollMs and then at doubling
    // intervals up to 5 s, giving each status to progress; a dropped connection or a 5xx is asked
    // again. Stops with an error when cancel is set or after timeoutMs.
    Result<RemotePin> waitUntilSettled(const QString &requestId, int pollMs, int timeoutMs,
        const std::function<void(const RemotePin &)> &progress = {}, const std::atomic_bool *cancel = nullptr) const;

private:
    struct Reply {
        int status = 0;
        QByteArray body;
    };
    Result<Reply> send(
        const QByteArray &method, const QString &path, const QByteArray &query, const QByteArray &body) const;
    Result<RemotePin> pinStatus(const Result<Reply> &reply, int expected, const QString &cid) const;

    QUrl m_endpoint;
    SecureBytes m_token;
    int m_timeoutMs;
};

// A PinStatus object as the spec defines it; an error in words when a required field is
// missing or has the wrong type.
Result<RemotePin> parseRemotePin(const QJsonObject &object);

} // namespace dd::storage
