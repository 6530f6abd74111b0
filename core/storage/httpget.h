#pragma once

// HttpGet: one HTTP GET whose body is read as it streams, for the one request the app makes at
// volume: a CAR from a trustless gateway. It is libcurl's (the multi interface, driven by this
// thread's Qt event loop through socket notifiers and a timer), so the HTTP and TLS are the
// ecosystem's most used client's.
//
// Why not QNetworkAccessManager: it reads the socket on a thread of its own and hands every piece
// to the reading thread with a wake-up and a copy. For a GiB that was ~45,000 wake-ups and a
// third of the download's CPU beside the SHA-256 that verifies it. Here curl reads the socket on
// the thread that parses, and each piece it hands over is read by the reader, inside curl's write
// callback, straight into the reader's own buffer (a CAR block's): one copy, as the curl tool
// makes. A reader that holds back pauses the transfer (TCP then holds the sender back).
//
// What it does beyond curl's defaults: http and https only, also after redirects (followed up to
// five times); user:password in the URL sent as Basic authorization (to that host only); a head
// of over 64 KiB, a malformed header line, or a transfer coding other than chunked refused in
// words; a stall timer that also ends a server that trickles. Proxies are curl's: the
// http_proxy, https_proxy and no_proxy environment variables, as the curl tool reads them.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace dd::storage {

class HttpGet : public QIODevice {
    Q_OBJECT
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit HttpGet(QObject *parent = nullptr);
    ~HttpGet() override;

    // The certificates (a PEM file) trusted instead of the system's; for a gateway with a
    // certificate of its own, and for tests. Takes effect at the next get().
    void setCaBundle(const QString &pemFile) { m_caBundle = pemFile; }

    // Asks for url. The answer fails when less than 4 KiB arrive within stallTimeoutMs (0:
    // never): nothing at all, or a byte at a time.
    void get(const QUrl &url, const Headers &headers, int stallTimeoutMs);
    void abort(); // finished() follows, with error() "Cancelled."

    int status() const { return m_status; } // 0 until the head of the final answer arrived
    QByteArray header(const QByteArray &lowerCaseName) const { return m_headers.value(lowerCaseName); }
    QUrl url() const { return m_url; } // after any redirects
    bool isFinished() const { return m_finished; }
    // Why the answer is not whole, in words (the connection broke, refused, timed out); empty
    // when it is. A status other than 2xx is not an error here: its body is readable, up to
    // 64 KiB, once finished() came.
    QString error() const { return m_error; }

    bool isSequential() const override { return true; }

signals:
    void headReceived(); // status() and header() are known; the body follows with readyRead()
    void finished(); // always after get() returned, and at most once per get()

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct SocketWatch; // the notifiers of one of curl's sockets

    // curl's callbacks; user is this.
    static size_t onHeaderLine(char *line, size_t size, size_t count, void *user);
    static size_t onBodyPiece(char *piece, size_t size, size_t count, void *user);
    static int onSocket(void *easy, int socket, int what, void *user, void *socketData);
    static int onTimer(void *multi, long timeoutMs, void *user);

    bool acceptHeaderLine(QByteArrayView line); // false: the answer is refused (failed in words)
    bool acceptHead(); // the blank line after a head
    size_t acceptBody(const char *piece, size_t size);
    void drive(int socket, int events); // curl_multi_socket_action, then what finished
    void giveAnotherTurn(); // queued: the reader reads on from what waits here
    void resume(); // queued: a paused transfer goes on
    void onTransferDone(int curlCode);
    QString describe(int curlCode) const;
    void fail(const QString &message);
    void finish();
    void dropCurl();
    void noteArrived(qint64 bytes);

    QUrl m_url;
    QString m_caBundle;
    void *m_multi = nullptr; // CURLM
    void *m_easy = nullptr; // CURL
    void *m_requestHeaders = nullptr; // curl_slist
    QHash<int, SocketWatch *> m_sockets;
    QTimer m_curlTimer; // when curl wants to be called without a socket event
    int m_inCurl = 0; // depth of calls into curl: curl's handles are not dropped inside them
    char m_curlError[256] = {}; // CURL_ERROR_SIZE

    QTimer m_stall;
    static constexpr qint64 kMinProgressBytes = 4096; // per stall interval
    qint64 m_sinceStall = 0; // bytes since the stall timer last restarted
    QElapsedTimer m_lastArrival;

    // The answer being read. Heads before the last (1xx, followed redirects) are dropped.
    int m_headStatus = 0; // of the head being read
    QHash<QByteArray, QByteArray> m_headHeaders; // of the head being read, names in lower case
    qint64 m_headBytes = 0; // of the head being read
    int m_redirects = 0;
    bool m_headDone = false; // the final head arrived: headReceived() was emitted
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    qint64 m_bodyBytes = 0; // taken from curl so far
    QByteArray m_errorBody; // a non-2xx answer's body, collected so that it can be read at the end

    // Inside the write callback, the piece curl hands over; the reader reads it in place.
    const char *m_piece = nullptr;
    qint64 m_pieceSize = 0;
    qint64 m_pieceTaken = 0;
    QByteArray m_readAhead; // what a reader left of a piece it read a part of
    bool m_paused = false; // curl holds a piece the reader did not read
    bool m_readThisTurn = false; // the reader read since the last readyRead()
    bool m_turnQueued = false;
    bool m_resumeQueued = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace dd::storage
