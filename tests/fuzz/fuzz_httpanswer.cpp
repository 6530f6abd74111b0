// What a gateway answers (storage/httpget, on libcurl): the input after its first byte is the
// raw answer a loopback server writes to HttpGet, then closes (to every request: a redirect
// comes back for more); the first byte chooses how much
// the reader takes per turn (as the downloads take a batch per turn, or hold back). Whatever
// the bytes, finished() comes exactly once, the body read is never longer than the answer, and
// a failure is in words.

#include "fuzzinput.h"

#include "storage/httpget.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <functional>
#include <thread>

namespace {

QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "fuzz_httpanswer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

// A listening loopback socket; port() is where.
struct RawServer {
    int fd = -1;
    quint16 port = 0;
    RawServer()
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        dd::fuzz::require(
            ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 && ::listen(fd, 16) == 0,
            "http answer: a loopback port");
        socklen_t length = sizeof address;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length);
        port = ntohs(address.sin_port);
    }
};

// Answers every connection with answer (a redirect comes back for more) until a byte arrives
// on wake.
void serveUntilWoken(int listening, int wake, const QByteArray &answer)
{
    while (true) {
        pollfd waiting[2] {{listening, POLLIN, 0}, {wake, POLLIN, 0}};
        if (dd::fuzz::retryInterrupted([&] { return ::poll(waiting, 2, -1); }) <= 0)
            continue;
        if (waiting[1].revents)
            return;
        const int fd = dd::fuzz::retryInterrupted([&] { return ::accept(listening, nullptr, nullptr); });
        if (fd < 0)
            continue;
        QByteArray head;
        char buffer[4096];
        while (!head.contains("\r\n\r\n")) {
            const ssize_t n = dd::fuzz::retryInterrupted([&] { return ::recv(fd, buffer, sizeof buffer, 0); });
            if (n <= 0)
                break;
            head.append(buffer, n);
        }
        for (qsizetype at = 0; at < answer.size();) {
            const ssize_t n = dd::fuzz::retryInterrupted(
                [&] { return ::send(fd, answer.constData() + at, size_t(answer.size() - at), MSG_NOSIGNAL); });
            if (n <= 0)
                break; // the client gave up on it
            at += n;
        }
        // The answer's end, then the client's close, then a reset: neither side stays in
        // TIME_WAIT, so a long run does not use up loopback's ports.
        ::shutdown(fd, SHUT_WR);
        pollfd closing {fd, POLLIN, 0};
        while (dd::fuzz::retryInterrupted([&] { return ::poll(&closing, 1, 3000); }) > 0
            && dd::fuzz::retryInterrupted([&] { return ::recv(fd, buffer, sizeof buffer, 0); }) > 0) { }
        const linger reset {1, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
        ::close(fd);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    application();
    static RawServer server;
    const int perTurn = data[0]; // 0: everything there is
    const QByteArray answer = dd::fuzz::bytes(data + 1, size - 1);
    int wake[2];
    dd::fuzz::require(::pipe(wake) == 0, "http answer: a pipe");
    std::thread writer(serveUntilWoken, server.fd, wake[0], std::cref(answer));

    dd::storage::HttpGet get;
    QByteArray body;
    int finished = 0;
    QEventLoop loop;
    QObject::connect(&get, &QIODevice::readyRead, [&] { body += perTurn > 0 ? get.read(perTurn) : get.readAll(); });
    QObject::connect(&get, &dd::storage::HttpGet::finished, [&] {
        ++finished;
        loop.quit();
    });
    get.get(QUrl(QStringLiteral("http://127.0.0.1:%1/ipfs/bafkqaaa?format=car").arg(server.port)), {}, 1500);
    loop.exec();
    body += get.readAll();
    dd::fuzz::require(::write(wake[1], "x", 1) == 1, "http answer: the server is woken");
    writer.join();
    ::close(wake[0]);
    ::close(wake[1]);
    QCoreApplication::processEvents(); // a second finished() would come now
    dd::fuzz::require(finished == 1, "http answer: finished() once");
    dd::fuzz::require(body.size() <= answer.size(), "http answer: no more body than answer");
    dd::fuzz::require(get.error().size() < 400, "http answer: a failure is a sentence, not a dump");
    dd::fuzz::require(!get.error().isEmpty() || get.status() >= 200, "http answer: whole answers have a status");
    return 0;
}
