#pragma once

// Random bytes from the operating system's secure source (getrandom(2)).

#include "common/securebytes.h"

#include <cstddef>

namespace dd::crypto {

SecureBytes secureRandomBytes(std::size_t count);

} // namespace dd::crypto
