// What a contributor drops as a ZIP archive (quality/ziparchive): its end record, central
// directory and local headers read from outside bytes. Opens or says why not; never more entries
// than bytes.

#include "fuzzinput.h"

#include "quality/ziparchive.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = dd::fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    const dd::quality::ZipCheck check = dd::quality::checkZipArchive(buffer);
    dd::fuzz::require(check.opens == check.problem.isEmpty(), "zip: a problem exactly when it does not open");
    dd::fuzz::require(check.zip64 || check.entries * 46 <= quint64(size), "zip: no more entries than headers fit");
    return 0;
}
