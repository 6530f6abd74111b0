#pragma once

// Web3 Secret Storage (keystore v3): the encrypted key files of geth, cast, MetaMask exports.
// Reads scrypt and pbkdf2 files, writes scrypt. The MAC is checked before anything is
// decrypted, so a wrong password is always reported as a wrong password.

#include "common/result.h"
#include "common/securebytes.h"
#include "crypto/address.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace dd::crypto::keystore {

struct ScryptParams {
    int n = 262144; // 2^18: geth's "standard" cost, about a second on a laptop
    int r = 8;
    int p = 1;
};

// What a keystore may cost to open, before the password is even checked: a file made to
// exhaust memory or time is refused in words. Wallets write far less: geth's standard scrypt is
// n=2^18, r=8, p=1 (work n*r*p = 2^21, 256 MiB), MetaMask's n=2^17, cast's n=2^13; pbkdf2 files
// use c=262,144. The ceilings allow four times geth's standard work.
struct KdfLimits {
    qint64 maxScryptWork = qint64(1) << 23; // n * r * p: time grows with it
    qint64 maxScryptMemoryBytes = (qint64(1) << 29) + (qint64(1) << 24); // 128 * r * (n + p + 2)
    qint64 maxPbkdf2Iterations = qint64(1) << 20;
};

// What a keystore file says about itself, read without the password.
struct KeystoreInfo {
    QString id;
    std::optional<Address> address; // geth writes it, cast does not
    QString kdf; // "scrypt" or "pbkdf2"
};

Result<KeystoreInfo> inspect(const QByteArray &json);

// Whether a file dropped on the window is meant as a keystore: small JSON with a "crypto" (or old
// "Crypto") object. Loose on purpose: a broken keystore still goes to the import, which says why.
bool looksLikeKeystoreFile(const QString &path);

// Encrypts any secret (a 32-byte key, or a recovery phrase's bytes for a seed vault).
Result<QByteArray> encrypt(const SecureBytes &secret, const QString &password, const std::optional<Address> &address,
    const ScryptParams &params = {});

// ErrorCode::WrongPassword when the MAC does not match; InvalidInput for malformed or hostile files.
Result<SecureBytes> decrypt(const QByteArray &json, const QString &password, const KdfLimits &limits = {});

} // namespace dd::crypto::keystore
