// A UnixFS file read back from blocks (storage/dagwalk, readUnixFsFile), as the catalog reads a
// contributor's metadata: the input is a list of blocks (dd::fuzz::blocks; flagged ones are raw
// leaves), the first is the root. Read or refused; never more than the size asked for, in steps
// bounded by it.

#include "fuzzinput.h"

#include "storage/blockstore.h"
#include "storage/cid.h"
#include "storage/dagwalk.h"

#include <QTemporaryDir>

using namespace dd::storage;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir; // one folder for the run: blocks are content-addressed
    const BlockStore store(dir.path());
    std::optional<Cid> root;
    for (const dd::fuzz::Block &block : dd::fuzz::blocks(data, size)) {
        const Cid cid {1, block.flagged ? codec::raw : codec::dagPb, sha256Multihash(sha256(block.bytes))};
        (void)store.put(cid, block.bytes);
        if (!root)
            root = cid;
    }
    if (!root)
        return 0;
    constexpr qint64 kMax = 1 << 16;
    if (auto file = readUnixFsFile(store, *root, kMax))
        dd::fuzz::require(file.value().size() <= kMax, "unixfs: no more than the size asked for");
    return 0;
}
