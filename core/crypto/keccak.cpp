#include "crypto/keccak.h"

#include <QCryptographicHash>

namespace dd::crypto {

QByteArray keccak256(QByteArrayView data)
{
    // QCryptographicHash::Keccak_256 is the pre-standard padding Ethereum uses;
    // Sha3_256 would give different digests.
    return QCryptographicHash::hash(data, QCryptographicHash::Keccak_256);
}

} // namespace dd::crypto
