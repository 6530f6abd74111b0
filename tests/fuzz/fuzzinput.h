#pragma once

// Helpers for the libFuzzer targets: the input as Qt types, and a check that reports a broken
// property (decode(encode(x)) != x, script in sanitised HTML) as a crash libFuzzer keeps.

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace dd::fuzz {

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const std::uint8_t *data, std::size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input as a list of blocks, each after a 2-byte big-endian header: its top bit a flag
// (a raw block, for the targets that need one), the other 15 bits its length (cut at the
// input's end). tests/fuzz/make_seeds.py writes them so.
struct Block {
    QByteArray bytes;
    bool flagged = false;
};

inline QList<Block> blocks(const std::uint8_t *data, std::size_t size)
{
    QList<Block> out;
    for (std::size_t at = 0; at + 2 <= size;) {
        const std::size_t length
            = std::min<std::size_t>(size - at - 2, std::size_t(data[at] & 0x7f) << 8 | data[at + 1]);
        out.append(Block {bytes(data + at + 2, length), (data[at] & 0x80) != 0});
        at += 2 + length;
    }
    return out;
}

// A system call again while a signal interrupted it: libFuzzer's timeout (-timeout) is a
// SIGALRM every second, which ends a blocking recv() or send() with EINTR.
template <typename Call> auto retryInterrupted(Call call)
{
    auto result = call();
    while (result < 0 && errno == EINTR)
        result = call();
    return result;
}

// A property every input must keep: abort (libFuzzer saves the input) when it does not.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

} // namespace dd::fuzz
