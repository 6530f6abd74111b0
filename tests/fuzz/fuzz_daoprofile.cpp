// DAO profiles (dao/daoprofile) opened from a file or a link: read or refused in words; what
// reads writes back to JSON that reads the same.

#include "fuzzinput.h"

#include "dao/daoprofile.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QJsonDocument json = QJsonDocument::fromJson(dd::fuzz::bytes(data, size));
    if (!json.isObject())
        return 0;
    if (auto profile = dd::dao::DaoProfile::fromJson(json.object())) {
        auto again = dd::dao::DaoProfile::fromJson(profile.value().toJson());
        dd::fuzz::require(again && again.value().toJson() == profile.value().toJson(), "profile: JSON round trip");
    }
    return 0;
}
