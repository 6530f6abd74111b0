#include "dao/tokencalls.h"

#include "dao/daodeployer.h"

namespace dd::dao {

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
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::ContractAbi &token = abis.value().token;
    auto data = token.encodeCall(
        QStringLiteral("approve"), {eth::AbiValue::bytes(spender.bytes()), eth::AbiValue::number(amount)});
    if (!data)
        return data.error();
    return TransactionAsk {
        owner, eth::TxRequest {profile.token, {}, data.value(), &token}, summary, token.name(), tokenSymbol};
}

} // namespace dd::dao
