#pragma once

// SecureBytes: secret bytes (keys, seeds, mnemonics) that are wiped when they die.
// Unlike QByteArray it never shares its buffer, so wiping one copy wipes the only copy.

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>
#include <vector>

namespace dd {

class SecureBytes {
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    explicit SecureBytes(QByteArrayView bytes);
    SecureBytes(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    ~SecureBytes();

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(m_bytes.size()));
    }
    // A plain copy for APIs that need QByteArray; the caller owns wiping it.
    QByteArray toByteArray() const { return view().toByteArray(); }

    void wipe();
    bool operator==(const SecureBytes &other) const;

private:
    std::vector<unsigned char> m_bytes;
};

// Overwrites a QByteArray's buffer in place (detaching first would copy the secret).
void wipeByteArray(QByteArray &bytes);

} // namespace dd
