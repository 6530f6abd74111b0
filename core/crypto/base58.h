#pragma once

// Base58Check, as BIP-32 serializes extended keys (xprv/xpub).

#include <QByteArray>
#include <QString>

#include <optional>

namespace dd::crypto {

QString base58Encode(const QByteArray &bytes);
// The bytes of a base58btc string; nullopt when it holds a character outside the alphabet.
std::optional<QByteArray> base58Decode(QStringView text);
// Appends the first four bytes of double SHA-256 before encoding.
QString base58CheckEncode(const QByteArray &payload);

} // namespace dd::crypto
