// CAR files (storage/car) as a gateway streams them: read to the end or refused in words, each
// block checked against its CID.

#include "fuzzinput.h"

#include "storage/car.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = dd::fuzz::bytes(data, size);
    QBuffer buffer(&input);
    buffer.open(QIODevice::ReadOnly);
    (void)dd::storage::readCar(buffer, [](const dd::storage::Cid &, const QByteArray &) { return dd::success(); });
    return 0;
}
