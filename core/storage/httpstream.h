#pragma once

// The two HTTP parsers the storage server needs, both fed in pieces as bytes arrive so that an
// upload of any size streams through: an HTTP/1.1 request (RFC 9112: request line, headers, a
// body by Content-Length or chunked), and a multipart/form-data body (RFC 7578, RFC 2046
// boundaries), as curl -F and the Kubo RPC clients send a CAR to /api/v0/dag/import.

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QUrl>

#include <functional>

namespace dd::storage {

struct HttpRequest {
    QByteArray method;
    QUrl url; // path and query of the request target
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
};

class HttpRequestReader {
public:
    struct Handlers {
        std::function<Status(const HttpRequest &)> head; // once the headers are in
        std::function<Status(QByteArrayView)> body; // each piece of the (de-chunked) body
        std::function<Status()> end; // the body is complete
    };
    explicit HttpRequestReader(Handlers handlers) : m_handlers(std::move(handlers)) { }

    Status feed(QByteArrayView bytes);
    bool done() const { return m_state == State::Done; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkEnd, Trailer, Done };
    Status parseHead(const QByteArray &head);
    Status finishBody();

    Handlers m_handlers;
    State m_state = State::Head;
    QByteArray m_buffer;
    quint64 m_remaining = 0;
};

class MultipartReader {
public:
    struct Handlers {
        std::function<Status(const QHash<QByteArray, QByteArray> &headers)> partBegin;
        std::function<Status(QByteArrayView)> partData;
        std::function<Status()> partEnd;
    };
    MultipartReader(const QByteArray &boundary, Handlers handlers);

    // The boundary parameter of a multipart/form-data Content-Type; empty when it has none.
    static QByteArray boundaryOf(const QByteArray &contentType);

    Status feed(QByteArrayView bytes);
    Status finish() const; // the closing boundary must have arrived

private:
    enum class State { Preamble, AfterBoundary, Headers, Data, Epilogue };

    QByteArray m_delimiter; // CRLF "--" boundary
    Handlers m_handlers;
    State m_state = State::Preamble;
    QByteArray m_buffer;
};

} // namespace dd::storage
