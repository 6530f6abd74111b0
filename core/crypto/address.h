#pragma once

// A 20-byte Ethereum address with EIP-55 mixed-case checksum formatting and parsing.

#include "common/result.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace dd::crypto {

class Address {
public:
    Address() = default;
    static Result<Address> fromBytes(QByteArrayView bytes);
    static Address fromPublicKey(const QByteArray &publicKey64);
    // All lower or all upper case is accepted as unchecked; mixed case must carry a valid
    // EIP-55 checksum, otherwise the message says the checksum is wrong.
    static Result<Address> parse(QStringView text);

    const QByteArray &bytes() const { return m_bytes; }
    bool isNull() const { return m_bytes.isEmpty(); }
    // The zero address (or none): what a contract returns for "not set".
    bool isZero() const { return m_bytes.count('\0') == m_bytes.size(); }
    QString toChecksumString() const;
    QString toLowerHex() const;

    bool operator==(const Address &other) const { return m_bytes == other.m_bytes; }

private:
    explicit Address(QByteArray bytes) : m_bytes(std::move(bytes)) { }
    QByteArray m_bytes;
};

} // namespace dd::crypto

Q_DECLARE_METATYPE(dd::crypto::Address)
