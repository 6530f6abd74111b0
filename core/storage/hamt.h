#pragma once

// UnixFS HAMT-sharded directories (ipfs/specs UNIXFS.md, "HAMTDirectory"): how a folder too
// large for one block is split into a trie of shard nodes, keyed by the murmur3-x64-64 hash of
// each name, as Kubo and the JS reference importer write them; and reading one back (listing
// every entry, or finding one name without reading the whole trie).

#include "storage/dagpb.h"
#include "storage/unixfs.h"

#include <functional>
#include <optional>

namespace dd::storage::hamt {

constexpr quint64 murmur3x64_64 = 0x22; // the only hash UnixFS shards use
constexpr int defaultFanout = 256;

// The first 64 bits (h1) of MurmurHash3_x64_128 with seed 0: the hash Go's go-unixfs took.
quint64 murmur3(QByteArrayView bytes);

// The slot of name in a shard node at depth (0 = the root shard), for a fanout of 2^bits.
// Bits are taken from the hash's most significant end; past 64 bits the name is hashed again
// with the word number appended, as the reference implementations do.
int slot(const QByteArray &name, int depth, int bits);

struct Entry {
    QByteArray name; // UTF-8
    Cid cid;
    quint64 tsize = 0; // the entry's block and everything below it
};

struct Built {
    Cid cid;
    quint64 tsize = 0;
    quint64 blocks = 0;
};

// The shard nodes of a directory holding entries (names unique), leaves first, each given to
// sink; the root shard comes last. Fanout 256.
Result<Built> build(const QList<Entry> &entries, int cidVersion, const BlockSink &sink);

// Gets the block a CID names (from a store, or a gateway), already checked against its hash.
using BlockSource = std::function<Result<QByteArray>(const Cid &)>;

// Every entry of the sharded directory whose root shard is node, with its own name (the slot
// prefix removed), in the trie's order. Malformed shards are refused in words.
Result<QList<PbLink>> list(const PbNode &node, const BlockSource &source);

// The entry called name, or nullopt when the directory has none. The shard blocks read on the
// way (below the root) are appended to path when given: a gateway sends them with the answer.
Result<std::optional<PbLink>> find(
    const PbNode &node, const QByteArray &name, const BlockSource &source, QList<Cid> *path = nullptr);

// Whether a link in a shard node leads to another shard (its name is only the slot's label).
bool isShardLink(const PbLink &link, quint64 fanout);
// The name of the entry a (non-shard) link in a shard node leads to: its name after the label.
QByteArray entryName(const PbLink &link, quint64 fanout);

} // namespace dd::storage::hamt
