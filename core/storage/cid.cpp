#include "storage/cid.h"

#include "crypto/base58.h"

#include <openssl/evp.h>

namespace dd::storage {

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

QByteArray sha256(const QByteArray &bytes)
{
    QByteArray digest(32, '\0');
    unsigned int length = 0;
    EVP_Digest(bytes.constData(), size_t(bytes.size()), reinterpret_cast<unsigned char *>(digest.data()), &length,
        EVP_sha256(), nullptr);
    return digest;
}

QByteArray sha256Multihash(const QByteArray &digest)
{
    return QByteArray("\x12\x20", 2) + digest;
}

QByteArray Cid::bytes() const
{
    if (version == 0)
        return multihash;
    QByteArray out;
    appendVarint(out, 1);
    appendVarint(out, codec);
    return out + multihash;
}

QString Cid::toString() const
{
    if (version == 0)
        return crypto::base58Encode(multihash);
    return QLatin1Char('b') + base32Lower(bytes());
}

QString base32Lower(const QByteArray &bytes)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    out.reserve(bytes.size() * 8 / 5 + 1);
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(alphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 31]));
    return out;
}

} // namespace dd::storage
