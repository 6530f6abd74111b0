#pragma once

// Ethereum's keccak-256 (the original Keccak padding, not NIST SHA3-256).

#include <QByteArray>
#include <QByteArrayView>

namespace dd::crypto {

QByteArray keccak256(QByteArrayView data);

} // namespace dd::crypto
