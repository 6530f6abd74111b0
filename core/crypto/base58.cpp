#include "crypto/base58.h"

#include <QCryptographicHash>

#include <cstring>
#include <vector>

namespace dd::crypto {

QString base58Encode(const QByteArray &bytes)
{
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    int zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    std::vector<unsigned char> digits; // base 58, least significant first
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        int carry = static_cast<unsigned char>(bytes[i]);
        for (unsigned char &d : digits) {
            carry += d * 256;
            d = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }
    QString out(zeros, u'1');
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(QLatin1Char(alphabet[*it]));
    return out;
}

std::optional<QByteArray> base58Decode(QStringView text)
{
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    int zeros = 0;
    while (zeros < text.size() && text[zeros] == u'1')
        ++zeros;
    std::vector<unsigned char> bytes; // base 256, least significant first
    for (qsizetype i = zeros; i < text.size(); ++i) {
        const char *found = text[i].unicode() < 128 ? std::strchr(alphabet, char(text[i].unicode())) : nullptr;
        if (!found || !*found)
            return std::nullopt;
        int carry = int(found - alphabet);
        for (unsigned char &b : bytes) {
            carry += b * 58;
            b = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out(zeros, '\0');
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(char(*it));
    return out;
}

QString base58CheckEncode(const QByteArray &payload)
{
    const QByteArray once = QCryptographicHash::hash(payload, QCryptographicHash::Sha256);
    const QByteArray twice = QCryptographicHash::hash(once, QCryptographicHash::Sha256);
    return base58Encode(payload + twice.left(4));
}

} // namespace dd::crypto
