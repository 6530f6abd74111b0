#include "crypto/personalmessage.h"

#include "crypto/keccak.h"

namespace dd::crypto {

QByteArray personalMessageHash(const QByteArray &message)
{
    QByteArray prefixed("\x19"
                        "Ethereum Signed Message:\n");
    prefixed.append(QByteArray::number(message.size()));
    prefixed.append(message);
    return keccak256(prefixed);
}

} // namespace dd::crypto
