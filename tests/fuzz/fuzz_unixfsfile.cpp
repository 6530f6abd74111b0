// A UnixFS file read back from blocks (storage/dagwalk, readUnixFsFile), as the catalog reads a
// contributor's metadata: the input is a list of blocks (a 2-byte length before each), the first
// is the root. Read or refused; never more than the size asked for, in steps bounded by it.

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
    for (std::size_t at = 0; at + 2 <= size;) {
        const std::size_t length = std::min<std::size_t>(size - at - 2, std::size_t(data[at]) << 8 | data[at + 1]);
        const QByteArray block = dd::fuzz::bytes(data + at + 2, length);
        const Cid cid {1, (data[at] & 0x80) ? codec::raw : codec::dagPb, sha256Multihash(sha256(block))};
        (void)store.put(cid, block);
        if (!root)
            root = cid;
        at += 2 + length;
    }
    if (!root)
        return 0;
    constexpr qint64 kMax = 1 << 16;
    if (auto file = readUnixFsFile(store, *root, kMax))
        dd::fuzz::require(file.value().size() <= kMax, "unixfs: no more than the size asked for");
    return 0;
}
