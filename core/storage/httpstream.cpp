#include "storage/httpstream.h"

#include <QList>

namespace dd::storage {

namespace {

Error badRequest(const QString &why)
{
    return Error {why, ErrorCode::InvalidInput, {}};
}

constexpr qsizetype mostHeadBytes = 64 * 1024;

} // namespace

Status HttpRequestReader::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return badRequest(QStringLiteral("malformed request line"));
    HttpRequest request;
    request.method = requestLine[0];
    request.url = QUrl::fromEncoded(requestLine[1], QUrl::StrictMode);
    if (!request.url.isValid() || !requestLine[1].startsWith('/'))
        return badRequest(QStringLiteral("malformed request target"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return badRequest(QStringLiteral("malformed header line"));
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    if (auto handled = m_handlers.head(request); !handled)
        return handled;
    if (request.header("transfer-encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return success();
    }
    bool ok = true;
    const QByteArray length = request.header("content-length");
    m_remaining = length.isEmpty() ? 0 : length.toULongLong(&ok);
    if (!ok)
        return badRequest(QStringLiteral("malformed Content-Length"));
    m_state = State::Body;
    return m_remaining == 0 ? finishBody() : success();
}

Status HttpRequestReader::finishBody()
{
    m_state = State::Done;
    return m_handlers.end();
}

Status HttpRequestReader::feed(QByteArrayView bytes)
{
    if (m_state == State::Body && m_buffer.isEmpty()) { // the common case: pass through, no copy
        const qsizetype take = qsizetype(std::min<quint64>(m_remaining, quint64(bytes.size())));
        m_remaining -= quint64(take);
        if (auto handled = m_handlers.body(bytes.first(take)); !handled)
            return handled;
        return m_remaining == 0 ? finishBody() : success();
    }
    m_buffer.append(bytes.data(), bytes.size());
    while (!m_buffer.isEmpty() && m_state != State::Done) {
        switch (m_state) {
        case State::Head: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_buffer.size() > mostHeadBytes)
                    return badRequest(QStringLiteral("request headers are too large"));
                return success();
            }
            const QByteArray head = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            if (auto parsed = parseHead(head); !parsed)
                return parsed;
            break;
        }
        case State::Body: {
            const QByteArray rest = std::exchange(m_buffer, QByteArray());
            return feed(rest);
        }
        case State::ChunkSize: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return m_buffer.size() > 1024 ? badRequest(QStringLiteral("malformed chunk size")) : success();
            bool ok = true;
            m_remaining = m_buffer.left(end).split(';').value(0).trimmed().toULongLong(&ok, 16);
            if (!ok)
                return badRequest(QStringLiteral("malformed chunk size"));
            m_buffer.remove(0, end + 2);
            m_state = m_remaining == 0 ? State::Trailer : State::ChunkData;
            break;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(std::min<quint64>(m_remaining, quint64(m_buffer.size())));
            if (auto handled = m_handlers.body(QByteArrayView(m_buffer).first(take)); !handled)
                return handled;
            m_buffer.remove(0, take);
            m_remaining -= quint64(take);
            if (m_remaining == 0)
                m_state = State::ChunkEnd;
            break;
        }
        case State::ChunkEnd:
            if (m_buffer.size() < 2)
                return success();
            if (!m_buffer.startsWith("\r\n"))
                return badRequest(QStringLiteral("malformed chunk"));
            m_buffer.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        case State::Trailer: {
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return success();
            m_buffer.remove(0, end + 2);
            if (end == 0)
                return finishBody();
            break;
        }
        case State::Done:
            break;
        }
    }
    return success();
}

MultipartReader::MultipartReader(const QByteArray &boundary, Handlers handlers)
    : m_delimiter("\r\n--" + boundary), m_handlers(std::move(handlers))
{
    m_buffer = "\r\n"; // so the first boundary, at the very start, matches the delimiter too
}

QByteArray MultipartReader::boundaryOf(const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/"))
        return {};
    for (const QByteArray &parameter : contentType.split(';')) {
        const QByteArray p = parameter.trimmed();
        if (p.toLower().startsWith("boundary=")) {
            QByteArray value = p.mid(9);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value.size() <= 70 ? value : QByteArray();
        }
    }
    return {};
}

Status MultipartReader::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes.data(), bytes.size());
    while (true) {
        switch (m_state) {
        case State::Preamble: {
            const qsizetype at = m_buffer.indexOf(m_delimiter);
            if (at < 0) { // keep only what could still be the start of the delimiter
                if (m_buffer.size() > m_delimiter.size())
                    m_buffer.remove(0, m_buffer.size() - m_delimiter.size());
                return success();
            }
            m_buffer.remove(0, at + m_delimiter.size());
            m_state = State::AfterBoundary;
            break;
        }
        case State::AfterBoundary:
            if (m_buffer.size() < 2)
                return success();
            if (m_buffer.startsWith("--")) {
                m_state = State::Epilogue;
                m_buffer.clear();
                return success();
            }
            if (const qsizetype end = m_buffer.indexOf("\r\n"); end >= 0) {
                m_buffer.remove(0, end + 2); // transport padding, then CRLF
                m_state = State::Headers;
                break;
            }
            return m_buffer.size() > 1024 ? badRequest(QStringLiteral("malformed multipart boundary")) : success();
        case State::Headers: {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            const qsizetype empty = m_buffer.startsWith("\r\n") ? 0 : -1; // a part with no headers
            if (end < 0 && empty < 0)
                return m_buffer.size() > mostHeadBytes ? badRequest(QStringLiteral("multipart headers are too large"))
                                                       : success();
            QHash<QByteArray, QByteArray> headers;
            const qsizetype headEnd = empty == 0 ? 0 : end;
            for (const QByteArray &line : m_buffer.left(headEnd).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            m_buffer.remove(0, headEnd + (empty == 0 ? 2 : 4));
            if (auto begun = m_handlers.partBegin(headers); !begun)
                return begun;
            m_state = State::Data;
            break;
        }
        case State::Data: {
            const qsizetype at = m_buffer.indexOf(m_delimiter);
            if (at < 0) {
                const qsizetype safe = m_buffer.size() - (m_delimiter.size() - 1);
                if (safe > 0) {
                    if (auto handled = m_handlers.partData(QByteArrayView(m_buffer).first(safe)); !handled)
                        return handled;
                    m_buffer.remove(0, safe);
                }
                return success();
            }
            if (at > 0) {
                if (auto handled = m_handlers.partData(QByteArrayView(m_buffer).first(at)); !handled)
                    return handled;
            }
            m_buffer.remove(0, at + m_delimiter.size());
            if (auto ended = m_handlers.partEnd(); !ended)
                return ended;
            m_state = State::AfterBoundary;
            break;
        }
        case State::Epilogue:
            m_buffer.clear();
            return success();
        }
    }
}

Status MultipartReader::finish() const
{
    if (m_state != State::Epilogue)
        return badRequest(QStringLiteral("the multipart body ends before its closing boundary"));
    return success();
}

} // namespace dd::storage
