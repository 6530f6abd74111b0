#include "crypto/secretbox.h"

#include "crypto/securerandom.h"

#include <openssl/evp.h>

#include <memory>

namespace dd::crypto {

namespace {

constexpr int nonceBytes = 12;
constexpr int tagBytes = 16;

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

} // namespace

Result<QByteArray> sealSecret(const SecureBytes &key, const SecureBytes &secret)
{
    if (key.size() != 32)
        return Result<QByteArray>::failure(QStringLiteral("A sealing key is 32 bytes."), ErrorCode::InvalidInput);
    const SecureBytes nonce = secureRandomBytes(nonceBytes);
    QByteArray out(nonceBytes + qsizetype(secret.size()) + tagBytes, '\0');
    std::copy(nonce.data(), nonce.data() + nonceBytes, out.data());
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    auto *cipher = reinterpret_cast<unsigned char *>(out.data() + nonceBytes);
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), nonce.data()) != 1
        || EVP_EncryptUpdate(ctx.get(), cipher, &length, secret.data(), int(secret.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), cipher + length, &length) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tagBytes, cipher + secret.size()) != 1)
        return Result<QByteArray>::failure(QStringLiteral("The secret could not be sealed (OpenSSL)."));
    return out;
}

Result<SecureBytes> openSecret(const SecureBytes &key, const QByteArray &sealed)
{
    if (key.size() != 32)
        return Result<SecureBytes>::failure(QStringLiteral("A sealing key is 32 bytes."), ErrorCode::InvalidInput);
    if (sealed.size() < nonceBytes + tagBytes)
        return Result<SecureBytes>::failure(QStringLiteral("The sealed secret is cut short."), ErrorCode::InvalidInput);
    const auto *bytes = reinterpret_cast<const unsigned char *>(sealed.constData());
    const int cipherLength = int(sealed.size()) - nonceBytes - tagBytes;
    SecureBytes plain(std::size_t(std::max(cipherLength, 1)));
    QByteArray tag = sealed.right(tagBytes);
    CipherContext ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int length = 0;
    const bool opened = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytes) == 1
        && EVP_DecryptUpdate(ctx.get(), plain.data(), &length, bytes + nonceBytes, cipherLength) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tagBytes, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), plain.data() + length, &length) == 1;
    if (!opened)
        return Result<SecureBytes>::failure(
            QStringLiteral("The sealed secret does not open with this key (changed, or sealed with another)."),
            ErrorCode::WrongPassword);
    return SecureBytes(plain.view().first(cipherLength));
}

} // namespace dd::crypto
