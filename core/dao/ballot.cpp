#include "dao/ballot.h"

#include <QJsonArray>

namespace dd::dao {

namespace {

QJsonObject field(const char *name, const char *type)
{
    return QJsonObject {{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}};
}

} // namespace

Result<Ballot> prepareBallot(eth::ChainSession &chain, GovernorKind kind, const eth::ContractAbi &governorAbi,
    const crypto::Address &governor, const eth::UInt256 &proposalId, int support, const crypto::Address &voter,
    const QString &reason)
{
    using eth::AbiValue;
    if (support < 0 || support > 2)
        return Result<Ballot>::failure(QStringLiteral("A vote is for, against or abstain."), ErrorCode::InvalidInput);
    auto chainId = chain.chainId();
    if (!chainId)
        return chainId.error();
    auto read = [&](const QString &function, const AbiValue::List &args) -> Result<AbiValue::List> {
        auto data = governorAbi.encodeCall(function, args);
        if (!data)
            return data.error();
        auto answer = chain.ethCall(crypto::Address(), eth::TxRequest {governor, {}, data.value(), &governorAbi});
        if (!answer)
            return answer.error();
        return governorAbi.decodeResult(function, answer.value());
    };
    if (kind == GovernorKind::Bravo) {
        if (!reason.isEmpty())
            return Result<Ballot>::failure(
                QStringLiteral("A GovernorBravo vote by signature carries no reason: leave the reason empty, or vote "
                               "with a transaction."),
                ErrorCode::InvalidInput);
        auto name = read(QStringLiteral("name"), {});
        if (!name)
            return name.error();
        Ballot ballot;
        ballot.kind = kind;
        ballot.chainId = chainId.value();
        ballot.governor = governor;
        ballot.domainName = name.value().at(0).asText();
        ballot.proposalId = proposalId;
        ballot.support = support;
        ballot.voter = voter;
        return ballot;
    }
    auto domain = read(QStringLiteral("eip712Domain"), {});
    if (!domain)
        return Error {
            QStringLiteral("The governor does not say how votes are signed (eip712Domain): %1").arg(domain.message()),
            domain.code(), {}};
    // (fields, name, version, chainId, verifyingContract, salt, extensions)
    const AbiValue::List &d = domain.value();
    if (d.size() < 5 || d[3].asNumber() != eth::UInt256(chainId.value()) || d[4].asBytes() != governor.bytes())
        return Result<Ballot>::failure(
            QStringLiteral("The governor's signing domain names another chain or contract; no vote is signed for it."),
            ErrorCode::WrongNetwork);
    auto nonce = read(QStringLiteral("nonces"), {AbiValue::bytes(voter.bytes())});
    if (!nonce)
        return nonce.error();
    Ballot ballot;
    ballot.chainId = chainId.value();
    ballot.governor = governor;
    ballot.domainName = d[1].asText();
    ballot.domainVersion = d[2].asText();
    ballot.proposalId = proposalId;
    ballot.support = support;
    ballot.voter = voter;
    ballot.nonce = nonce.value().at(0).asNumber();
    ballot.reason = reason;
    return ballot;
}

QJsonObject ballotTypedData(const Ballot &ballot)
{
    if (ballot.kind == GovernorKind::Bravo) {
        return QJsonObject {{QStringLiteral("types"),
                                QJsonObject {{QStringLiteral("EIP712Domain"),
                                                 QJsonArray {field("name", "string"), field("chainId", "uint256"),
                                                     field("verifyingContract", "address")}},
                                    {QStringLiteral("Ballot"),
                                        QJsonArray {field("proposalId", "uint256"), field("support", "uint8")}}}},
            {QStringLiteral("primaryType"), QStringLiteral("Ballot")},
            {QStringLiteral("domain"),
                QJsonObject {{QStringLiteral("name"), ballot.domainName},
                    {QStringLiteral("chainId"), QString::number(ballot.chainId)},
                    {QStringLiteral("verifyingContract"), ballot.governor.toChecksumString()}}},
            {QStringLiteral("message"),
                QJsonObject {{QStringLiteral("proposalId"), ballot.proposalId.toDecimal()},
                    {QStringLiteral("support"), ballot.support}}}};
    }
    const bool extended = !ballot.reason.isEmpty();
    QJsonArray ballotFields {field("proposalId", "uint256"), field("support", "uint8"), field("voter", "address"),
        field("nonce", "uint256")};
    QJsonObject message {{QStringLiteral("proposalId"), ballot.proposalId.toDecimal()},
        {QStringLiteral("support"), ballot.support}, {QStringLiteral("voter"), ballot.voter.toChecksumString()},
        {QStringLiteral("nonce"), ballot.nonce.toDecimal()}};
    if (extended) {
        ballotFields.append(field("reason", "string"));
        ballotFields.append(field("params", "bytes"));
        message.insert(QStringLiteral("reason"), ballot.reason);
        message.insert(QStringLiteral("params"), QStringLiteral("0x"));
    }
    const QString primary = extended ? QStringLiteral("ExtendedBallot") : QStringLiteral("Ballot");
    return QJsonObject {{QStringLiteral("types"),
                            QJsonObject {{QStringLiteral("EIP712Domain"),
                                             QJsonArray {field("name", "string"), field("version", "string"),
                                                 field("chainId", "uint256"), field("verifyingContract", "address")}},
                                {primary, ballotFields}}},
        {QStringLiteral("primaryType"), primary},
        {QStringLiteral("domain"),
            QJsonObject {{QStringLiteral("name"), ballot.domainName}, {QStringLiteral("version"), ballot.domainVersion},
                {QStringLiteral("chainId"), QString::number(ballot.chainId)},
                {QStringLiteral("verifyingContract"), ballot.governor.toChecksumString()}}},
        {QStringLiteral("message"), message}};
}

RelayCall ballotRelayCall(const Ballot &ballot, const QByteArray &signature)
{
    using eth::AbiValue;
    if (ballot.kind == GovernorKind::Bravo) // (id, support, v, r, s) from r || s || v
        return {QStringLiteral("castVoteBySig"),
            {AbiValue::number(ballot.proposalId), AbiValue::number(eth::UInt256(quint64(ballot.support))),
                AbiValue::number(eth::UInt256(quint64(signature.size() > 64 ? quint8(signature.at(64)) : 0))),
                AbiValue::bytes(signature.mid(0, 32)), AbiValue::bytes(signature.mid(32, 32))}};
    const AbiValue voter = AbiValue::bytes(ballot.voter.bytes());
    if (ballot.reason.isEmpty())
        return {QStringLiteral("castVoteBySig"),
            {AbiValue::number(ballot.proposalId), AbiValue::number(eth::UInt256(quint64(ballot.support))), voter,
                AbiValue::bytes(signature)}};
    return {QStringLiteral("castVoteWithReasonAndParamsBySig"),
        {AbiValue::number(ballot.proposalId), AbiValue::number(eth::UInt256(quint64(ballot.support))), voter,
            AbiValue::text(ballot.reason), AbiValue::bytes({}), AbiValue::bytes(signature)}};
}

} // namespace dd::dao
