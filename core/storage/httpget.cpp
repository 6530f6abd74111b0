#include "storage/httpget.h"

#include <QFile>
#include <QSocketNotifier>

#include <curl/curl.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>

namespace dd::storage {

namespace {

constexpr qint64 maxHeadBytes = 64 * 1024;
constexpr qsizetype maxErrorBodyBytes = 64 * 1024;
constexpr long maxRedirects = 5;
// The pieces curl hands over: large ones, so that a GiB is a few thousand callbacks, not 65,536.
constexpr long receiveBufferBytes = 512 * 1024;

static_assert(CURL_ERROR_SIZE == 256, "HttpGet::m_curlError is CURL_ERROR_SIZE long");

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

void initialiseCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

CURLM *multiOf(void *handle)
{
    return static_cast<CURLM *>(handle);
}

CURL *easyOf(void *handle)
{
    return static_cast<CURL *>(handle);
}

} // namespace

struct HttpGet::SocketWatch {
    QSocketNotifier *read = nullptr;
    QSocketNotifier *write = nullptr;
};

HttpGet::HttpGet(QObject *parent) : QIODevice(parent)
{
    initialiseCurlOnce();
    m_curlTimer.setSingleShot(true);
    connect(&m_curlTimer, &QTimer::timeout, this, [this] { drive(CURL_SOCKET_TIMEOUT, 0); });
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
    dropCurl();
}

void HttpGet::get(const QUrl &url, const Headers &headers, int stallTimeoutMs)
{
    dropCurl();
    m_url = url;
    m_finished = false;
    m_error.clear();
    m_headStatus = 0;
    m_headHeaders.clear();
    m_headBytes = 0;
    m_redirects = 0;
    m_headDone = false;
    m_status = 0;
    m_headers.clear();
    m_bodyBytes = 0;
    m_errorBody.clear();
    m_readAhead.clear();
    m_paused = false;
    m_stall.setInterval(stallTimeoutMs);
    if (!isOpen())
        open(QIODevice::ReadOnly | QIODevice::Unbuffered); // read() calls readData() directly: no copy

    const QString scheme = url.scheme().toLower();
    if ((scheme != QLatin1String("https") && scheme != QLatin1String("http")) || url.host().isEmpty())
        return fail(QStringLiteral("%1 is not an http or https address.").arg(url.toDisplayString()));

    CURL *easy = curl_easy_init();
    CURLM *multi = curl_multi_init();
    if (!easy || !multi) {
        curl_easy_cleanup(easy);
        curl_multi_cleanup(multi);
        return fail(QStringLiteral("The HTTP client could not be set up (out of memory)."));
    }
    m_easy = easy;
    m_multi = multi;
    m_curlError[0] = '\0';
    const QByteArray encoded = url.toEncoded(QUrl::RemoveFragment);
    curl_easy_setopt(easy, CURLOPT_URL, encoded.constData()); // curl copies the strings it is given
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(easy, CURLOPT_MAXREDIRS, maxRedirects);
    curl_easy_setopt(easy, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_1_1));
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "DataDAO-Desktop");
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L); // no SIGALRM on a thread
    curl_easy_setopt(easy, CURLOPT_BUFFERSIZE, receiveBufferBytes);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, m_curlError);
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &HttpGet::onHeaderLine);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &HttpGet::onBodyPiece);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, this);
    if (!m_caBundle.isEmpty())
        curl_easy_setopt(easy, CURLOPT_CAINFO, QFile::encodeName(m_caBundle).constData());
    // One request per connection: a download asks a few times at most.
    curl_slist *list = curl_slist_append(nullptr, "Connection: close");
    for (const auto &[name, value] : headers)
        list = curl_slist_append(list, QByteArray(name + ": " + value).constData());
    m_requestHeaders = list;
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, list);

    curl_multi_setopt(multi, CURLMOPT_SOCKETFUNCTION, &HttpGet::onSocket);
    curl_multi_setopt(multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(multi, CURLMOPT_TIMERFUNCTION, &HttpGet::onTimer);
    curl_multi_setopt(multi, CURLMOPT_TIMERDATA, this);
    curl_multi_add_handle(multi, easy); // asks for a timer at once: the request starts from the event loop

    m_sinceStall = 0;
    m_lastArrival.invalidate();
    if (m_stall.interval() > 0)
        m_stall.start(); // also bounds the connection's setup
}

void HttpGet::abort()
{
    fail(QStringLiteral("Cancelled."));
}

// ---- curl's callbacks

int HttpGet::onSocket(void *, int socket, int what, void *user, void *)
{
    auto *self = static_cast<HttpGet *>(user);
    SocketWatch *watch = self->m_sockets.value(socket);
    if (what == CURL_POLL_REMOVE) {
        if (watch) {
            self->m_sockets.remove(socket);
            for (QSocketNotifier *notifier : {watch->read, watch->write}) {
                notifier->setEnabled(false); // curl may close the socket right after
                notifier->deleteLater(); // this may run inside the notifier's own signal
            }
            delete watch;
        }
        return 0;
    }
    if (!watch) {
        watch = new SocketWatch;
        watch->read = new QSocketNotifier(socket, QSocketNotifier::Read, self);
        watch->write = new QSocketNotifier(socket, QSocketNotifier::Write, self);
        connect(
            watch->read, &QSocketNotifier::activated, self, [self, socket] { self->drive(socket, CURL_CSELECT_IN); });
        connect(
            watch->write, &QSocketNotifier::activated, self, [self, socket] { self->drive(socket, CURL_CSELECT_OUT); });
        self->m_sockets.insert(socket, watch);
    }
    watch->read->setEnabled(what == CURL_POLL_IN || what == CURL_POLL_INOUT);
    watch->write->setEnabled(what == CURL_POLL_OUT || what == CURL_POLL_INOUT);
    return 0;
}

int HttpGet::onTimer(void *, long timeoutMs, void *user)
{
    auto *self = static_cast<HttpGet *>(user);
    // curl must not be called from inside this callback: the timer calls it.
    if (timeoutMs < 0)
        self->m_curlTimer.stop();
    else
        self->m_curlTimer.start(int(std::min<long>(timeoutMs, 24L * 3600 * 1000)));
    return 0;
}

size_t HttpGet::onHeaderLine(char *line, size_t size, size_t count, void *user)
{
    auto *self = static_cast<HttpGet *>(user);
    const size_t bytes = size * count;
    if (self->m_finished)
        return 0; // failed or cancelled meanwhile: curl stops
    self->noteArrived(qint64(bytes));
    QByteArrayView text(line, qsizetype(bytes));
    while (text.endsWith('\n') || text.endsWith('\r'))
        text.chop(1);
    return self->acceptHeaderLine(text) ? bytes : 0;
}

size_t HttpGet::onBodyPiece(char *piece, size_t size, size_t count, void *user)
{
    auto *self = static_cast<HttpGet *>(user);
    if (self->m_finished)
        return 0;
    return self->acceptBody(piece, size * count);
}

// ---- the answer

bool HttpGet::acceptHeaderLine(QByteArrayView line)
{
    m_headBytes += line.size() + 2;
    if (m_headBytes > maxHeadBytes) {
        fail(QStringLiteral("The answer's head is over 64 KiB: it is not HTTP."));
        return false;
    }
    if (line.startsWith("HTTP/")) { // a status line: a new head begins (after a 1xx or a redirect)
        const QList<QByteArray> parts = line.toByteArray().split(' ');
        m_headStatus = parts.value(1).toInt();
        m_headHeaders.clear();
        return true;
    }
    if (line.isEmpty())
        return acceptHead();
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.front() == ' ' || line.front() == '\t') {
        fail(QStringLiteral("The answer has a malformed header line."));
        return false;
    }
    const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
    const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
    m_headHeaders[name] = m_headHeaders.contains(name) ? m_headHeaders[name] + ", " + value : value;
    return true;
}

bool HttpGet::acceptHead()
{
    const int status = m_headStatus;
    QHash<QByteArray, QByteArray> headers = std::exchange(m_headHeaders, {});
    m_headBytes = 0;
    if (status < 200)
        return true; // 100 Continue and the like: the real head follows
    if (isRedirect(status) && headers.contains("location")) {
        // curl follows it; past the limit it ends the transfer, described in describe().
        ++m_redirects;
        return true;
    }
    if (const QByteArray coding = headers.value("transfer-encoding");
        !coding.isEmpty() && coding.split(',').last().trimmed().toLower() != "chunked") {
        // RFC 9112 6.3: chunked, when present, is the last coding and decides the framing.
        fail(QStringLiteral("The answer uses a transfer coding this app does not read: %1.")
                 .arg(QString::fromLatin1(coding.left(40))));
        return false;
    }
    if (const QByteArray length = headers.value("content-length"); !length.isEmpty()) {
        bool ok = false;
        length.toULongLong(&ok);
        if (!ok) {
            fail(QStringLiteral("The answer's Content-Length is not a number."));
            return false;
        }
    }
    char *effective = nullptr;
    if (curl_easy_getinfo(easyOf(m_easy), CURLINFO_EFFECTIVE_URL, &effective) == CURLE_OK && effective)
        m_url = QUrl::fromEncoded(QByteArray(effective));
    m_status = status;
    m_headers = std::move(headers);
    m_headDone = true;
    emit headReceived(); // the reader may abort here
    return !m_finished;
}

size_t HttpGet::acceptBody(const char *piece, size_t size)
{
    if (!m_headDone)
        return size; // a followed redirect's body (curl drops those itself)
    if (m_status >= 300) {
        noteArrived(qint64(size));
        m_bodyBytes += qint64(size);
        m_errorBody.append(piece, std::min<qsizetype>(qsizetype(size), maxErrorBodyBytes - m_errorBody.size()));
        return size;
    }
    m_piece = piece;
    m_pieceSize = qint64(size);
    m_pieceTaken = 0;
    m_readThisTurn = false;
    emit readyRead(); // the reader reads the piece in place, into its own buffer
    m_piece = nullptr;
    if (m_finished)
        return 0; // aborted by the reader
    if (m_pieceTaken == 0) {
        // The reader is holding back: curl keeps the piece and hands it over again on resume().
        m_paused = true;
        m_stall.stop(); // the wait is the reader's, not the server's
        if (!m_readAhead.isEmpty())
            giveAnotherTurn(); // it read from what waited here
        return CURL_WRITEFUNC_PAUSE;
    }
    noteArrived(qint64(size));
    m_bodyBytes += qint64(size);
    m_readAhead.append(piece + m_pieceTaken, qsizetype(m_pieceSize - m_pieceTaken));
    if (!m_readAhead.isEmpty())
        giveAnotherTurn();
    return size;
}

qint64 HttpGet::readData(char *data, qint64 maxSize)
{
    if (m_headDone && m_status >= 300) {
        const qint64 n = std::min<qint64>(maxSize, m_errorBody.size());
        std::memcpy(data, m_errorBody.constData(), size_t(n));
        m_errorBody.remove(0, n);
        return n > 0 || !m_finished ? n : -1;
    }
    m_readThisTurn = true;
    qint64 total = 0;
    if (!m_readAhead.isEmpty()) {
        total = std::min<qint64>(maxSize, m_readAhead.size());
        std::memcpy(data, m_readAhead.constData(), size_t(total));
        m_readAhead.remove(0, total);
    }
    if (m_piece && m_readAhead.isEmpty() && total < maxSize) {
        const qint64 n = std::min(maxSize - total, m_pieceSize - m_pieceTaken);
        std::memcpy(data + total, m_piece + m_pieceTaken, size_t(n));
        m_pieceTaken += n;
        total += n;
    }
    if (m_paused && m_readAhead.isEmpty() && !m_resumeQueued) {
        m_resumeQueued = true;
        QMetaObject::invokeMethod(this, &HttpGet::resume, Qt::QueuedConnection); // not from inside a read
    }
    if (total == 0 && m_finished)
        return -1;
    return total;
}

qint64 HttpGet::writeData(const char *, qint64)
{
    return -1; // the request has no body
}

// A reader that reads a bounded amount per turn gets another turn while bytes wait here. A
// reader that read nothing is holding back; it reads again when it is ready.
void HttpGet::giveAnotherTurn()
{
    if (m_turnQueued || !m_readThisTurn)
        return;
    m_turnQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_turnQueued = false;
            if (m_readAhead.isEmpty() || !m_error.isEmpty())
                return;
            m_readThisTurn = false;
            emit readyRead();
            if (!m_readAhead.isEmpty())
                giveAnotherTurn();
        },
        Qt::QueuedConnection);
}

void HttpGet::resume()
{
    m_resumeQueued = false;
    if (!m_paused || !m_easy || m_finished)
        return;
    m_paused = false;
    m_sinceStall = 0;
    if (m_stall.interval() > 0)
        m_stall.start();
    ++m_inCurl;
    curl_easy_pause(easyOf(m_easy), CURLPAUSE_CONT); // may hand the held piece over at once
    --m_inCurl;
    drive(CURL_SOCKET_TIMEOUT, 0);
}

void HttpGet::drive(int socket, int events)
{
    if (!m_multi)
        return;
    int running = 0;
    ++m_inCurl;
    curl_multi_socket_action(multiOf(m_multi), curl_socket_t(socket), events, &running);
    int queued = 0;
    while (CURLMsg *message = curl_multi_info_read(multiOf(m_multi), &queued))
        if (message->msg == CURLMSG_DONE)
            onTransferDone(int(message->data.result));
    --m_inCurl;
    if (m_finished)
        dropCurl();
}

void HttpGet::onTransferDone(int curlCode)
{
    if (m_finished)
        return; // failed or cancelled by this side already
    if (curlCode != CURLE_OK)
        return fail(describe(curlCode));
    if (!m_headDone)
        return fail(QStringLiteral("The connection closed before an answer came."));
    finish();
}

// curl's reasons, in the words the rest of the app uses.
QString HttpGet::describe(int curlCode) const
{
    const auto code = CURLcode(curlCode);
    const QString detail = QString::fromUtf8(m_curlError).trimmed();
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return QStringLiteral("The host %1 could not be found.").arg(m_url.host());
    case CURLE_COULDNT_CONNECT: {
        long osError = 0;
        curl_easy_getinfo(easyOf(m_easy), CURLINFO_OS_ERRNO, &osError);
        if (osError == ECONNREFUSED)
            return QStringLiteral("Connection refused.");
        return QStringLiteral("%1 could not be reached: %2.").arg(m_url.host(), detail);
    }
    case CURLE_GOT_NOTHING:
        return QStringLiteral("The connection closed before an answer came.");
    case CURLE_PARTIAL_FILE: {
        curl_off_t length = -1;
        curl_easy_getinfo(easyOf(m_easy), CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &length);
        if (length >= 0 && length > m_bodyBytes)
            return QStringLiteral("The connection closed %1 bytes before the answer's end.").arg(length - m_bodyBytes);
        return QStringLiteral("The connection closed before the answer's end.");
    }
    case CURLE_TOO_MANY_REDIRECTS:
        return QStringLiteral("It redirected more than %1 times.").arg(maxRedirects);
    case CURLE_UNSUPPORTED_PROTOCOL:
        if (m_redirects > 0)
            return QStringLiteral("It redirected to an address that is not http or https.");
        return QStringLiteral("The answer is not HTTP/1.1.");
    case CURLE_WEIRD_SERVER_REPLY: // curl checks the head's syntax before this side sees it
        if (detail.contains(QLatin1String("Content-Length"), Qt::CaseInsensitive))
            return QStringLiteral("The answer's Content-Length is not a number.");
        if (detail.contains(QLatin1String("header"), Qt::CaseInsensitive))
            return QStringLiteral("The answer has a malformed header line.");
        return QStringLiteral("The answer is not HTTP/1.1.");
    case CURLE_RECV_ERROR:
        if (detail.contains(QLatin1String("chunk"), Qt::CaseInsensitive))
            return QStringLiteral("The answer's chunked framing is broken.");
        return QStringLiteral("The connection broke: %1.").arg(detail);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_SSL_CACERT_BADFILE:
        return QStringLiteral("TLS with %1 failed: %2.").arg(m_url.host(), detail);
    default:
        return QStringLiteral("%1.").arg(detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(code)) : detail);
    }
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

void HttpGet::fail(const QString &message)
{
    if (m_finished)
        return;
    m_error = message;
    m_readAhead.clear();
    finish();
    if (m_inCurl == 0)
        dropCurl(); // else when curl has returned
}

void HttpGet::finish()
{
    m_stall.stop();
    m_finished = true;
    // Queued: finished() never comes from inside get(), abort() or a read.
    QMetaObject::invokeMethod(this, &HttpGet::finished, Qt::QueuedConnection);
}

void HttpGet::dropCurl()
{
    m_curlTimer.stop();
    if (m_multi && m_easy)
        curl_multi_remove_handle(multiOf(m_multi), easyOf(m_easy)); // calls onSocket to let go of its sockets
    curl_easy_cleanup(easyOf(m_easy));
    curl_multi_cleanup(multiOf(m_multi));
    curl_slist_free_all(static_cast<curl_slist *>(m_requestHeaders));
    m_easy = nullptr;
    m_multi = nullptr;
    m_requestHeaders = nullptr;
    for (SocketWatch *watch : std::as_const(m_sockets)) {
        for (QSocketNotifier *notifier : {watch->read, watch->write}) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
        delete watch;
    }
    m_sockets.clear();
    m_paused = false;
}

} // namespace dd::storage
