// What a contributor drops as a gzip file or a tar archive (quality/streamarchive): gzip members
// inflated and their trailers checked, tar headers and their checksums walked, from outside
// bytes. Opens or says why not; the inflated bytes are walked and dropped.

#include "fuzzinput.h"

#include "quality/streamarchive.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = dd::fuzz::bytes(data, size);
    for (bool gzip : {true, false}) {
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        const dd::quality::StreamArchiveCheck check
            = gzip ? dd::quality::checkGzip(buffer) : dd::quality::checkTar(buffer);
        dd::fuzz::require(check.opens == check.problem.isEmpty(), "archive: a problem exactly when it does not open");
        dd::fuzz::require(gzip || check.entries * 512 <= quint64(size), "tar: no more entries than headers fit");
        dd::fuzz::require(check.inflated <= quint64(size) * 1032 + 64, "gzip: no more than deflate's ratio allows");
    }
    return 0;
}
