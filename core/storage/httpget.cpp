#include "storage/httpget.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <cstring>

namespace dd::storage {

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;
constexpr qsizetype maxLineBytes = 4096; // a chunk size or a trailer line
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;
constexpr int maxRedirects = 5;
// What QSslSocket may decrypt ahead of the reader: the consumer's pace holds the download back.
constexpr qint64 tlsReadBufferBytes = 1024 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

HttpGet::HttpGet(QObject *parent) : QIODevice(parent)
{
    m_stall.setSingleShot(true);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        const double seconds = m_stall.interval() / 1000.0;
        // Silent since half the interval or more: nothing is arriving; else it trickles.
        const bool silent
            = m_sinceStall == 0 || !m_lastArrival.isValid() || m_lastArrival.elapsed() >= m_stall.interval() / 2;
        fail(silent ? QStringLiteral("Nothing arrived for %1 s.").arg(seconds)
                    : QStringLiteral("Only %1 bytes arrived in %2 s: the server is too slow.")
                          .arg(m_sinceStall)
                          .arg(seconds));
    });
}

HttpGet::~HttpGet()
{
    dropSocket();
}

void HttpGet::get(const QUrl &url, const Headers &headers, int stallTimeoutMs)
{
    m_extraHeaders = headers;
    m_redirects = 0;
    m_finished = false;
    m_error.clear();
    m_stall.setInterval(stallTimeoutMs);
    if (!isOpen())
        open(QIODevice::ReadOnly | QIODevice::Unbuffered); // read() calls readData() directly: no copy
    connectTo(url);
}

void HttpGet::abort()
{
    fail(QStringLiteral("Cancelled."));
}

void HttpGet::connectTo(const QUrl &url)
{
    dropSocket();
    m_url = url;
    m_status = 0;
    m_headers.clear();
    m_readAhead.clear();
    m_errorBody.clear();
    m_socketAtEnd = false;
    m_framing = Framing::None;
    m_chunkState = ChunkState::Size;
    m_state = State::Connecting;
    const QString scheme = url.scheme().toLower();
    const bool tls = scheme == QLatin1String("https");
    if ((!tls && scheme != QLatin1String("http")) || url.host().isEmpty())
        return fail(QStringLiteral("%1 is not an http or https address.").arg(url.toDisplayString()));
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        if (!QSslSocket::supportsSsl())
            return fail(QStringLiteral("This system's Qt cannot use TLS, so an https gateway cannot be reached."));
        auto *socket = new QSslSocket(this);
        socket->setReadBufferSize(tlsReadBufferBytes);
        m_socket = socket;
        connect(socket, &QSslSocket::encrypted, this, &HttpGet::sendRequest);
        connect(socket, &QAbstractSocket::readyRead, this, &HttpGet::onReadable);
        connect(socket, &QAbstractSocket::errorOccurred, this, &HttpGet::onSocketError);
        socket->connectToHostEncrypted(url.host(), port);
    } else {
        auto *socket = new QTcpSocket(this);
        m_socket = socket;
        connect(socket, &QAbstractSocket::connected, this, &HttpGet::sendRequest);
        connect(socket, &QAbstractSocket::readyRead, this, &HttpGet::onReadable);
        connect(socket, &QAbstractSocket::errorOccurred, this, &HttpGet::onSocketError);
        // Unbuffered: read() goes to the kernel with the caller's buffer, and the socket is read
        // only as fast as the caller reads (TCP holds the sender back meanwhile).
        socket->connectToHost(url.host(), port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
    m_sinceStall = 0;
    if (m_stall.interval() > 0)
        m_stall.start(); // also bounds the connection's setup
}

// The stall timer restarts once kMinProgressBytes have arrived since it last did: a server that
// sends a byte at a time cannot keep a transfer alive for ever.
void HttpGet::noteArrived(qint64 bytes)
{
    m_lastArrival.start();
    m_sinceStall += bytes;
    if (m_sinceStall < kMinProgressBytes)
        return;
    m_sinceStall = 0;
    if (m_stall.interval() > 0)
        m_stall.start();
}

void HttpGet::sendRequest()
{
    if (!m_socket || m_state != State::Connecting)
        return;
    QByteArray target = m_url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (!target.startsWith('/'))
        target.prepend('/');
    // host[:port], with an IPv6 address in brackets as the Host header wants it.
    const QByteArray host = m_url
                                .toEncoded(QUrl::RemoveScheme | QUrl::RemoveUserInfo | QUrl::RemovePath
                                    | QUrl::RemoveQuery | QUrl::RemoveFragment)
                                .mid(2);
    QByteArray request
        = "GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: DataDAO-Desktop\r\nConnection: close\r\n";
    if (!m_url.userName().isEmpty())
        request += "Authorization: Basic "
            + (m_url.userName(QUrl::FullyDecoded) + u':' + m_url.password(QUrl::FullyDecoded)).toUtf8().toBase64()
            + "\r\n";
    for (const auto &[name, value] : std::as_const(m_extraHeaders))
        request += name + ": " + value + "\r\n";
    request += "\r\n";
    m_state = State::Head;
    m_socket->write(request);
}

void HttpGet::onReadable()
{
    if (m_state == State::Head && !readHead())
        return;
    if (m_state != State::Body)
        return;
    if (m_status >= 300)
        return collectErrorBody();
    m_readThisTurn = false;
    m_socketReadThisTurn = false;
    emit readyRead();
    // A reader that reads a bounded amount per turn gets another turn while bytes wait here, or
    // in a TLS socket's buffer, which signals again only when more arrives. An unbuffered socket
    // signals again by itself while the kernel holds more, but only once it was read after its
    // last signal. A reader that read nothing is holding back; it reads again when it is ready.
    const bool unbuffered = m_socket && (m_socket->openMode() & QIODevice::Unbuffered);
    const bool waiting = !m_readAhead.isEmpty() || (unbuffered && !m_socketReadThisTurn)
        || (m_socket && !unbuffered && m_socket->bytesAvailable() > 0);
    if (m_state == State::Body && m_readThisTurn && waiting && !m_turnQueued) {
        m_turnQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_turnQueued = false;
                onReadable();
            },
            Qt::QueuedConnection);
    }
}

void HttpGet::onSocketError()
{
    if (!m_socket)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        // What the peer sent before it closed is still to be read; the read that finds the end
        // decides whether the answer was whole.
        return onReadable();
    }
    fail(m_socket->errorString() + u'.');
}

bool HttpGet::readHead()
{
    char buffer[4096]; // the body's first bytes may come along; they wait in m_readAhead
    while (m_state == State::Head) {
        const qsizetype end = m_readAhead.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = m_readAhead.left(end);
            m_readAhead.remove(0, end + 4);
            if (!parseHead(head))
                return false;
            continue; // a 1xx answer: the real one follows
        }
        if (m_readAhead.size() > maxHeadBytes) {
            fail(QStringLiteral("The answer's head is over 64 KiB: it is not HTTP."));
            return false;
        }
        const qint64 n = m_socket ? m_socket->read(buffer, sizeof buffer) : -1;
        if (n > 0) {
            m_readAhead.append(buffer, n);
            noteArrived(n);
        } else if (n < 0) {
            const bool closed = !m_socket || m_socket->error() == QAbstractSocket::RemoteHostClosedError;
            fail(closed ? QStringLiteral("The connection closed before an answer came.")
                        : m_socket->errorString() + u'.');
            return false;
        } else {
            return false; // more later
        }
    }
    return m_state == State::Body;
}

// False when the answer is over (refused, redirected elsewhere, or without a body).
bool HttpGet::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
    bool numeric = false;
    const int status = statusLine.value(1).toInt(&numeric);
    if (!statusLine.first().startsWith("HTTP/1.") || !numeric || status < 100 || status > 999) {
        fail(QStringLiteral("The answer is not HTTP/1.1."));
        return false;
    }
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(QStringLiteral("The answer has a malformed header line."));
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        headers[name] = headers.contains(name) ? headers[name] + ", " + value : value;
    }
    if (status < 200)
        return true; // 100 Continue and the like: read on
    if (isRedirect(status) && headers.contains("location")) {
        if (++m_redirects > maxRedirects) {
            fail(QStringLiteral("It redirected more than %1 times.").arg(maxRedirects));
            return false;
        }
        connectTo(m_url.resolved(QUrl::fromEncoded(headers.value("location"))));
        return false;
    }
    m_status = status;
    m_headers = std::move(headers);
    m_framing = Framing::UntilClose;
    if (const QByteArray coding = header("transfer-encoding"); !coding.isEmpty()) {
        // RFC 9112 6.3: chunked, when present, is the last coding and decides the framing.
        if (coding.split(',').last().trimmed().toLower() != "chunked") {
            fail(QStringLiteral("The answer uses a transfer coding this app does not read: %1.")
                     .arg(QString::fromLatin1(coding.left(40))));
            return false;
        }
        m_framing = Framing::Chunked;
    } else if (const QByteArray length = header("content-length"); !length.isEmpty()) {
        bool ok = false;
        m_remaining = length.toULongLong(&ok);
        if (!ok) {
            fail(QStringLiteral("The answer's Content-Length is not a number."));
            return false;
        }
        m_framing = m_remaining > 0 ? Framing::Length : Framing::None;
    }
    if (status == 204 || status == 304)
        m_framing = Framing::None;
    m_state = State::Body;
    emit headReceived(); // the reader may abort here
    if (m_state != State::Body)
        return false;
    if (m_framing == Framing::None) {
        complete();
        return false;
    }
    return true;
}

qint64 HttpGet::readData(char *data, qint64 maxSize)
{
    if (m_status >= 300) {
        const qint64 n = std::min<qint64>(maxSize, m_errorBody.size());
        std::memcpy(data, m_errorBody.constData(), size_t(n));
        m_errorBody.remove(0, n);
        return n > 0 || !m_finished ? n : -1;
    }
    if (m_state != State::Body)
        return m_finished ? -1 : 0;
    m_readThisTurn = true;
    return readBody(data, maxSize);
}

qint64 HttpGet::writeData(const char *, qint64)
{
    return -1; // the request has no body
}

qint64 HttpGet::readBody(char *data, qint64 maxSize)
{
    switch (m_framing) {
    case Framing::None:
        return 0;
    case Framing::Chunked:
        return readChunked(data, maxSize);
    case Framing::Length: {
        const qint64 n = take(data, qint64(std::min<quint64>(quint64(maxSize), m_remaining)));
        m_remaining -= quint64(n);
        if (m_remaining == 0)
            complete();
        else if (m_socketAtEnd)
            fail(QStringLiteral("The connection closed %1 bytes before the answer's end.").arg(m_remaining));
        return n;
    }
    case Framing::UntilClose: {
        const qint64 n = take(data, maxSize);
        if (m_socketAtEnd && m_readAhead.isEmpty())
            complete();
        return n;
    }
    }
    return 0;
}

qint64 HttpGet::readChunked(char *data, qint64 maxSize)
{
    qint64 total = 0;
    while (m_state == State::Body && total < maxSize) {
        if (m_chunkState == ChunkState::Data) {
            const qint64 n = take(data + total, qint64(std::min<quint64>(quint64(maxSize - total), m_remaining)));
            total += n;
            m_remaining -= quint64(n);
            if (m_remaining == 0) {
                m_chunkState = ChunkState::DataEnd;
                continue;
            }
            if (m_socketAtEnd)
                fail(QStringLiteral("The connection closed inside a chunk of the answer."));
            if (n == 0)
                break; // more later
            continue;
        }
        const std::optional<QByteArray> line = takeLine();
        if (!line)
            break;
        if (m_chunkState == ChunkState::DataEnd) {
            if (!line->isEmpty())
                fail(QStringLiteral("The answer's chunked framing is broken."));
            m_chunkState = ChunkState::Size;
        } else if (m_chunkState == ChunkState::Size) {
            const QByteArray size = line->split(';').first().trimmed(); // chunk extensions are ignored
            bool ok = false;
            const quint64 bytes = size.toULongLong(&ok, 16);
            if (!ok || size.size() > 15) {
                fail(QStringLiteral("The answer's chunked framing is broken."));
                break;
            }
            m_remaining = bytes;
            m_chunkState = bytes > 0 ? ChunkState::Data : ChunkState::Trailer;
        } else if (line->isEmpty()) { // the trailer section ends with an empty line
            complete();
        }
    }
    return total;
}

std::optional<QByteArray> HttpGet::takeLine()
{
    while (m_state == State::Body) {
        if (const qsizetype end = m_readAhead.indexOf("\r\n"); end >= 0) {
            QByteArray line = m_readAhead.left(end);
            m_readAhead.remove(0, end + 2);
            return line;
        }
        if (m_readAhead.size() > maxLineBytes) {
            fail(QStringLiteral("The answer's chunked framing is broken."));
            break;
        }
        if (m_socketAtEnd) {
            fail(QStringLiteral("The connection closed before the answer's end."));
            break;
        }
        // Small reads: the line is a few bytes, and what comes after it is body, which is better
        // read straight into the caller's buffer.
        char buffer[32];
        const qint64 n = readSocket(buffer, sizeof buffer);
        if (n == 0 && !m_socketAtEnd)
            break; // more later
        m_readAhead.append(buffer, n);
    }
    return std::nullopt;
}

qint64 HttpGet::take(char *data, qint64 maxSize)
{
    if (maxSize <= 0)
        return 0;
    if (!m_readAhead.isEmpty()) {
        const qint64 n = std::min<qint64>(maxSize, m_readAhead.size());
        std::memcpy(data, m_readAhead.constData(), size_t(n));
        m_readAhead.remove(0, n);
        return n;
    }
    return readSocket(data, maxSize);
}

qint64 HttpGet::readSocket(char *data, qint64 maxSize)
{
    if (m_socketAtEnd || !m_socket)
        return 0;
    m_socketReadThisTurn = true;
    const qint64 n = m_socket->read(data, maxSize);
    if (n > 0) {
        noteArrived(n);
        return n;
    }
    if (n < 0) {
        // The end of the connection: the peer closed it (its answer may be whole), or it broke.
        const QAbstractSocket::SocketError error = m_socket->error();
        if (error == QAbstractSocket::RemoteHostClosedError || error == QAbstractSocket::UnknownSocketError)
            m_socketAtEnd = true;
        else
            fail(QStringLiteral("The connection broke: %1.").arg(m_socket->errorString()));
    }
    return 0;
}

void HttpGet::collectErrorBody()
{
    char buffer[16384];
    while (m_state == State::Body) {
        const qint64 n = readBody(buffer, sizeof buffer);
        if (n <= 0 && !m_socketAtEnd)
            break; // more later
        m_errorBody.append(buffer, std::min<qint64>(n, maxErrorBodyBytes - m_errorBody.size()));
    }
}

void HttpGet::complete()
{
    if (m_state != State::Body)
        return;
    m_state = State::Done;
    dropSocket();
    finish();
}

void HttpGet::fail(const QString &message)
{
    if (m_state == State::Done || m_finished)
        return;
    m_error = message;
    m_state = State::Done;
    dropSocket();
    finish();
}

void HttpGet::finish()
{
    m_stall.stop();
    m_finished = true;
    // Queued: finished() never comes from inside get(), abort() or a read.
    QMetaObject::invokeMethod(this, &HttpGet::finished, Qt::QueuedConnection);
}

void HttpGet::dropSocket()
{
    if (!m_socket)
        return;
    QAbstractSocket *socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater(); // this may run inside one of its signals
}

} // namespace dd::storage
