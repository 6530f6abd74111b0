#include "common/piecewrite.h"

namespace dd {

bool writeInPieces(QIODevice &device, QByteArrayView bytes)
{
    constexpr qsizetype piece = 64 * 1024;
    for (qsizetype at = 0; at < bytes.size(); at += piece) {
        const qsizetype n = std::min(piece, bytes.size() - at);
        if (device.write(bytes.data() + at, n) != n)
            return false;
    }
    return true;
}

} // namespace dd
