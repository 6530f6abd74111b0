#include "crypto/bip39.h"

#include "crypto/securerandom.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <openssl/evp.h>

namespace dd::crypto::bip39 {

const QStringList &englishWordList()
{
    static const QStringList words = [] {
        QFile file(QStringLiteral(":/dd/bip39/english.txt"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The BIP-39 word list resource is missing from this build.");
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }();
    return words;
}

static const QHash<QString, int> &wordIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        const QStringList &words = englishWordList();
        for (int i = 0; i < words.size(); ++i)
            map.insert(words[i], i);
        return map;
    }();
    return index;
}

static int bitAt(const unsigned char *bytes, int bit)
{
    return (bytes[bit / 8] >> (7 - bit % 8)) & 1;
}

QString mnemonicFromEntropy(const SecureBytes &entropy)
{
    const int entropyBits = int(entropy.size()) * 8;
    const int checksumBits = entropyBits / 32;
    const QByteArray hash = QCryptographicHash::hash(entropy.view(), QCryptographicHash::Sha256);
    SecureBytes all(entropy.size() + 1);
    std::copy(entropy.data(), entropy.data() + entropy.size(), all.data());
    all.data()[entropy.size()] = static_cast<unsigned char>(hash[0]);
    QStringList out;
    const int totalBits = entropyBits + checksumBits;
    for (int i = 0; i < totalBits / 11; ++i) {
        int index = 0;
        for (int b = 0; b < 11; ++b)
            index = (index << 1) | bitAt(all.data(), i * 11 + b);
        out.append(englishWordList().at(index));
    }
    return out.join(u' ');
}

Result<QString> generateMnemonic(int wordCount)
{
    if (wordCount < 12 || wordCount > 24 || wordCount % 3 != 0)
        return Result<QString>::failure(
            QStringLiteral("A mnemonic has 12, 15, 18, 21 or 24 words, not %1.").arg(wordCount),
            ErrorCode::InvalidInput);
    const SecureBytes entropy = secureRandomBytes(std::size_t(wordCount / 3 * 4));
    return mnemonicFromEntropy(entropy);
}

static QStringList splitWords(const QString &mnemonic)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    return mnemonic.normalized(QString::NormalizationForm_KD).toLower().split(whitespace, Qt::SkipEmptyParts);
}

Result<SecureBytes> mnemonicToEntropy(const QString &mnemonic)
{
    const QStringList words = splitWords(mnemonic);
    if (words.size() < 12 || words.size() > 24 || words.size() % 3 != 0)
        return Result<SecureBytes>::failure(
            QStringLiteral("A recovery phrase has 12, 15, 18, 21 or 24 words; this one has %1.").arg(words.size()),
            ErrorCode::InvalidInput);
    const int totalBits = int(words.size()) * 11;
    const int checksumBits = totalBits / 33;
    const int entropyBits = totalBits - checksumBits;
    SecureBytes bits(std::size_t((totalBits + 7) / 8));
    for (int i = 0; i < words.size(); ++i) {
        const auto it = wordIndex().constFind(words[i]);
        if (it == wordIndex().constEnd())
            return Result<SecureBytes>::failure(
                QStringLiteral("Word %1, \"%2\", is not in the BIP-39 English word list.").arg(i + 1).arg(words[i]),
                ErrorCode::InvalidInput);
        for (int b = 0; b < 11; ++b) {
            if ((*it >> (10 - b)) & 1) {
                const int bit = i * 11 + b;
                bits.data()[bit / 8] |= static_cast<unsigned char>(1 << (7 - bit % 8));
            }
        }
    }
    SecureBytes entropy(QByteArrayView(reinterpret_cast<const char *>(bits.data()), entropyBits / 8));
    const QByteArray hash = QCryptographicHash::hash(entropy.view(), QCryptographicHash::Sha256);
    for (int b = 0; b < checksumBits; ++b) {
        if (bitAt(reinterpret_cast<const unsigned char *>(hash.constData()), b) != bitAt(bits.data(), entropyBits + b))
            return Result<SecureBytes>::failure(
                QStringLiteral("The recovery phrase's checksum does not match: every word is valid, but one is wrong "
                               "or the order is off. Check the words against your backup, especially the last one."),
                ErrorCode::InvalidInput);
    }
    return entropy;
}

Result<QString> normalizeMnemonic(const QString &mnemonic)
{
    auto entropy = mnemonicToEntropy(mnemonic);
    if (!entropy)
        return entropy.error();
    return splitWords(mnemonic).join(u' ');
}

SecureBytes mnemonicToSeed(const QString &mnemonic, const QString &passphrase)
{
    QByteArray password = splitWords(mnemonic).join(u' ').toUtf8();
    QByteArray salt = (QStringLiteral("mnemonic") + passphrase).normalized(QString::NormalizationForm_KD).toUtf8();
    SecureBytes seed(64);
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
        reinterpret_cast<const unsigned char *>(salt.constData()), int(salt.size()), 2048, EVP_sha512(), 64,
        seed.data());
    wipeByteArray(password);
    wipeByteArray(salt);
    return seed;
}

} // namespace dd::crypto::bip39
