#pragma once

// Base58Check, as BIP-32 serializes extended keys (xprv/xpub).

#include <QByteArray>
#include <QString>

namespace dd::crypto {

QString base58Encode(const QByteArray &bytes);
// Appends the first four bytes of double SHA-256 before encoding.
QString base58CheckEncode(const QByteArray &payload);

} // namespace dd::crypto
