#include "dao/daodiscovery.h"

#include "dao/daodeployer.h"
#include "eth/uint256.h"

namespace dd::dao {

namespace {

Result<crypto::Address> addressView(
    eth::ChainSession &chain, const eth::ContractAbi &abi, const crypto::Address &at, const QString &function)
{
    auto data = abi.encodeCall(function, {});
    if (!data)
        return data.error();
    auto result = chain.ethCall(crypto::Address(), eth::TxRequest {at, {}, data.value(), &abi});
    if (!result)
        return Result<crypto::Address>::failure(
            QStringLiteral("%1 does not answer %2(): it is not a Governor with a timelock, neither OpenZeppelin's nor "
                           "GovernorBravo (%3).")
                .arg(at.toChecksumString(), function, result.message()),
            ErrorCode::InvalidInput);
    auto values = abi.decodeResult(function, result.value());
    if (!values)
        return Result<crypto::Address>::failure(
            QStringLiteral("%1 answered %2() with something that is not an address.")
                .arg(at.toChecksumString(), function),
            ErrorCode::InvalidInput);
    return crypto::Address::fromBytes(values.value()[0].asBytes());
}

// Whether a view without arguments answers with a value its ABI can decode.
bool answers(eth::ChainSession &chain, const eth::ContractAbi &abi, const crypto::Address &at, const QString &function)
{
    auto data = abi.encodeCall(function, {});
    if (!data)
        return false;
    auto result = chain.ethCall(crypto::Address(), eth::TxRequest {at, {}, data.value(), &abi});
    return result && abi.decodeResult(function, result.value()).ok();
}

Result<bool> hasCode(eth::ChainSession &chain, const crypto::Address &at, quint64 block)
{
    auto code = chain.call(QStringLiteral("eth_getCode"), {at.toChecksumString(), eth::UInt256(block).toHex()});
    if (!code)
        return code.error();
    return code.value().toString().size() > 2;
}

} // namespace

Result<DaoProfile> discoverDao(eth::ChainSession &chain, const QList<QUrl> &rpcUrls, const crypto::Address &governor)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    auto chainId = chain.chainId();
    if (!chainId)
        return chainId.error();
    auto head = chain.blockNumber();
    if (!head)
        return head.error();
    auto present = hasCode(chain, governor, head.value());
    if (!present)
        return present.error();
    if (!present.value())
        return Result<DaoProfile>::failure(QStringLiteral("There is no contract at %1 on chain %2.")
                                               .arg(governor.toChecksumString())
                                               .arg(chainId.value()),
            ErrorCode::InvalidInput);
    // OpenZeppelin's Governor names its token token(); GovernorBravo names it comp() and has a
    // fixed quorumVotes() instead of quorum(timepoint).
    GovernorKind kind = GovernorKind::OpenZeppelin;
    auto token = addressView(chain, abis.value().governor, governor, QStringLiteral("token"));
    if (!token) {
        auto comp = addressView(chain, abis.value().bravo, governor, QStringLiteral("comp"));
        if (!comp || !answers(chain, abis.value().bravo, governor, QStringLiteral("quorumVotes")))
            return token.error();
        kind = GovernorKind::Bravo;
        token = comp;
    }
    auto timelock = addressView(chain, abis.value().governorOf(kind), governor, QStringLiteral("timelock"));
    if (!timelock)
        return timelock.error();
    auto name = [&]() -> QString {
        auto data = abis.value().governor.encodeCall(QStringLiteral("name"), {});
        auto result = chain.ethCall(crypto::Address(), eth::TxRequest {governor, {}, data.value(), nullptr});
        if (!result)
            return QString();
        auto values = abis.value().governor.decodeResult(QStringLiteral("name"), result.value());
        return values ? values.value()[0].asText() : QString();
    }();
    // The first block with the governor's code: every later block has it, no earlier one does.
    quint64 low = 0;
    quint64 high = head.value();
    while (low < high) {
        const quint64 middle = low + (high - low) / 2;
        auto code = hasCode(chain, governor, middle);
        if (!code)
            return code.error();
        if (code.value())
            high = middle;
        else
            low = middle + 1;
    }
    DaoProfile profile;
    profile.name = name.isEmpty() ? QStringLiteral("DAO %1").arg(governor.toChecksumString().left(10)) : name;
    profile.chainId = chainId.value();
    profile.rpcUrls = rpcUrls;
    profile.governor = governor;
    profile.governorKind = kind;
    profile.token = token.value();
    profile.timelock = timelock.value();
    profile.deploymentBlock = low;
    return profile;
}

} // namespace dd::dao
