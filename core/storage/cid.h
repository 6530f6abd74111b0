#pragma once

// Content identifiers as IPFS writes them: unsigned varints, sha2-256 multihashes, CIDv0
// (base58btc of the multihash, dag-pb only) and CIDv1 (version, codec, multihash) in multibase
// base32 (lower case, no padding, prefix 'b'). Specs: multiformats/cid, multihash, multibase,
// unsigned-varint.

#include <QByteArray>
#include <QString>

namespace dd::storage {

namespace codec {
constexpr quint64 raw = 0x55;
constexpr quint64 dagPb = 0x70;
} // namespace codec

void appendVarint(QByteArray &out, quint64 value);
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
};

QString base32Lower(const QByteArray &bytes);

} // namespace dd::storage
