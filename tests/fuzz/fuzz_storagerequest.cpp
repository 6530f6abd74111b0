// What a client sends the storage node (storage/storageserver, whose HTTP is cpp-httplib's): an
// HTTP/1.1 request, and for a dag/import a multipart/form-data body holding a CAR, written to the
// real server over loopback in pieces whose size the first byte chooses, as sockets hand them
// over, then the sending side closed. Whatever arrives, the node answers HTTP or closes, and it
// goes on serving: a request after it is answered.

#include "fuzzinput.h"

#include "storage/blockstore.h"
#include "storage/storageserver.h"

#include <QTemporaryDir>

#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace {

dd::storage::StorageServer &node()
{
    static QTemporaryDir dir;
    static dd::storage::StorageServer server {dd::storage::BlockStore(dir.filePath(QStringLiteral("node")))};
    static const bool listening = server.listen().ok();
    dd::fuzz::require(listening, "storage request: the node listens");
    return server;
}

// Sends request in pieces and, when endSending, ends the sending side there (the fuzzed bytes
// are all there is; cpp-httplib then may close without answering); reads until the node closes.
QByteArray exchange(quint16 port, const QByteArray &request, int piece, bool endSending)
{
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout {5, 0}; // the node's own timeouts are 30 s; an answer that takes 5 is a hang here
    // A few tries: loopback's ports can be short for a moment when other targets run beside.
    int fd = -1;
    for (int attempt = 0; attempt < 20 && fd < 0; ++attempt) {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
        if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0)
            break;
        std::fprintf(stderr, "connect: %s\n", std::strerror(errno));
        ::close(fd);
        fd = -1;
        ::usleep(50000);
    }
    dd::fuzz::require(fd >= 0, "storage request: the node accepts connections");
    for (qsizetype at = 0; at < request.size(); at += piece)
        if (dd::fuzz::retryInterrupted([&] {
                return ::send(fd, request.constData() + at, size_t(std::min<qsizetype>(piece, request.size() - at)),
                    MSG_NOSIGNAL);
            })
            < 0)
            break; // the node answered and closed early: its answer is still to be read
    if (endSending)
        ::shutdown(fd, SHUT_WR);
    QByteArray answer;
    char buffer[65536];
    while (true) {
        const ssize_t n = dd::fuzz::retryInterrupted([&] { return ::recv(fd, buffer, sizeof buffer, 0); });
        if (n <= 0) {
            if (n < 0 && errno != ECONNRESET)
                std::fprintf(stderr, "recv: %s\n", std::strerror(errno));
            dd::fuzz::require(n == 0 || errno == ECONNRESET, "storage request: the node answers within 5 s");
            break;
        }
        answer.append(buffer, n);
    }
    // The node closed first: a reset now leaves neither side in TIME_WAIT, so a long run does
    // not use up loopback's ports.
    const linger reset {1, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset);
    ::close(fd);
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const int piece = std::max(1, int(data[0]) * 16);
    const QByteArray request = dd::fuzz::bytes(data + 1, size - 1);
    const quint16 port = node().port();
    const QByteArray answer = exchange(port, request, piece, true);
    dd::fuzz::require(answer.isEmpty() || answer.startsWith("HTTP/1.1 "), "storage request: the answer is HTTP");
    // And it serves on.
    const QByteArray probe
        = exchange(port, "POST /api/v0/version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 4096, false);
    dd::fuzz::require(probe.startsWith("HTTP/1.1 200"), "storage request: the node serves on");
    return 0;
}
