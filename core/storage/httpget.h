#pragma once

// HttpGet: one HTTP/1.1 GET (RFC 9112) whose body is read as it streams, for the one request the
// app makes at volume: a CAR from a trustless gateway.
//
// Why not QNetworkAccessManager: it reads the socket on a thread of its own and hands every piece
// to the reading thread with a wake-up and a copy. For a GiB that was ~45,000 wake-ups and a
// third of the download's CPU beside the SHA-256 that verifies it. Here the socket is read on the
// thread that parses, straight into the caller's buffer (an unbuffered QTcpSocket: one copy, from
// the kernel, as curl does). https goes through QSslSocket, which decrypts into its own buffer.
//
// What it speaks: a status line and headers; a body framed by chunked transfer coding, by
// Content-Length or by the connection's end; 1xx answers skipped; redirects (301, 302, 303, 307,
// 308) followed up to five times; user:password in the URL sent as Basic authorization. Proxies
// are the socket's: the application proxy (an HTTP proxy is asked to CONNECT). One request per
// connection ("Connection: close"): a download asks a few times at most.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <optional>
#include <utility>

class QAbstractSocket;

namespace dd::storage {

class HttpGet : public QIODevice {
    Q_OBJECT
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    explicit HttpGet(QObject *parent = nullptr);
    ~HttpGet() override;

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
    enum class State { Idle, Connecting, Head, Body, Done };
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class ChunkState { Size, Data, DataEnd, Trailer };

    void connectTo(const QUrl &url);
    void sendRequest();
    void onReadable();
    void onSocketError();
    bool readHead(); // false while the head is incomplete or after a failure
    bool parseHead(const QByteArray &head);
    qint64 readBody(char *data, qint64 maxSize);
    qint64 readChunked(char *data, qint64 maxSize);
    std::optional<QByteArray> takeLine(); // a CRLF-ended line of framing, without its CRLF
    qint64 take(char *data, qint64 maxSize); // body bytes: what was read ahead, then the socket
    qint64 readSocket(char *data, qint64 maxSize); // 0 when nothing is there now, or at the end
    void collectErrorBody();
    void complete(); // the body is whole
    void fail(const QString &message);
    void finish();
    void dropSocket();
    void noteArrived(qint64 bytes);

    QUrl m_url;
    Headers m_extraHeaders;
    int m_redirects = 0;
    QPointer<QAbstractSocket> m_socket;
    QTimer m_stall;
    static constexpr qint64 kMinProgressBytes = 4096; // per stall interval
    qint64 m_sinceStall = 0; // bytes since the stall timer last restarted
    QElapsedTimer m_lastArrival;
    State m_state = State::Idle;
    Framing m_framing = Framing::None;
    ChunkState m_chunkState = ChunkState::Size;
    quint64 m_remaining = 0; // of the body (Length) or of the current chunk (Chunked)
    QByteArray m_readAhead; // bytes read from the socket past what was parsed
    bool m_socketAtEnd = false; // the peer closed its side and everything it sent was read
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers; // names in lower case
    QByteArray m_errorBody; // a non-2xx answer's body, collected so that it can be read at the end
    bool m_readThisTurn = false; // the reader read since the last readyRead()
    bool m_socketReadThisTurn = false; // and what it read came (also) from the socket
    bool m_turnQueued = false;
    bool m_finished = false;
    QString m_error;
};

} // namespace dd::storage
