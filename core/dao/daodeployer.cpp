#include "dao/daodeployer.h"

#include "common/logging.h"
#include "crypto/keccak.h"
#include "dao/revertwords.h"

#include <QFile>

namespace dd::dao {

using eth::AbiValue;

const Result<DaoAbis> &DaoAbis::load()
{
    // The embedded artifacts never change while the app runs: parse them once (thread-safe).
    static const Result<DaoAbis> abis = parse();
    return abis;
}

Result<DaoAbis> DaoAbis::parse()
{
    auto token = eth::ContractAbi::embedded(QStringLiteral("DaoToken"));
    auto timelock = eth::ContractAbi::embedded(QStringLiteral("DaoTimelock"));
    auto governor = eth::ContractAbi::embedded(QStringLiteral("DaoGovernor"));
    auto registry = eth::ContractAbi::embedded(QStringLiteral("DatasetRegistry"));
    auto curation = eth::ContractAbi::embedded(QStringLiteral("DatasetCuration"));
    QFile bravoFile(QStringLiteral(":/dd/contracts/abi/GovernorBravo.json"));
    auto bravo = bravoFile.open(QIODevice::ReadOnly) ? eth::ContractAbi::fromArtifact(bravoFile.readAll())
                                                     : Result<eth::ContractAbi>::failure(QStringLiteral("missing"));
    if (!token || !timelock || !governor || !registry || !curation || !bravo)
        return Result<DaoAbis>::failure(QStringLiteral("This build lacks the DAO's compiled contracts."));
    eth::ContractAbi errors;
    for (const auto *abi : {&token.value(), &timelock.value(), &governor.value(), &registry.value(), &curation.value()})
        errors.addErrorsFrom(*abi);
    // The registry's and curation's calls cross into each other and the token: each knows all
    // the errors, and all of them in words.
    const QHash<QString, QString> words = daoErrorWords();
    for (auto *abi : {&token.value(), &timelock.value(), &governor.value(), &registry.value(), &curation.value(),
             &bravo.value(), &errors}) {
        if (abi == &registry.value() || abi == &curation.value())
            abi->addErrorsFrom(errors);
        abi->setErrorWords(words);
    }
    return DaoAbis {
        token.value(), timelock.value(), governor.value(), registry.value(), curation.value(), bravo.value(), errors};
}

namespace {

AbiValue address(const crypto::Address &a)
{
    return AbiValue::bytes(a.bytes());
}

Result<crypto::Address> deploy(
    TransactionRequester &requester, const crypto::Address &from, const QString &name, const AbiValue::List &args)
{
    QByteArray bytecode;
    auto abi = eth::ContractAbi::embedded(name, &bytecode);
    if (!abi)
        return abi.error();
    auto data = abi.value().encodeDeployment(bytecode, args);
    if (!data)
        return data.error();
    auto receipt = requester.send({from, eth::TxRequest {std::nullopt, {}, data.value(), &abi.value()},
        QStringLiteral("Deploy %1").arg(name), name, {}, {}});
    if (!receipt)
        return Result<crypto::Address>::failure(
            QStringLiteral("Deploying %1 failed: %2").arg(name, receipt.message()), receipt.code());
    if (!receipt.value().contractAddress)
        return Result<crypto::Address>::failure(QStringLiteral("Deploying %1 created no contract.").arg(name));
    qCInfo(lcChain) << "deployed" << name << "at" << receipt.value().contractAddress->toChecksumString();
    return *receipt.value().contractAddress;
}

Status callContract(TransactionRequester &requester, const crypto::Address &from, const eth::ContractAbi &abi,
    const crypto::Address &to, const QString &function, const AbiValue::List &args)
{
    auto data = abi.encodeCall(function, args);
    if (!data)
        return data.error();
    auto receipt = requester.send({from, eth::TxRequest {to, {}, data.value(), &abi},
        QStringLiteral("%1.%2").arg(abi.name(), function), abi.name(), {}, {}});
    if (!receipt)
        return Status::failure(
            QStringLiteral("%1.%2 failed: %3").arg(abi.name(), function, receipt.message()), receipt.code());
    return success();
}

AbiValue role(const char *name)
{
    return AbiValue::bytes(crypto::keccak256(QByteArray(name)));
}

} // namespace

Result<DaoProfile> deployDao(
    eth::ChainSession &chain, TransactionRequester &requester, const crypto::Address &deployer, const DaoParameters &p)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    auto chainId = chain.chainId();
    if (!chainId)
        return chainId.error();
    auto startBlock = chain.blockNumber();
    if (!startBlock)
        return startBlock.error();
    const crypto::Address &me = deployer;

    auto token = deploy(requester, me, QStringLiteral("DaoToken"),
        {AbiValue::text(p.tokenName), AbiValue::text(p.tokenSymbol), address(me), AbiValue::number(p.supply)});
    if (!token)
        return token.error();
    const AbiValue zeroAddress = AbiValue::bytes(QByteArray(20, '\0'));
    auto timelock = deploy(requester, me, QStringLiteral("DaoTimelock"),
        {AbiValue::number(p.timelockDelaySeconds), AbiValue::list({}), AbiValue::list({zeroAddress}), address(me)});
    if (!timelock)
        return timelock.error();
    auto governor = deploy(requester, me, QStringLiteral("DaoGovernor"),
        {address(token.value()), address(timelock.value()), AbiValue::number(p.votingDelayBlocks),
            AbiValue::number(p.votingPeriodBlocks), AbiValue::number(0), AbiValue::number(p.quorumPercent)});
    if (!governor)
        return governor.error();
    const eth::ContractAbi &tl = abis.value().timelock;
    for (const char *r : {"PROPOSER_ROLE", "CANCELLER_ROLE"}) {
        if (auto granted = callContract(
                requester, me, tl, timelock.value(), QStringLiteral("grantRole"), {role(r), address(governor.value())});
            !granted)
            return granted.error();
    }
    // DEFAULT_ADMIN_ROLE is bytes32(0): after this only governance can change the timelock.
    if (auto renounced = callContract(requester, me, tl, timelock.value(), QStringLiteral("renounceRole"),
            {AbiValue::bytes(QByteArray(32, '\0')), address(me)});
        !renounced)
        return renounced.error();

    // The registry's admin is the deployer until the curation contract holds CURATION_ROLE;
    // then the timelock, and the deployer renounces.
    auto registry = deploy(requester, me, QStringLiteral("DatasetRegistry"),
        {address(token.value()), address(me), address(timelock.value()), AbiValue::number(p.minimumStake),
            AbiValue::number(p.accessFeeBasisPoints)});
    if (!registry)
        return registry.error();
    AbiValue::List curators;
    for (const crypto::Address &curator : p.curators)
        curators.push_back(address(curator));
    const AbiValue rules = AbiValue::list({AbiValue::number(p.reviewQuorum), AbiValue::number(p.reviewPeriodSeconds),
        AbiValue::number(p.approvalReward), AbiValue::number(p.reviewFee), AbiValue::number(p.slashCapBasisPoints),
        AbiValue::number(p.appealWindowSeconds), AbiValue::number(p.appealDeposit),
        AbiValue::number(p.challengeDeposit)});
    auto curation = deploy(requester, me, QStringLiteral("DatasetCuration"),
        {address(registry.value()), address(timelock.value()), address(timelock.value()), rules,
            AbiValue::list(curators)});
    if (!curation)
        return curation.error();
    const eth::ContractAbi &rg = abis.value().registry;
    const AbiValue adminRole = AbiValue::bytes(QByteArray(32, '\0'));
    for (const auto &[grant, to] :
        {std::pair {role("CURATION_ROLE"), curation.value()}, std::pair {adminRole, timelock.value()}}) {
        if (auto granted
            = callContract(requester, me, rg, registry.value(), QStringLiteral("grantRole"), {grant, address(to)});
            !granted)
            return granted.error();
    }
    if (auto renounced
        = callContract(requester, me, rg, registry.value(), QStringLiteral("renounceRole"), {adminRole, address(me)});
        !renounced)
        return renounced.error();

    DaoProfile profile;
    profile.name = p.tokenName;
    profile.chainId = chainId.value();
    profile.token = token.value();
    profile.timelock = timelock.value();
    profile.governor = governor.value();
    profile.datasetRegistry = registry.value();
    profile.datasetCuration = curation.value();
    profile.deploymentBlock = startBlock.value() + 1;
    return profile;
}

} // namespace dd::dao
