#include "common/piecewrite.h"

namespace dd {

bool writeInPieces(QIODevice &device, QByteArrayView bytes)
{
    for (qsizetype at = 0; at < bytes.size(); at += pageCachePiece) {
        const qsizetype n = std::min(pageCachePiece, bytes.size() - at);
        if (device.write(bytes.data() + at, n) != n)
            return false;
    }
    return true;
}

} // namespace dd
