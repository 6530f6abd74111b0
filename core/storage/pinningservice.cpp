#include "storage/pinningservice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QUrlQuery>

namespace dd::storage {

namespace {

const QStringList knownStatuses {
    QStringLiteral("queued"), QStringLiteral("pinning"), QStringLiteral("pinned"), QStringLiteral("failed")};

Error invalid(const QString &what)
{
    return Error {QStringLiteral("The pinning service answered with a PinStatus that is not valid: %1").arg(what),
        ErrorCode::Network, {}};
}

Result<QStringList> stringArray(const QJsonValue &value, const QString &field)
{
    if (value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return invalid(QStringLiteral("%1 is not a list").arg(field));
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return invalid(QStringLiteral("%1 holds something other than text").arg(field));
        out.append(item.toString());
    }
    return out;
}

Result<QMap<QString, QString>> stringMap(const QJsonValue &value, const QString &field)
{
    QMap<QString, QString> out;
    if (value.isUndefined() || value.isNull())
        return out;
    if (!value.isObject())
        return invalid(QStringLiteral("%1 is not an object").arg(field));
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return invalid(QStringLiteral("%1.%2 is not text").arg(field, it.key()));
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

QJsonObject pinObject(const RemotePinRequest &request)
{
    QJsonObject pin {{QStringLiteral("cid"), request.cid.toString()}};
    if (!request.name.isEmpty())
        pin.insert(QStringLiteral("name"), request.name);
    if (!request.origins.isEmpty())
        pin.insert(QStringLiteral("origins"), QJsonArray::fromStringList(request.origins));
    if (!request.meta.isEmpty()) {
        QJsonObject meta;
        for (auto it = request.meta.cbegin(); it != request.meta.cend(); ++it)
            meta.insert(it.key(), it.value());
        pin.insert(QStringLiteral("meta"), meta);
    }
    return pin;
}

Status checkRequest(const RemotePinRequest &request)
{
    if (request.name.size() > 255)
        return Status::failure(QStringLiteral("A pin's name is at most 255 characters."), ErrorCode::InvalidInput);
    if (request.origins.size() > 20)
        return Status::failure(QStringLiteral("A pin lists at most 20 origins."), ErrorCode::InvalidInput);
    return success();
}

// Whether text names the same content as cid (a service may answer a CIDv0 in its CIDv1 form).
bool sameContent(const QString &text, const QString &cid)
{
    auto a = Cid::parse(text);
    auto b = Cid::parse(cid);
    return a && b && a.value().codec == b.value().codec && a.value().multihash == b.value().multihash;
}

} // namespace

Result<RemotePin> parseRemotePin(const QJsonObject &object)
{
    RemotePin pin;
    pin.requestId = object.value(QStringLiteral("requestid")).toString();
    if (pin.requestId.isEmpty())
        return invalid(QStringLiteral("it has no requestid"));
    pin.status = object.value(QStringLiteral("status")).toString();
    if (!knownStatuses.contains(pin.status))
        return invalid(
            QStringLiteral("its status \"%1\" is none of queued, pinning, pinned, failed").arg(pin.status.left(40)));
    pin.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    if (!pin.created.isValid())
        return invalid(QStringLiteral("its created time is not an RFC 3339 date-time"));
    const QJsonValue inner = object.value(QStringLiteral("pin"));
    if (!inner.isObject() || !inner.toObject().value(QStringLiteral("cid")).isString())
        return invalid(QStringLiteral("it has no pin with a cid"));
    const QJsonObject pinned = inner.toObject();
    pin.cid = pinned.value(QStringLiteral("cid")).toString();
    pin.name = pinned.value(QStringLiteral("name")).toString();
    auto origins = stringArray(pinned.value(QStringLiteral("origins")), QStringLiteral("pin.origins"));
    auto meta = stringMap(pinned.value(QStringLiteral("meta")), QStringLiteral("pin.meta"));
    if (!object.value(QStringLiteral("delegates")).isArray())
        return invalid(QStringLiteral("it has no list of delegates"));
    auto delegates = stringArray(object.value(QStringLiteral("delegates")), QStringLiteral("delegates"));
    auto info = stringMap(object.value(QStringLiteral("info")), QStringLiteral("info"));
    for (const Error *error : {origins ? nullptr : &origins.error(), meta ? nullptr : &meta.error(),
             delegates ? nullptr : &delegates.error(), info ? nullptr : &info.error()})
        if (error)
            return *error;
    pin.origins = origins.value();
    pin.meta = meta.value();
    pin.delegates = delegates.value();
    pin.info = info.value();
    return pin;
}

PinningServiceClient::PinningServiceClient(QUrl endpoint, SecureBytes accessToken, int timeoutMs)
    : m_endpoint(std::move(endpoint)), m_token(std::move(accessToken)), m_timeoutMs(timeoutMs)
{
}

Result<PinningServiceClient::Reply> PinningServiceClient::send(
    const QByteArray &method, const QString &path, const QByteArray &query, const QByteArray &body) const
{
    QUrl url = m_endpoint;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(query));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    // Built in one buffer that is wiped after use: no other copy of the token is left behind
    // here (the request keeps the header's own).
    QByteArray authorization;
    authorization.reserve(qsizetype(7 + m_token.size()));
    authorization.append("Bearer ").append(m_token.view());
    request.setRawHeader("Authorization", authorization);
    authorization.fill('\0');
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkAccessManager network;
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    Reply out {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    const QString host = m_endpoint.host();
    if (out.status == 0)
        return Result<Reply>::failure(
            QStringLiteral("The pinning service at %1 could not be reached: %2").arg(host, reply->errorString()),
            ErrorCode::Network);
    if (out.status >= 200 && out.status < 300)
        return out;
    // The spec's Failure object: {"error": {"reason": "...", "details": "..."}}.
    const QJsonObject error = QJsonDocument::fromJson(out.body).object().value(QStringLiteral("error")).toObject();
    const QString reason = error.value(QStringLiteral("reason")).toString();
    const QString details = error.value(QStringLiteral("details")).toString();
    const QString said = reason.isEmpty() ? QStringLiteral("HTTP %1 without the error object the Pinning Service "
                                                           "API defines")
                                                .arg(out.status)
        : details.isEmpty() ? reason
                            : QStringLiteral("%1: %2").arg(reason, details.left(300));
    const ErrorCode code = out.status >= 500 || out.status == 429 ? ErrorCode::Network : ErrorCode::Rpc;
    switch (out.status) {
    case 401:
        return Result<Reply>::failure(
            QStringLiteral("The pinning service at %1 does not accept the access token (%2).").arg(host, said), code);
    case 404:
        return Result<Reply>::failure(
            QStringLiteral("The pinning service at %1 has no such pin request (%2).").arg(host, said), code);
    case 409:
        return Result<Reply>::failure(
            QStringLiteral("The pinning service at %1 refused for lack of funds (%2).").arg(host, said), code);
    default:
        return Result<Reply>::failure(QStringLiteral("The pinning service at %1 refused the request (HTTP %2, %3).")
                                          .arg(host)
                                          .arg(out.status)
                                          .arg(said),
            code);
    }
}

Result<RemotePin> PinningServiceClient::pinStatus(const Result<Reply> &reply, int expected, const QString &cid) const
{
    if (!reply)
        return reply.error();
    if (reply.value().status != expected)
        return Result<RemotePin>::failure(QStringLiteral("The pinning service at %1 answered HTTP %2 where the API "
                                                         "defines %3.")
                                              .arg(m_endpoint.host())
                                              .arg(reply.value().status)
                                              .arg(expected),
            ErrorCode::Network);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply.value().body, &error);
    if (!document.isObject())
        return Result<RemotePin>::failure(
            QStringLiteral("The pinning service at %1 did not answer with JSON.").arg(m_endpoint.host()),
            ErrorCode::Network);
    auto pin = parseRemotePin(document.object());
    if (pin && !cid.isEmpty() && !sameContent(pin.value().cid, cid))
        return Result<RemotePin>::failure(QStringLiteral("The pinning service at %1 answered for %2, not for %3: its "
                                                         "answer is not trusted.")
                                              .arg(m_endpoint.host(), pin.value().cid.left(80), cid),
            ErrorCode::Network);
    return pin;
}

Result<RemotePin> PinningServiceClient::add(const RemotePinRequest &request) const
{
    if (auto checked = checkRequest(request); !checked)
        return checked.error();
    const QByteArray body = QJsonDocument(pinObject(request)).toJson(QJsonDocument::Compact);
    return pinStatus(send("POST", QStringLiteral("/pins"), {}, body), 202, request.cid.toString());
}

Result<RemotePin> PinningServiceClient::get(const QString &requestId) const
{
    return pinStatus(
        send("GET", QStringLiteral("/pins/") + QString::fromLatin1(QUrl::toPercentEncoding(requestId)), {}, {}), 200,
        {});
}

Result<RemotePin> PinningServiceClient::replace(const QString &requestId, const RemotePinRequest &request) const
{
    if (auto checked = checkRequest(request); !checked)
        return checked.error();
    const QByteArray body = QJsonDocument(pinObject(request)).toJson(QJsonDocument::Compact);
    return pinStatus(
        send("POST", QStringLiteral("/pins/") + QString::fromLatin1(QUrl::toPercentEncoding(requestId)), {}, body), 202,
        request.cid.toString());
}

Status PinningServiceClient::remove(const QString &requestId) const
{
    auto reply
        = send("DELETE", QStringLiteral("/pins/") + QString::fromLatin1(QUrl::toPercentEncoding(requestId)), {}, {});
    if (!reply)
        return reply.error();
    return success();
}

Result<RemotePinList> PinningServiceClient::list(const RemotePinQuery &query) const
{
    if (query.cids.size() > 10 || query.limit < 1 || query.limit > 1000)
        return Result<RemotePinList>::failure(
            QStringLiteral("A pin listing takes at most 10 CIDs and a limit of 1 to 1000."), ErrorCode::InvalidInput);
    // Arrays are sent as repeated parameters (the spec's style: form, explode: true).
    QUrlQuery parameters;
    for (const QString &cid : query.cids)
        parameters.addQueryItem(QStringLiteral("cid"), cid);
    if (!query.name.isEmpty())
        parameters.addQueryItem(QStringLiteral("name"), query.name);
    for (const QString &status : query.statuses)
        parameters.addQueryItem(QStringLiteral("status"), status);
    if (query.before.isValid())
        parameters.addQueryItem(QStringLiteral("before"), query.before.toUTC().toString(Qt::ISODateWithMs));
    parameters.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    auto reply = send("GET", QStringLiteral("/pins"), parameters.toString(QUrl::FullyEncoded).toLatin1(), {});
    if (!reply)
        return reply.error();
    const QJsonObject object = QJsonDocument::fromJson(reply.value().body).object();
    if (!object.value(QStringLiteral("count")).isDouble() || !object.value(QStringLiteral("results")).isArray())
        return Result<RemotePinList>::failure(
            QStringLiteral("The pinning service at %1 answered a listing without count and results.")
                .arg(m_endpoint.host()),
            ErrorCode::Network);
    RemotePinList out;
    out.count = object.value(QStringLiteral("count")).toInt();
    for (const QJsonValue &item : object.value(QStringLiteral("results")).toArray()) {
        auto pin = parseRemotePin(item.toObject());
        if (!pin)
            return pin.error();
        out.results.append(pin.value());
    }
    return out;
}

Result<RemotePin> PinningServiceClient::waitUntilSettled(const QString &requestId, int pollMs, int timeoutMs,
    const std::function<void(const RemotePin &)> &progress, const std::atomic_bool *cancel) const
{
    QElapsedTimer clock;
    clock.start();
    Error last {QStringLiteral("The pinning service did not answer."), ErrorCode::Network, {}};
    while (true) {
        if (cancel && cancel->load())
            return Result<RemotePin>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        auto pin = get(requestId);
        if (pin) {
            if (progress)
                progress(pin.value());
            if (pin.value().settled())
                return pin;
        } else if (pin.code() != ErrorCode::Network) {
            return pin; // a refusal (a wrong token, an unknown request) does not change by asking again
        } else {
            last = pin.error(); // a dropped connection or a 5xx: ask again until the time is up
        }
        if (clock.elapsed() + pollMs > timeoutMs) {
            if (pin)
                return Result<RemotePin>::failure(QStringLiteral("The pin is still %1 after %2 seconds; the service "
                                                                 "goes on, and its status can be asked for later.")
                                                      .arg(pin.value().status)
                                                      .arg(timeoutMs / 1000),
                    ErrorCode::Network);
            return last;
        }
        // Short waits first (a service that has the data answers at once), then longer ones.
        for (int slept = 0; slept < pollMs; slept += 100) {
            if (cancel && cancel->load())
                return Result<RemotePin>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
            QThread::msleep(100);
        }
        pollMs = std::min(pollMs * 2, 5000);
    }
}

} // namespace dd::storage
