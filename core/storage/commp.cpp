#include "storage/commp.h"

#include <openssl/sha.h>

#include <array>
#include <cmath>
#include <optional>
#include <vector>

namespace dd::storage {

namespace {

using Node = std::array<unsigned char, 32>;

constexpr quint64 inBytesPerQuad = 127;
constexpr quint64 outBytesPerQuad = 128;

// SHA-256 of two nodes, truncated to 254 bits (the top two bits of the last byte cleared), so
// every node is a valid field element.
Node hashPair(const Node &left, const Node &right)
{
    unsigned char both[64];
    std::copy(left.begin(), left.end(), both);
    std::copy(right.begin(), right.end(), both + 32);
    Node out;
    SHA256(both, sizeof both, out.data());
    out[31] &= 0x3f;
    return out;
}

// The unpadded size a payload is zero-padded to: the room a power-of-two piece has once Fr32
// takes its 1/128, the smallest that holds the payload (at least 65 bytes' worth).
quint64 zeroPaddedSize(quint64 payload)
{
    const quint64 size = std::max(payload, minPiecePayload);
    int highestBit = 63;
    while (!(size >> highestBit & 1))
        --highestBit;
    const quint64 bound = ((quint64(1) << (highestBit + 1)) * 127 + 127) / 128;
    return size <= bound ? bound : ((quint64(1) << (highestBit + 2)) * 127 + 127) / 128;
}

// Fr32: 127 bytes in, 128 out; after each 254 bits, two zero bits.
void fr32Pad(const unsigned char *in, unsigned char *out)
{
    std::copy(in, in + 32, out);
    out[31] &= 0x3f;
    for (int i = 32; i < 64; ++i)
        out[i] = static_cast<unsigned char>((in[i] << 2) | (in[i - 1] >> 6));
    out[63] &= 0x3f;
    for (int i = 64; i < 96; ++i)
        out[i] = static_cast<unsigned char>((in[i] << 4) | (in[i - 1] >> 4));
    out[95] &= 0x3f;
    for (int i = 96; i < 127; ++i)
        out[i] = static_cast<unsigned char>((in[i] << 6) | (in[i - 1] >> 2));
    out[127] = static_cast<unsigned char>(in[126] >> 2);
}

// A binary tree built left to right: pending[level] is a left node waiting for its sibling.
class TreeBuilder {
public:
    void add(Node node, int level)
    {
        while (true) {
            if (int(m_pending.size()) <= level)
                m_pending.resize(size_t(level) + 1);
            if (!m_pending[size_t(level)]) {
                m_pending[size_t(level)] = node;
                return;
            }
            node = hashPair(*m_pending[size_t(level)], node);
            m_pending[size_t(level)].reset();
            ++level;
        }
    }

    // The root of a tree of 2^height leaves, the ones not added being zero.
    Node finish(int height)
    {
        Node zero {};
        std::vector<Node> zeroes {zero}; // the root of an all-zero subtree, per level
        for (int level = 0; level < height; ++level)
            zeroes.push_back(hashPair(zeroes.back(), zeroes.back()));
        for (int level = 0; level < height; ++level)
            if (level < int(m_pending.size()) && m_pending[size_t(level)])
                add(zeroes[size_t(level)], level);
        if (int(m_pending.size()) > height && m_pending[size_t(height)])
            return *m_pending[size_t(height)];
        return zeroes[size_t(height)];
    }

private:
    std::vector<std::optional<Node>> m_pending;
};

} // namespace

Cid PieceCommitment::pieceCid() const
{
    QByteArray digest;
    appendVarint(digest, padding);
    digest.append(char(height));
    digest.append(root);
    QByteArray multihash;
    appendVarint(multihash, 0x1011); // fr32-sha256-trunc254-padbintree
    appendVarint(multihash, quint64(digest.size()));
    return Cid {1, codec::raw, multihash + digest};
}

Cid PieceCommitment::commPCid() const
{
    QByteArray multihash;
    appendVarint(multihash, 0x1012); // sha2-256-trunc254-padded
    appendVarint(multihash, 32);
    return Cid {1, 0xf101, multihash + root}; // fil-commitment-unsealed
}

Result<PieceCommitment> computePieceCommitment(QIODevice &input, const std::atomic_bool *cancel)
{
    PieceCommitment out;
    TreeBuilder tree;
    QByteArray buffer;
    const qint64 chunk = qint64(inBytesPerQuad) * 8192; // about 1 MiB of whole quads
    unsigned char expanded[outBytesPerQuad];
    auto addQuad = [&](const unsigned char *quad) {
        fr32Pad(quad, expanded);
        for (int leaf = 0; leaf < 4; ++leaf) {
            Node node;
            std::copy(expanded + leaf * 32, expanded + leaf * 32 + 32, node.begin());
            tree.add(node, 0);
        }
    };
    while (true) {
        if (cancel && cancel->load())
            return Result<PieceCommitment>::failure(QStringLiteral("Cancelled."), ErrorCode::Cancelled);
        const qsizetype kept = buffer.size();
        buffer.resize(chunk);
        const qint64 got = input.read(buffer.data() + kept, chunk - kept);
        if (got < 0)
            return Result<PieceCommitment>::failure(
                QStringLiteral("The input could not be read: %1").arg(input.errorString()), ErrorCode::Io);
        buffer.resize(kept + got);
        out.payloadSize += quint64(got);
        const qsizetype whole = buffer.size() - buffer.size() % qsizetype(inBytesPerQuad);
        for (qsizetype at = 0; at < whole; at += qsizetype(inBytesPerQuad))
            addQuad(reinterpret_cast<const unsigned char *>(buffer.constData() + at));
        buffer.remove(0, whole);
        if (got == 0)
            break;
    }
    if (out.payloadSize < minPiecePayload)
        return Result<PieceCommitment>::failure(
            QStringLiteral("The input is %1 bytes; a Filecoin piece needs at least %2.")
                .arg(out.payloadSize)
                .arg(minPiecePayload),
            ErrorCode::InvalidInput);
    if (!buffer.isEmpty()) { // the last partial quad, zero-filled
        buffer.append(QByteArray(qsizetype(inBytesPerQuad) - buffer.size(), '\0'));
        addQuad(reinterpret_cast<const unsigned char *>(buffer.constData()));
    }
    const quint64 unpadded = zeroPaddedSize(out.payloadSize);
    out.padding = unpadded - out.payloadSize;
    out.paddedPieceSize = unpadded / inBytesPerQuad * outBytesPerQuad;
    out.height = 0;
    while ((quint64(32) << out.height) < out.paddedPieceSize)
        ++out.height;
    const Node root = tree.finish(out.height);
    out.root = QByteArray(reinterpret_cast<const char *>(root.data()), 32);
    return out;
}

} // namespace dd::storage
