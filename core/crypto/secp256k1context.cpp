#include "crypto/secp256k1context.h"

#include "crypto/securerandom.h"

#include <secp256k1.h>

namespace dd::crypto {

const secp256k1_context_struct *secp256k1Context()
{
    // Thread-safe static init; after randomization the context is only read, which
    // libsecp256k1 allows from many threads at once.
    static secp256k1_context *const context = [] {
        secp256k1_context *ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        const SecureBytes seed = secureRandomBytes(32);
        [[maybe_unused]] const int ok = secp256k1_context_randomize(ctx, seed.data());
        return ctx;
    }();
    return context;
}

} // namespace dd::crypto
