// Event logs as a node answers eth_getLogs (sync/governanceevents, through the Governor's,
// token's, registry's and curation contract's ABIs; any emitter with any topic asked for): the first bytes pick the
// event's topic and its emitter and how many indexed topics follow (32 bytes each), the rest is its data. Added or
// refused in words, within memory bounded by the input.

#include "fuzzinput.h"

#include "cache/governancerecords.h"
#include "common/hex.h"
#include "dao/daodeployer.h"
#include "sync/governanceevents.h"

#include <QJsonArray>

using namespace dd;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    static const dao::DaoAbis &abis = dao::DaoAbis::load().value();
    static const crypto::Address governor
        = crypto::Address::parse(u"0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0").value();
    static const crypto::Address token = crypto::Address::parse(u"0x5FbDB2315678afecb367f032d93F642f64180aa3").value();
    static const crypto::Address registry
        = crypto::Address::parse(u"0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9").value();
    static const crypto::Address curation
        = crypto::Address::parse(u"0xa513E6E4b8f2a923D98304ec87F64353C4D5C853").value();
    static const sync::GovernanceEventDecoder decoder(abis.governor, abis.token, governor, token, registry, curation);
    static const QJsonArray known = decoder.topicFilter().first().toArray();
    dd::fuzz::require(!known.isEmpty(), "events: the decoder asks for its events' topics");
    const crypto::Address emitters[] = {governor, token, registry, curation};
    eth::LogEntry log;
    log.address = emitters[data[1] % 4];
    log.topics.append(fromHex(known[data[0] % known.size()].toString()).value());
    std::size_t at = 3;
    for (int i = 0; i < data[2] % 4 && at + 32 <= size; ++i, at += 32)
        log.topics.append(QByteArray(reinterpret_cast<const char *>(data + at), 32));
    log.blockNumber = 16;
    log.transactionHash = QStringLiteral("0x") + QString(64, u'a');
    log.blockHash = QStringLiteral("0x") + QString(64, u'b');
    log.data = QByteArray(reinterpret_cast<const char *>(data + at), qsizetype(size - at));
    cache::EventBatch batch;
    const Status added = decoder.add(log, batch);
    if (std::getenv("DD_FUZZ_VERBOSE"))
        std::fprintf(stderr, "%s\n", added ? "added" : qPrintable(added.message()));
    return 0;
}
