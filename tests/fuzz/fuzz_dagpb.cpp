// dag-pb blocks and their UnixFS Data (storage/dagpb): decoded or refused; a decoded node
// encodes to a block that decodes to the same links and data.

#include "fuzzinput.h"

#include "storage/dagpb.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray block = dd::fuzz::bytes(data, size);
    if (auto node = dd::storage::decodePbNode(block)) {
        auto again = dd::storage::decodePbNode(dd::storage::encodePbNode(node.value().links, node.value().data));
        dd::fuzz::require(
            again && again.value().links.size() == node.value().links.size() && again.value().data == node.value().data,
            "dag-pb: decode(encode(node)) == node");
    }
    (void)dd::storage::decodeUnixFsData(block);
    (void)dd::storage::decodeUnixFsNode(block);
    return 0;
}
