#include "dao/proposalaction.h"

#include "eth/abicodec.h"
#include "eth/abifunction.h"
#include "eth/abitext.h"
#include "eth/units.h"

namespace dd::dao {

Result<ProposalAction> paymentAction(
    const eth::ContractAbi &tokenAbi, const crypto::Address &token, const QString &recipient, const QString &amount)
{
    auto to = crypto::Address::parse(recipient.trimmed());
    if (!to)
        return to.error();
    auto tokens = eth::parseUnits(amount.trimmed(), 18);
    if (!tokens)
        return tokens.error();
    if (tokens.value().isZero())
        return Result<ProposalAction>::failure(QStringLiteral("Enter an amount above zero."), ErrorCode::InvalidInput);
    auto data = tokenAbi.encodeCall(
        QStringLiteral("transfer"), {eth::AbiValue::bytes(to.value().bytes()), eth::AbiValue::number(tokens.value())});
    if (!data)
        return data.error();
    // The timelock holds the treasury: the token transfer runs from there once executed.
    return ProposalAction {token, eth::UInt256(), data.value()};
}

Result<ProposalAction> callAction(
    const QString &target, const QString &signature, const QStringList &arguments, const QString &ethValue)
{
    auto to = crypto::Address::parse(target.trimmed());
    if (!to)
        return Error {QStringLiteral("Target: %1").arg(to.message()), ErrorCode::InvalidInput, {}};
    auto function = eth::AbiFunction::parse(signature.trimmed());
    if (!function)
        return Error {QStringLiteral("Function: %1").arg(function.message()), ErrorCode::InvalidInput, {}};
    if (function.value().kind != eth::AbiFunction::Kind::Function)
        return Result<ProposalAction>::failure(
            QStringLiteral("Function: give a function signature, such as transfer(address,uint256)."),
            ErrorCode::InvalidInput);
    QStringList args;
    for (const QString &a : arguments)
        if (!a.trimmed().isEmpty())
            args.append(a.trimmed());
    if (args.size() != qsizetype(function.value().inputs.size()))
        return Result<ProposalAction>::failure(QStringLiteral("%1 takes %2 argument(s), one per line; %3 given.")
                                                   .arg(function.value().signature())
                                                   .arg(function.value().inputs.size())
                                                   .arg(args.size()),
            ErrorCode::InvalidInput);
    auto values = eth::abitext::parseValues(function.value().inputs, args);
    if (!values)
        return Error {QStringLiteral("Arguments: %1").arg(values.message()), ErrorCode::InvalidInput, {}};
    auto encoded = eth::abi::encode(function.value().inputs, values.value());
    if (!encoded)
        return encoded.error();
    eth::UInt256 wei;
    if (!ethValue.trimmed().isEmpty()) {
        auto parsed = eth::parseUnits(ethValue.trimmed(), 18);
        if (!parsed)
            return Error {QStringLiteral("ETH value: %1").arg(parsed.message()), ErrorCode::InvalidInput, {}};
        wei = parsed.value();
    }
    return ProposalAction {to.value(), wei, function.value().selector() + encoded.value()};
}

} // namespace dd::dao
