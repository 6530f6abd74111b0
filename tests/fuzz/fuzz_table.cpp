// What a contributor drops (quality/formatsniffer, quality/tableprofile): the format sniffed
// from its first and last bytes, the dialect guessed, and the table profiled, in one pass.

#include "fuzzinput.h"

#include "quality/formatsniffer.h"
#include "quality/tableprofile.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = dd::fuzz::bytes(data, size);
    (void)dd::quality::sniffFormat(input.left(4096), input.right(4096), QStringLiteral("dropped.csv"));
    (void)dd::quality::isUtf8(input, true);
    const dd::quality::TableDialect dialect = dd::quality::detectDialect(input.left(65536));
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    if (auto table = dd::quality::profileTable(buffer, dialect))
        dd::fuzz::require(table.value().rows <= quint64(size), "table: no more rows than bytes");
    return 0;
}
