// Recovery phrases and derivation paths as a member types them (crypto/bip39, crypto/bip32):
// validated or refused, naming the bad word; what validates maps to entropy and back.

#include "fuzzinput.h"

#include "crypto/bip32.h"
#include "crypto/bip39.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = dd::fuzz::text(data, size);
    if (auto phrase = dd::crypto::bip39::normalizeMnemonic(input)) {
        auto entropy = dd::crypto::bip39::mnemonicToEntropy(phrase.value());
        dd::fuzz::require(entropy.ok(), "bip39: a valid phrase has entropy");
        dd::fuzz::require(dd::crypto::bip39::mnemonicFromEntropy(entropy.value()) == phrase.value(),
            "bip39: phrase -> entropy -> phrase");
    }
    static const auto master = dd::crypto::bip32::masterKeyFromSeed(dd::SecureBytes(QByteArray(64, '\x01'))).value();
    (void)dd::crypto::bip32::derivePath(master, input.left(200));
    return 0;
}
