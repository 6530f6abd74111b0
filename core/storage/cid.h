#pragma once

// Content identifiers as IPFS writes them: unsigned varints, sha2-256 multihashes, CIDv0
// (base58btc of the multihash, dag-pb only) and CIDv1 (version, codec, multihash) in multibase
// base32 (lower case, no padding, prefix 'b'). Specs: multiformats/cid, multihash, multibase,
// unsigned-varint.

#include "common/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace dd::storage {

namespace codec {
constexpr quint64 raw = 0x55;
constexpr quint64 dagPb = 0x70;
} // namespace codec

namespace hashcode {
constexpr quint64 identity = 0x00; // the "hash" is the bytes themselves
constexpr quint64 sha2_256 = 0x12;
} // namespace hashcode

void appendVarint(QByteArray &out, quint64 value);
// An unsigned varint at bytes[at]; advances at past it. nullopt when it is cut short or too long.
std::optional<quint64> readVarint(const QByteArray &bytes, qsizetype &at);
QByteArray sha256(const QByteArray &bytes);
// 0x12 0x20 followed by the 32-byte digest.
QByteArray sha256Multihash(const QByteArray &digest);

struct Cid {
    int version = 1;
    quint64 codec = codec::dagPb;
    QByteArray multihash;

    QByteArray bytes() const; // binary form (CIDv0: the multihash alone)
    QString toString() const; // CIDv0: base58btc "Qm…"; CIDv1: base32 "b…"
    Cid toV1() const { return Cid {1, codec, multihash}; }
    bool isIdentity() const { return multihash.startsWith('\0'); }
    // Whether block is the one this CID names (sha2-256 or identity; other hashes are refused).
    bool matches(const QByteArray &block) const;

    // A CID at the start of bytes (binary form); used is set to its length.
    static Result<Cid> fromBytes(const QByteArray &bytes, qsizetype &used);
    // "Qm…" (CIDv0), "b…" (base32) or "z…" (base58btc) CIDv1; an error in words otherwise.
    static Result<Cid> parse(QStringView text);

    friend bool operator==(const Cid &a, const Cid &b)
    {
        return a.version == b.version && a.codec == b.codec && a.multihash == b.multihash;
    }
};

inline size_t qHash(const Cid &cid, size_t seed = 0)
{
    return qHash(cid.multihash, seed);
}

QString base32Lower(const QByteArray &bytes);
std::optional<QByteArray> base32LowerDecode(QStringView text);

} // namespace dd::storage
