#pragma once

// BIP-39 mnemonics with the English word list: generate, validate (naming the bad word),
// and turn into a 64-byte seed.

#include "common/result.h"
#include "common/securebytes.h"

#include <QString>
#include <QStringList>

namespace dd::crypto::bip39 {

const QStringList &englishWordList();

// wordCount is 12, 15, 18, 21 or 24.
Result<QString> generateMnemonic(int wordCount);
QString mnemonicFromEntropy(const SecureBytes &entropy);

// Splits on any whitespace and lower-cases; refuses unknown words (naming the first one and its
// position), wrong word counts and a failed checksum.
Result<SecureBytes> mnemonicToEntropy(const QString &mnemonic);

// The same validation, returning only the normalized phrase (single spaces).
Result<QString> normalizeMnemonic(const QString &mnemonic);

// PBKDF2-HMAC-SHA512, 2048 rounds, salt "mnemonic" + passphrase, both NFKD-normalized.
SecureBytes mnemonicToSeed(const QString &mnemonic, const QString &passphrase = QString());

} // namespace dd::crypto::bip39
