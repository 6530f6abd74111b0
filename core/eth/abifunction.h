#pragma once

// A function, event or error signature in human-readable form: "transfer(address,uint256)",
// "balanceOf(address)(uint256)" (cast's form, outputs in a second pair of parentheses),
// "function vote(uint256 id, uint8 support) returns (uint256)", "event Transfer(address indexed
// from, address indexed to, uint256 value)", "error GovernorUnexpectedProposalState(...)".

#include "common/result.h"
#include "eth/abitype.h"

#include <QByteArray>

namespace dd::eth {

struct AbiFunction {
    enum class Kind { Function, Event, Error };
    Kind kind = Kind::Function;
    QString name;
    std::vector<AbiType> inputs;
    std::vector<AbiType> outputs;

    QString signature() const; // name(canonical,input,types)
    QByteArray selector() const; // first 4 bytes of keccak256(signature)
    QByteArray topic() const; // full keccak256(signature), for events

    static Result<AbiFunction> parse(QStringView text);
};

} // namespace dd::eth
