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

std::optional<quint64> readVarint(const QByteArray &bytes, qsizetype &at)
{
    quint64 value = 0;
    for (int shift = 0; shift < 64 && at < bytes.size(); shift += 7) {
        const quint8 b = quint8(bytes[at++]);
        value |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            return value;
    }
    return std::nullopt;
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

bool Cid::matches(const QByteArray &block) const
{
    if (multihash.size() == 34 && quint8(multihash[0]) == hashcode::sha2_256 && quint8(multihash[1]) == 32)
        return sha256Multihash(sha256(block)) == multihash;
    if (isIdentity()) {
        qsizetype at = 1;
        const auto length = readVarint(multihash, at);
        return length && multihash.mid(at) == block && quint64(block.size()) == *length;
    }
    return false;
}

Result<Cid> Cid::fromBytes(const QByteArray &bytes, qsizetype &used)
{
    const auto invalid = [] { return Result<Cid>::failure(QStringLiteral("not a CID"), ErrorCode::InvalidInput); };
    if (bytes.size() >= 34 && quint8(bytes[0]) == 0x12 && quint8(bytes[1]) == 0x20) {
        used = 34;
        return Cid {0, codec::dagPb, bytes.left(34)};
    }
    qsizetype at = 0;
    const auto version = readVarint(bytes, at);
    const auto codec = readVarint(bytes, at);
    const qsizetype hashStart = at;
    const auto hashCode = readVarint(bytes, at);
    const auto hashLength = readVarint(bytes, at);
    if (!version || *version != 1 || !codec || !hashCode || !hashLength || *hashLength > 4096
        || at + qsizetype(*hashLength) > bytes.size())
        return invalid();
    used = at + qsizetype(*hashLength);
    return Cid {1, *codec, bytes.mid(hashStart, used - hashStart)};
}

Result<Cid> Cid::parse(QStringView text)
{
    const auto invalid = [&] {
        return Result<Cid>::failure(
            QStringLiteral("'%1' is not a CID").arg(text.left(80).toString()), ErrorCode::InvalidInput);
    };
    std::optional<QByteArray> bytes;
    if (text.size() == 46 && text.startsWith(u"Qm"))
        bytes = crypto::base58Decode(text);
    else if (text.startsWith(u'b'))
        bytes = base32LowerDecode(text.mid(1));
    else if (text.startsWith(u'z'))
        bytes = crypto::base58Decode(text.mid(1));
    if (!bytes)
        return invalid();
    qsizetype used = 0;
    auto cid = fromBytes(*bytes, used);
    if (!cid || used != bytes->size() || (cid.value().version == 0) != text.startsWith(u"Qm"))
        return invalid();
    return cid;
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

namespace dd::storage {

std::optional<QByteArray> base32LowerDecode(QStringView text)
{
    QByteArray out;
    out.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (QChar c : text) {
        int value = -1;
        if (c >= u'a' && c <= u'z')
            value = c.unicode() - u'a';
        else if (c >= u'2' && c <= u'7')
            value = c.unicode() - u'2' + 26;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

} // namespace dd::storage
