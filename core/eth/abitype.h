#pragma once

// Solidity ABI types: parsed from human-readable text ("uint256", "(address,bytes)[2]",
// "address indexed from"), printed in canonical form for selectors.

#include "common/result.h"

#include <QString>

#include <vector>

namespace dd::eth {

struct AbiType {
    enum class Kind { Uint, Int, Address, Bool, FixedBytes, Bytes, String, Array, FixedArray, Tuple };

    Kind kind = Kind::Uint;
    int size = 256; // bits for Uint/Int, bytes for FixedBytes, length for FixedArray
    std::vector<AbiType> components; // Tuple members, or the single element type of an array
    QString name; // parameter name, may be empty
    bool indexed = false; // event parameters

    const AbiType &element() const { return components.front(); }
    QString canonical() const;
    bool isDynamic() const;
    // Bytes this type takes in the head of an encoding (32 for dynamic types). parse() refuses
    // types over kMaxHeadSize and nested deeper than kMaxDepth, so this neither overflows nor
    // recurses far.
    qint64 headSize() const;
    static constexpr qint64 kMaxHeadSize = qint64(1) << 24; // 16 MiB: far above any real call or log
    static constexpr int kMaxDepth = 32; // tuples and arrays inside each other

    static Result<AbiType> parse(QStringView text);
    // "address to, uint256 amount" or "address,uint256" (without the parentheses).
    static Result<std::vector<AbiType>> parseList(QStringView text);

private:
    static Result<AbiType> parseNested(QStringView text, int depth);
    static Result<std::vector<AbiType>> parseListNested(QStringView text, int depth);
};

QString canonicalList(const std::vector<AbiType> &types);
// Index of the ')' that closes the '(' at `open`, or -1.
qsizetype closingParenthesis(QStringView text, qsizetype open);

} // namespace dd::eth
