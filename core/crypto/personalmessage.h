#pragma once

// EIP-191 version 0x45 ("personal_sign"): the hash wallets sign for a plain message.

#include <QByteArray>

namespace dd::crypto {

// keccak256("\x19Ethereum Signed Message:\n" + decimal length + message)
QByteArray personalMessageHash(const QByteArray &message);

} // namespace dd::crypto
