// What a contributor drops as an image (quality/imagecheck): PNG chunks and their image data
// inflated, JPEG marker segments and scans, from outside bytes. Decodes or says why not; the
// inflated data is counted, never kept.

#include "fuzzinput.h"

#include "quality/imagecheck.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = dd::fuzz::bytes(data, size);
    for (bool png : {true, false}) {
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        const dd::quality::ImageCheck check = png ? dd::quality::checkPng(buffer) : dd::quality::checkJpeg(buffer);
        dd::fuzz::require(check.decodes == check.problem.isEmpty(), "image: a problem exactly when it does not decode");
        dd::fuzz::require(!check.decodes || check.width > 0, "image: one that decodes has a width");
    }
    return 0;
}
