#include "crypto/securerandom.h"

#include <sys/random.h>

#include <cerrno>
#include <stdexcept>

namespace dd::crypto {

SecureBytes secureRandomBytes(std::size_t count)
{
    SecureBytes out(count);
    std::size_t filled = 0;
    while (filled < count) {
        const ssize_t got = getrandom(out.data() + filled, count - filled, 0);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            // Without randomness no key can be made safely; this is not recoverable.
            throw std::runtime_error("the operating system's random source failed");
        }
        filled += std::size_t(got);
    }
    return out;
}

} // namespace dd::crypto
