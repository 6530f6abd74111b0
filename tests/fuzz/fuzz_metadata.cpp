// The JSON a contributor publishes and a service answers: datapackage.json (Frictionless,
// quality/datapackage), a Pinning Service API pin status (storage/pinningservice; format:
// https://ipfs.github.io/pinning-services-api-spec/) and a contract ABI (eth/contractabi).

#include "fuzzinput.h"

#include "eth/contractabi.h"
#include "quality/datapackage.h"
#include "storage/pinningservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = dd::fuzz::bytes(data, size);
    (void)dd::quality::readDataPackage(input);
    const QJsonDocument json = QJsonDocument::fromJson(input);
    if (json.isObject())
        (void)dd::storage::parseRemotePin(json.object());
    if (json.isArray())
        (void)dd::eth::ContractAbi::fromJson(json.array());
    (void)dd::eth::ContractAbi::fromArtifact(input);
    return 0;
}
