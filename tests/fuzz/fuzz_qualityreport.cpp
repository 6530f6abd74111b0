// What other curators publish, read by a curator's app: a quality report (quality/qualityreport,
// the schema in resources/schemas/quality-report.schema.json) and its ERC-1497 evidence file;
// and each line as a table value the personal-data checks look at. Refused in words, within time
// and memory bounded by the input.

#include "fuzzinput.h"

#include "quality/personaldata.h"
#include "quality/qualityreport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = dd::fuzz::bytes(data, size);
    if (auto report = dd::quality::readQualityReport(input)) {
        for (const auto &sketch : report.value().rowSketches)
            dd::fuzz::require(sketch.size() <= 256, "qualityreport: a sketch holds at most k values");
    }
    (void)dd::quality::readEvidence(input);
    for (const QByteArray &line : input.split('\n')) {
        for (auto hint : {std::optional<dd::quality::PersonalKind>(), std::optional(dd::quality::PersonalKind::Phone),
                 std::optional(dd::quality::PersonalKind::StreetAddress)}) {
            if (auto kind = dd::quality::personalKindOfValue(line, hint))
                (void)dd::quality::maskedValue(*kind, line);
        }
    }
    return 0;
}
