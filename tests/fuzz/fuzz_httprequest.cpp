// What a client sends the storage node (storage/httpstream): an HTTP/1.1 request (RFC 9112)
// and, when it is multipart/form-data, its body (RFC 7578, RFC 2046), each fed in pieces whose
// sizes the first bytes choose, as a socket hands them over. Read or refused in words; the
// pieces handed on never add up to more than was fed, and the result does not depend on how the
// input was cut.

#include "fuzzinput.h"

#include "storage/httpstream.h"

using namespace dd;
using namespace dd::storage;

namespace {

struct Outcome {
    bool ok = true;
    qint64 body = 0;
    qint64 parts = 0;
    qint64 partBytes = 0;
    bool operator==(const Outcome &) const = default;
};

Outcome read(const QByteArray &input, int piece)
{
    Outcome outcome;
    std::unique_ptr<MultipartReader> multipart;
    HttpRequestReader reader({[&](const HttpRequest &request) {
                                  const QByteArray boundary
                                      = MultipartReader::boundaryOf(request.header("content-type"));
                                  if (!boundary.isEmpty())
                                      multipart = std::make_unique<MultipartReader>(boundary,
                                          MultipartReader::Handlers {[&](const auto &) {
                                                                         ++outcome.parts;
                                                                         return success();
                                                                     },
                                              [&](QByteArrayView bytes) {
                                                  outcome.partBytes += bytes.size();
                                                  return success();
                                              },
                                              [] { return success(); }});
                                  return success();
                              },
        [&](QByteArrayView bytes) {
            outcome.body += bytes.size();
            if (multipart)
                return multipart->feed(bytes);
            return success();
        },
        [&] { return multipart ? multipart->finish() : success(); }});
    for (qsizetype at = 0; at < input.size() && outcome.ok && !reader.done(); at += piece)
        outcome.ok = bool(reader.feed(QByteArrayView(input).sliced(at, std::min<qsizetype>(piece, input.size() - at))));
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return 0;
    const QByteArray input = dd::fuzz::bytes(data + 1, size - 1);
    const Outcome whole = read(input, int(input.size()) + 1);
    const Outcome pieces = read(input, 1 + data[0] % 64);
    dd::fuzz::require(whole.body <= input.size() && whole.partBytes <= whole.body, "http: no more out than in");
    dd::fuzz::require(whole == pieces, "http: the same however the bytes arrive");
    return 0;
}
