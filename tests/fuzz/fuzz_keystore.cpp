// Keystore files (crypto/keystore, Web3 Secret Storage) dropped on the window: inspected and
// opened or refused in words. The KDF ceilings are lowered here so each input is cheap; the
// limits' checks run as in the app.

#include "fuzzinput.h"

#include "crypto/keystore.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = dd::fuzz::bytes(data, size);
    (void)dd::crypto::keystore::inspect(json);
    dd::crypto::keystore::KdfLimits cheap;
    cheap.maxScryptWork = 1 << 12;
    cheap.maxScryptMemoryBytes = 1 << 22;
    cheap.maxPbkdf2Iterations = 1 << 8;
    (void)dd::crypto::keystore::decrypt(json, QStringLiteral("password"), cheap);
    return 0;
}
