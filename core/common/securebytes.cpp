#include "common/securebytes.h"

#include <openssl/crypto.h>

#include <cstring>

namespace dd {

SecureBytes::SecureBytes(std::size_t size) : m_bytes(size, 0)
{
}

SecureBytes::SecureBytes(QByteArrayView bytes)
    : m_bytes(reinterpret_cast<const unsigned char *>(bytes.data()),
        reinterpret_cast<const unsigned char *>(bytes.data()) + bytes.size())
{
}

SecureBytes::SecureBytes(const SecureBytes &other) : m_bytes(other.m_bytes)
{
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        wipe();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    wipe();
}

void SecureBytes::wipe()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

bool SecureBytes::operator==(const SecureBytes &other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void wipeByteArray(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        bytes = QByteArray(); // shared: another owner still holds it; only drop our reference
        return;
    }
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace dd
