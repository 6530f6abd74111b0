// HttpGet, the HTTP/1.1 client the downloads read a gateway's CAR with, against a local server
// that writes raw answers byte for byte as RFC 9112 frames them: a body by Content-Length, by
// chunked transfer coding (with extensions and a trailer), by the connection's end; a 1xx before
// the answer; redirects; an error status with its body. Each arrives whole and also three bytes
// at a time, and read two bytes per turn. Then the answers that are not whole or not HTTP, a silent server, a refused
// connection, a cancel, and https with the system's TLS (a certificate made by openssl here).

#include "testregistry.h"

#include "storage/httpget.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace dd::storage;

namespace {

// Answers each request with raw bytes, as they are given, then closes the connection (or leaves
// it open and silent). pieceBytes > 0 writes them a few at a time, pieceIntervalMs apart.
class RawHttpServer : public QTcpServer {
public:
    std::function<QByteArray(const QByteArray &requestHead)> answer;
    int pieceBytes = 0;
    int pieceIntervalMs = 1;
    qsizetype wholeFirst = 0; // bytes written at once before the pieces begin
    bool closeAfter = true;
    std::optional<QSslConfiguration> tls;
    QList<QByteArray> requests;

    RawHttpServer() { listen(QHostAddress::LocalHost); }
    QString base(const char *scheme = "http") const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(scheme)).arg(serverPort());
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        QTcpSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto head = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, head] {
            if (head->contains("\r\n\r\n"))
                return; // answered already
            *head += socket->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            requests.append(head->left(end));
            send(socket, answer(head->left(end)));
        });
        if (tls) {
            auto *ssl = static_cast<QSslSocket *>(socket);
            ssl->setSslConfiguration(*tls);
            ssl->startServerEncryption();
        }
    }

private:
    void send(QTcpSocket *socket, const QByteArray &bytes)
    {
        if (pieceBytes <= 0) {
            socket->write(bytes);
            if (closeAfter)
                socket->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(socket);
        socket->write(bytes.left(wholeFirst));
        auto at = std::make_shared<qsizetype>(std::min(wholeFirst, bytes.size()));
        connect(timer, &QTimer::timeout, socket, [this, socket, timer, bytes, at] {
            socket->write(bytes.mid(*at, pieceBytes));
            socket->flush();
            *at += pieceBytes;
            if (*at < bytes.size())
                return;
            timer->stop();
            if (closeAfter)
                socket->disconnectFromHost();
        });
        timer->start(pieceIntervalMs);
    }
};

struct Answer {
    int status = 0;
    QByteArray body;
    QString error;
    QUrl url;
    QByteArray contentType;
    int finishedSignals = 0;
};

// readPerTurn > 0: the reader takes at most that much per readyRead(), as the downloads take a
// batch per turn; it must be given turns until everything is read.
Answer fetch(const QUrl &url, int stallTimeoutMs = 10000, const HttpGet::Headers &headers = {}, qint64 readPerTurn = 0,
    const QString &caBundle = {})
{
    HttpGet get;
    get.setCaBundle(caBundle);
    Answer answer;
    QObject::connect(
        &get, &QIODevice::readyRead, [&] { answer.body += readPerTurn > 0 ? get.read(readPerTurn) : get.readAll(); });
    QSignalSpy finished(&get, &HttpGet::finished);
    get.get(url, headers, stallTimeoutMs);
    if (!finished.wait(15000)) {
        answer.error = QStringLiteral("(the test waited for finished() in vain)");
        return answer;
    }
    answer.body += get.readAll();
    QTest::qWait(20); // a second finished() would come now
    answer.status = get.status();
    answer.error = get.error();
    answer.url = get.url();
    answer.contentType = get.header("content-type");
    answer.finishedSignals = int(finished.count());
    return answer;
}

} // namespace

class TestHttpGet : public QObject {
    Q_OBJECT

private slots:
    void everyFramingReadsWhole_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        const QList<std::tuple<const char *, QByteArray, int, QByteArray>> answers {
            {"content-length", "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 11\r\n\r\nhello world",
                200, "hello world"},
            {"chunked, extensions and a trailer",
                "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                "5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Trailer: yes\r\n\r\n",
                200, "hello world"},
            {"until the connection closes", "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhello world", 200,
                "hello world"},
            {"a 1xx first",
                "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\n"
                "ok",
                200, "ok"},
            {"no content", "HTTP/1.1 204 No Content\r\nContent-Type: text/plain\r\n\r\n", 204, ""},
            {"an error with its body",
                "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\nno such CID\n", 404,
                "no such CID\n"},
        };
        for (const auto &[name, raw, status, body] : answers) {
            QTest::addRow("%s, whole", name) << raw << status << body;
            QTest::addRow("%s, 3 bytes at a time", name) << raw << status << body;
            QTest::addRow("%s, read 2 bytes per turn", name) << raw << status << body;
        }
    }

    void everyFramingReadsWhole()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        RawHttpServer server;
        server.answer = [raw](const QByteArray &) { return raw; };
        server.pieceBytes = QByteArray(QTest::currentDataTag()).contains("3 bytes") ? 3 : 0;
        server.closeAfter = true;
        const qint64 perTurn = QByteArray(QTest::currentDataTag()).contains("per turn") ? 2 : 0;
        const Answer answer = fetch(QUrl(server.base() + QStringLiteral("/ipfs/bafy?format=car")), 10000, {}, perTurn);
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.body, body);
        QCOMPARE(answer.contentType, QByteArray("text/plain")); // looked up in lower case
        QCOMPARE(answer.finishedSignals, 1);
    }

    void theRequestIsPlainHttp11()
    {
        RawHttpServer server;
        server.answer = [](const QByteArray &) { return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"); };
        QUrl url(server.base() + QStringLiteral("/ipfs/bafy?format=car&dag-scope=all"));
        url.setUserName(QStringLiteral("user"));
        url.setPassword(QStringLiteral("pa:ss"));
        const Answer answer = fetch(url, 10000, {{"Accept", "application/vnd.ipld.car; version=1"}});
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(server.requests.size(), 1);
        const QList<QByteArray> lines = server.requests.first().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("GET /ipfs/bafy?format=car&dag-scope=all HTTP/1.1"));
        const QByteArray head = server.requests.first();
        QVERIFY(head.contains("\r\nHost: 127.0.0.1:" + QByteArray::number(server.serverPort()) + "\r\n"));
        QVERIFY(head.contains("\r\nAccept: application/vnd.ipld.car; version=1"));
        QVERIFY(head.contains("\r\nAuthorization: Basic " + QByteArray("user:pa:ss").toBase64()));
        QVERIFY(head.contains("\r\nConnection: close"));
        QVERIFY(!head.contains("user:")); // the credentials are not in the target
    }

    void redirectsAreFollowedAFewTimes()
    {
        RawHttpServer server;
        server.answer = [](const QByteArray &head) {
            if (head.startsWith("GET /old "))
                return QByteArray("HTTP/1.1 302 Found\r\nLocation: /new?x=1\r\nContent-Length: 5\r\n\r\nmoved");
            if (head.startsWith("GET /loop"))
                return QByteArray("HTTP/1.1 307 Temporary Redirect\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n");
            return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nhere");
        };
        const Answer moved = fetch(QUrl(server.base() + QStringLiteral("/old")));
        QVERIFY2(moved.error.isEmpty(), qPrintable(moved.error));
        QCOMPARE(moved.status, 200);
        QCOMPARE(moved.body, QByteArray("here"));
        QCOMPARE(moved.url.toString(), server.base() + QStringLiteral("/new?x=1"));

        const Answer loop = fetch(QUrl(server.base() + QStringLiteral("/loop")));
        QCOMPARE(loop.error, QStringLiteral("It redirected more than 5 times."));
        QCOMPARE(server.requests.size(), 2 + 6);
    }

    void answersThatAreNotWholeSayWhy_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("bodyBeforeTheCut");
        QTest::addColumn<QString>("error");
        QTest::newRow("shorter than its Content-Length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\nhello") << QByteArray("hello")
            << QStringLiteral("The connection closed 15 bytes before the answer's end.");
        QTest::newRow("cut inside a chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nb\r\nhello") << QByteArray("hello")
            << QStringLiteral("The connection closed before the answer's end.");
        QTest::newRow("cut before the last chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n") << QByteArray("hello")
            << QStringLiteral("The connection closed before the answer's end.");
        QTest::newRow("a chunk size that is not hex")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
            << QByteArray() << QStringLiteral("The answer's chunked framing is broken.");
        QTest::newRow("a chunk longer than its size")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n")
            << QByteArray("he") << QStringLiteral("The answer's chunked framing is broken.");
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << QByteArray()
                                  << QStringLiteral("The answer is not HTTP/1.1.");
        QTest::newRow("a malformed header") << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n") << QByteArray()
                                            << QStringLiteral("The answer has a malformed header line.");
        QTest::newRow("an unknown transfer coding")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nxx") << QByteArray()
            << QStringLiteral("The answer uses a transfer coding this app does not read: gzip.");
        QTest::newRow("a Content-Length that is not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\nxx") << QByteArray()
            << QStringLiteral("The answer's Content-Length is not a number.");
        QTest::newRow("closed without an answer")
            << QByteArray() << QByteArray() << QStringLiteral("The connection closed before an answer came.");
        QTest::newRow("a head that never ends")
            << QByteArray("HTTP/1.1 200 OK\r\n" + QByteArray("X-Filler: 0123456789\r\n").repeated(4000)) << QByteArray()
            << QStringLiteral("The answer's head is over 64 KiB: it is not HTTP.");
    }

    void answersThatAreNotWholeSayWhy()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, bodyBeforeTheCut);
        QFETCH(QString, error);
        RawHttpServer server;
        server.answer = [raw](const QByteArray &) { return raw; };
        const Answer answer = fetch(QUrl(server.base() + QStringLiteral("/x")));
        QCOMPARE(answer.error, error);
        QCOMPARE(answer.body, bodyBeforeTheCut); // what arrived whole is still readable
        QCOMPARE(answer.finishedSignals, 1);
    }

    void anErrorBodyIsKeptUpTo64KiB()
    {
        RawHttpServer server;
        server.answer = [](const QByteArray &) {
            return "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 100000\r\n\r\n" + QByteArray(100000, 'e');
        };
        const Answer answer = fetch(QUrl(server.base() + QStringLiteral("/x")));
        QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
        QCOMPARE(answer.status, 500);
        QCOMPARE(answer.body, QByteArray(64 * 1024, 'e'));
    }

    void aSilentServerTimesOut()
    {
        RawHttpServer server;
        server.closeAfter = false;
        server.answer
            = [](const QByteArray &) { return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf"); };
        const Answer answer = fetch(QUrl(server.base() + QStringLiteral("/x")), 300);
        QCOMPARE(answer.error, QStringLiteral("Nothing arrived for 0.3 s."));
        QCOMPARE(answer.body, QByteArray("half"));
    }

    // A server that sends a byte every 20 ms resets no stall timer: less than 4 KiB per stall
    // interval ends the answer, in words (issue 16: a gateway that sends one byte a second).
    void aTricklingServerIsLeft()
    {
        RawHttpServer server;
        server.pieceBytes = 1;
        server.pieceIntervalMs = 20;
        const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n";
        server.wholeFirst = head.size(); // curl hands the head over a line at a time: the body trickles
        server.answer = [head](const QByteArray &) { return head + QByteArray(5000, 'b'); };
        const Answer answer = fetch(QUrl(server.base() + QStringLiteral("/x")), 300);
        QVERIFY2(answer.error.startsWith(QStringLiteral("Only ")), qPrintable(answer.error));
        QVERIFY2(answer.error.endsWith(QStringLiteral("bytes arrived in 0.3 s: the server is too slow.")),
            qPrintable(answer.error));
    }

    void aRefusedConnectionAndAWrongSchemeSayWhy()
    {
        quint16 port = 0;
        {
            QTcpServer closed;
            QVERIFY(closed.listen(QHostAddress::LocalHost));
            port = closed.serverPort();
        }
        const Answer refused = fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QCOMPARE(refused.error, QStringLiteral("Connection refused."));
        QCOMPARE(refused.finishedSignals, 1);
        const Answer ftp = fetch(QUrl(QStringLiteral("ftp://127.0.0.1/x")));
        QCOMPARE(ftp.error, QStringLiteral("ftp://127.0.0.1/x is not an http or https address."));
        QCOMPARE(ftp.finishedSignals, 1);
    }

    void aCancelEndsTheAnswerOnce()
    {
        RawHttpServer server;
        server.closeAfter = false;
        server.answer
            = [](const QByteArray &) { return QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf"); };
        HttpGet get;
        QSignalSpy finished(&get, &HttpGet::finished);
        connect(&get, &QIODevice::readyRead, &get, [&get] {
            get.readAll();
            get.abort();
        });
        get.get(QUrl(server.base() + QStringLiteral("/x")), {}, 10000);
        QVERIFY(finished.wait(10000));
        QTest::qWait(20);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(get.error(), QStringLiteral("Cancelled."));
        QCOMPARE(get.read(16), QByteArray());
    }

    void httpsWithTheSystemsTls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        const auto certificates = QSslCertificate::fromPath(dir.filePath(QStringLiteral("cert.pem")));
        QCOMPARE(certificates.size(), 1);
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
        serverTls.setLocalCertificate(certificates.first());
        serverTls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));

        RawHttpServer server;
        server.tls = serverTls;
        server.answer = [](const QByteArray &) {
            return QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n6\r\nsecret\r\n0\r\n\r\n");
        };
        const QUrl url(server.base("https") + QStringLiteral("/x"));

        // A certificate nobody vouches for: refused, in words.
        const Answer untrusted = fetch(url);
        QVERIFY2(untrusted.error.contains(QStringLiteral("self signed"), Qt::CaseInsensitive)
                || untrusted.error.contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
            qPrintable(untrusted.error));
        QVERIFY(untrusted.body.isEmpty());

        // Trusted as a CA bundle of the gateway's own: the answer reads as over http, also by a
        // reader that takes two bytes per turn.
        const Answer trusted = fetch(url, 10000, {}, 2, dir.filePath(QStringLiteral("cert.pem")));
        QVERIFY2(trusted.error.isEmpty(), qPrintable(trusted.error));
        QCOMPARE(trusted.status, 200);
        QCOMPARE(trusted.body, QByteArray("secret"));
    }
};

DD_REGISTER_TEST(TestHttpGet);
#include "tst_httpget.moc"
