#pragma once

// RLP (Ethereum's Recursive Length Prefix). The decoder refuses non-canonical and truncated
// input, since transactions and receipts come from nodes we do not trust.

#include "common/result.h"

#include <QByteArray>

#include <vector>

namespace dd::eth::rlp {

struct Item {
    bool isList = false;
    QByteArray bytes; // when !isList
    std::vector<Item> items; // when isList

    static Item string(QByteArray b) { return Item {false, std::move(b), {}}; }
    static Item list(std::vector<Item> i) { return Item {true, {}, std::move(i)}; }
};

QByteArray encode(const Item &item);
Result<Item> decode(const QByteArray &bytes);

} // namespace dd::eth::rlp
