#pragma once

// A decoded or to-be-encoded ABI value. Integers are 256-bit words (two's complement for intN),
// addresses and fixed bytes are raw bytes, arrays and tuples hold their members.

#include "eth/uint256.h"

#include <QByteArray>
#include <QString>

#include <variant>
#include <vector>

namespace dd::eth {

struct AbiValue {
    using List = std::vector<AbiValue>;
    std::variant<UInt256, bool, QByteArray, QString, List> data;

    static AbiValue number(UInt256 v) { return AbiValue {v}; }
    static AbiValue boolean(bool v) { return AbiValue {v}; }
    static AbiValue bytes(QByteArray v) { return AbiValue {std::move(v)}; }
    static AbiValue text(QString v) { return AbiValue {std::move(v)}; }
    static AbiValue list(List v) { return AbiValue {std::move(v)}; }

    const UInt256 &asNumber() const { return std::get<UInt256>(data); }
    bool asBool() const { return std::get<bool>(data); }
    const QByteArray &asBytes() const { return std::get<QByteArray>(data); }
    const QString &asText() const { return std::get<QString>(data); }
    const List &asList() const { return std::get<List>(data); }
};

} // namespace dd::eth
