#pragma once

// Filecoin piece commitment (CommP) of a byte stream, as deal clients compute it for a CAR
// (FRC-0058, as @web3-storage/data-segment and go-fil-commp-hashhash do): the payload is
// zero-padded to fill a power-of-two piece less its Fr32 overhead, Fr32-expanded (two zero bits
// after every 254), and hashed as a binary tree of 32-byte leaves with SHA-256 truncated to 254
// bits. Streams: memory holds one node per tree level, and the zero padding at the end is not
// hashed leaf by leaf but taken from precomputed all-zero subtrees.

#include "common/result.h"
#include "storage/cid.h"

#include <QIODevice>

#include <atomic>

namespace dd::storage {

struct PieceCommitment {
    QByteArray root; // 32 bytes
    quint64 payloadSize = 0;
    quint64 paddedPieceSize = 0; // a power of two, the Fr32-expanded size
    quint64 padding = 0; // zero bytes added to the payload before expansion
    int height = 0; // of the tree: paddedPieceSize = 32 << height

    // The piece CID of FRC-0069: raw codec, fr32-sha256-trunc254-padbintree multihash
    // (padding, height, root) — "bafkzcib…".
    Cid pieceCid() const;
    // The older CommP CID: fil-commitment-unsealed codec, sha2-256-trunc254-padded — "baga6ea4sea…".
    Cid commPCid() const;
};

constexpr quint64 minPiecePayload = 65; // below this there is no valid piece

Result<PieceCommitment> computePieceCommitment(QIODevice &input, const std::atomic_bool *cancel = nullptr);

} // namespace dd::storage
