// What a contributor drops as a Parquet file (quality/parquetfooter): its footer, Thrift's
// compact protocol from outside bytes. Reads or says why not; never more columns than bytes.

#include "fuzzinput.h"

#include "quality/parquetfooter.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = dd::fuzz::bytes(data, size);
    auto footer = dd::quality::parseParquetFileMetaData(input);
    dd::fuzz::require(footer.ok() || !footer.message().isEmpty(), "parquet: a failure says why");
    if (footer)
        dd::fuzz::require(
            quint64(footer.value().columns.size()) <= quint64(size), "parquet: no more columns than bytes");
    return 0;
}
