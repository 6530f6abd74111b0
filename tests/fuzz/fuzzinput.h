#pragma once

// Helpers for the libFuzzer targets: the input as Qt types, and a check that reports a broken
// property (decode(encode(x)) != x, script in sanitised HTML) as a crash libFuzzer keeps.

#include <QByteArray>
#include <QString>

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

// A property every input must keep: abort (libFuzzer saves the input) when it does not.
inline void require(bool holds, const char *what)
{
    if (!holds) {
        std::fprintf(stderr, "property broken: %s\n", what);
        std::abort();
    }
}

} // namespace dd::fuzz
