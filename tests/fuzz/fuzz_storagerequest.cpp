// What a client sends the storage node (storage/storageserver, whose HTTP is cpp-httplib's): an
// HTTP/1.1 request, and for a dag/import a multipart/form-data body holding a CAR, written to the
// real server over loopback in pieces whose size the first byte chooses, as sockets hand them
// over. Whatever arrives, the node answers HTTP or closes, and it goes on serving: the next
// input finds it answering.

#include "fuzzinput.h"

#include "storage/blockstore.h"
#include "storage/storageserver.h"

#include <QTemporaryDir>

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

// Sends request in pieces, ends the sending side, and reads the answer until the node closes.
QByteArray exchange(quint16 port, const QByteArray &request, int piece)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout {5, 0}; // the node's own timeouts are 30 s; an answer that takes 5 is a hang here
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    dd::fuzz::require(::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0,
        "storage request: the node accepts connections");
    for (qsizetype at = 0; at < request.size(); at += piece)
        if (::send(fd, request.constData() + at, size_t(std::min<qsizetype>(piece, request.size() - at)), MSG_NOSIGNAL)
            < 0)
            break; // the node answered and closed early: its answer is still to be read
    ::shutdown(fd, SHUT_WR);
    QByteArray answer;
    char buffer[65536];
    while (true) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n <= 0) {
            dd::fuzz::require(n == 0 || errno == ECONNRESET, "storage request: the node answers within 5 s");
            break;
        }
        answer.append(buffer, n);
    }
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
    const QByteArray answer = exchange(port, request, piece);
    dd::fuzz::require(answer.isEmpty() || answer.startsWith("HTTP/1.1 "), "storage request: the answer is HTTP");
    // And it serves on.
    const QByteArray probe
        = exchange(port, "POST /api/v0/version HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 4096);
    dd::fuzz::require(probe.startsWith("HTTP/1.1 200"), "storage request: the node serves on");
    return 0;
}
