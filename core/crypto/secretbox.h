#pragma once

// Sealing a small secret (an API token) with a 32-byte key: AES-256-GCM (NIST SP 800-38D) with a
// random 96-bit nonce, written as nonce || ciphertext || 16-byte tag. Opening checks the tag, so
// a sealed secret that was changed, or a wrong key, is an error in words, never garbage.

#include "common/result.h"
#include "common/securebytes.h"

#include <QByteArray>

namespace dd::crypto {

Result<QByteArray> sealSecret(const SecureBytes &key, const SecureBytes &secret);
Result<SecureBytes> openSecret(const SecureBytes &key, const QByteArray &sealed);

} // namespace dd::crypto
