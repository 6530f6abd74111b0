#include "dao/tokencalls.h"

#include "dao/daodeployer.h"
#include "eth/units.h"

#include <QCoreApplication>

namespace dd::dao {

namespace {

// The summaries, translated where the app loads a translation.
struct TokenWords {
    Q_DECLARE_TR_FUNCTIONS(TokenCalls)
};

Result<TransactionAsk> tokenAsk(const DaoProfile &profile, const crypto::Address &from, const QString &function,
    const eth::AbiValue::List &args, const QString &summary, const QString &tokenSymbol)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::ContractAbi &token = abis.value().token;
    auto data = token.encodeCall(function, args);
    if (!data)
        return data.error();
    return TransactionAsk {
        from, eth::TxRequest {profile.token, {}, data.value(), &token}, summary, token.name(), tokenSymbol, {}};
}

} // namespace

Result<QString> tokenSymbol(eth::ChainSession &chain, const DaoProfile &profile)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::ContractAbi &token = abis.value().token;
    auto data = token.encodeCall(QStringLiteral("symbol"), {});
    if (!data)
        return data.error();
    auto answer = chain.ethCall({}, eth::TxRequest {profile.token, {}, data.value(), &token});
    if (!answer)
        return answer.error();
    auto symbol = token.decodeResult(QStringLiteral("symbol"), answer.value());
    if (!symbol)
        return symbol.error();
    if (symbol.value().empty() || symbol.value()[0].asText().isEmpty())
        return Result<QString>::failure(TokenWords::tr("The DAO's token names no symbol."));
    return symbol.value()[0].asText();
}

Result<eth::UInt256> tokenAllowance(
    eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &owner, const crypto::Address &spender)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::ContractAbi &token = abis.value().token;
    auto data = token.encodeCall(
        QStringLiteral("allowance"), {eth::AbiValue::bytes(owner.bytes()), eth::AbiValue::bytes(spender.bytes())});
    if (!data)
        return data.error();
    auto answer = chain.ethCall(owner, eth::TxRequest {profile.token, {}, data.value(), &token});
    if (!answer)
        return answer.error();
    auto allowance = token.decodeResult(QStringLiteral("allowance"), answer.value());
    if (!allowance)
        return allowance.error();
    return allowance.value()[0].asNumber();
}

Result<TransactionAsk> approveAsk(const DaoProfile &profile, const crypto::Address &owner,
    const crypto::Address &spender, const eth::UInt256 &amount, const QString &summary, const QString &tokenSymbol)
{
    return tokenAsk(profile, owner, QStringLiteral("approve"),
        {eth::AbiValue::bytes(spender.bytes()), eth::AbiValue::number(amount)}, summary, tokenSymbol);
}

Result<TransactionAsk> transferAsk(const DaoProfile &profile, const crypto::Address &from, const crypto::Address &to,
    const eth::UInt256 &amount, const QString &tokenSymbol)
{
    if (amount.isZero())
        return Result<TransactionAsk>::failure(TokenWords::tr("Enter an amount above zero."), ErrorCode::InvalidInput);
    return tokenAsk(profile, from, QStringLiteral("transfer"),
        {eth::AbiValue::bytes(to.bytes()), eth::AbiValue::number(amount)},
        TokenWords::tr("Send %1 %2 to %3").arg(eth::formatUnits(amount, 18), tokenSymbol, to.toChecksumString()),
        tokenSymbol);
}

Result<TransactionAsk> delegateAsk(const DaoProfile &profile, const crypto::Address &from,
    const crypto::Address &delegatee, const QString &tokenSymbol)
{
    return tokenAsk(profile, from, QStringLiteral("delegate"), {eth::AbiValue::bytes(delegatee.bytes())},
        delegatee == from ? TokenWords::tr("Delegate your voting power to yourself")
                          : TokenWords::tr("Delegate your voting power to %1").arg(delegatee.toChecksumString()),
        tokenSymbol);
}

} // namespace dd::dao
