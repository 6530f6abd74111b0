// HAMT-sharded folders (storage/hamt): the input is a list of blocks (dd::fuzz::blocks); the
// first is the root shard, the others are what the source answers, by CID. Listed or refused,
// in steps bounded by the blocks given (a shard is read at most once).

#include "fuzzinput.h"

#include "storage/cid.h"
#include "storage/dagpb.h"
#include "storage/hamt.h"

#include <QHash>

using namespace dd::storage;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QList<QByteArray> blocks;
    for (const dd::fuzz::Block &block : dd::fuzz::blocks(data, size))
        blocks.append(block.bytes);
    if (blocks.isEmpty())
        return 0;
    QHash<Cid, QByteArray> store;
    for (const QByteArray &block : blocks)
        store.insert(Cid {1, codec::dagPb, sha256Multihash(sha256(block))}, block);
    int reads = 0;
    const hamt::BlockSource source = [&](const Cid &cid) -> dd::Result<QByteArray> {
        dd::fuzz::require(++reads <= blocks.size() + 1, "hamt: each shard is read at most once");
        if (!store.contains(cid))
            return dd::Result<QByteArray>::failure(QStringLiteral("not given"));
        return store.value(cid);
    };
    auto root = decodePbNode(blocks.first());
    if (!root)
        return 0;
    (void)hamt::list(root.value(), source);
    reads = 0;
    (void)hamt::find(root.value(), "name", source);
    return 0;
}
