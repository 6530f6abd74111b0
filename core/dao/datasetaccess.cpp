#include "dao/datasetaccess.h"

#include "dao/daodeployer.h"
#include "dao/tokencalls.h"
#include "eth/units.h"

#include <QCoreApplication>

namespace dd::dao {

Result<QList<TransactionAsk>> accessPurchaseAsks(
    eth::ChainSession &chain, const DaoProfile &profile, const AccessPurchase &purchase, const QString &tokenSymbol)
{
    using R = Result<QList<TransactionAsk>>;
    if (profile.datasetRegistry.isZero())
        return R::failure(QStringLiteral("This DAO has no dataset registry."), ErrorCode::InvalidInput);
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const QString price = QStringLiteral("%1 %2").arg(eth::formatUnits(purchase.price, 18), tokenSymbol).trimmed();
    QList<TransactionAsk> asks;
    if (!purchase.price.isZero()) {
        auto allowance = tokenAllowance(chain, profile, purchase.buyer, profile.datasetRegistry);
        if (!allowance)
            return allowance.error();
        if (allowance.value() < purchase.price) {
            auto approve = approveAsk(profile, purchase.buyer, profile.datasetRegistry, purchase.price,
                QCoreApplication::translate("DatasetAccess", "Allow the dataset registry to take %1 for \"%2\"")
                    .arg(price, purchase.title),
                tokenSymbol);
            if (!approve)
                return approve.error();
            asks.append(approve.value());
        }
    }
    const eth::ContractAbi &registry = abis.value().registry;
    auto buy
        = registry.encodeCall(QStringLiteral("buyAccess"), {eth::AbiValue::number(eth::UInt256(purchase.datasetId))});
    if (!buy)
        return buy.error();
    TransactionAsk buyAsk {purchase.buyer, eth::TxRequest {profile.datasetRegistry, {}, buy.value(), &registry},
        QCoreApplication::translate("DatasetAccess", "Buy access to \"%1\" for %2").arg(purchase.title, price),
        registry.name(), {}, {}};
    buyAsk.names.nameId(eth::UInt256(purchase.datasetId), QStringLiteral("\u201c%1\u201d").arg(purchase.title));
    asks.append(buyAsk);
    return asks;
}

Result<eth::Receipt> buyAccess(eth::ChainSession &chain, TransactionRequester &requester, const DaoProfile &profile,
    const AccessPurchase &purchase, const QString &tokenSymbol, const SequenceStep &step,
    const std::atomic_bool *cancel)
{
    auto asks = accessPurchaseAsks(chain, profile, purchase, tokenSymbol);
    if (!asks)
        return asks.error();
    auto receipts = sendInOrder(requester, asks.value(), step, cancel);
    if (!receipts)
        return receipts.error();
    return receipts.value().last();
}

Result<TransactionAsk> withdrawAsk(const DaoProfile &profile, const crypto::Address &contributor, quint64 datasetId,
    const QString &title, const eth::UInt256 &stake, const QString &tokenSymbol)
{
    if (profile.datasetRegistry.isZero())
        return Result<TransactionAsk>::failure(
            QStringLiteral("This DAO has no dataset registry."), ErrorCode::InvalidInput);
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::ContractAbi &registry = abis.value().registry;
    auto call = registry.encodeCall(QStringLiteral("withdraw"), {eth::AbiValue::number(eth::UInt256(datasetId))});
    if (!call)
        return call.error();
    TransactionAsk ask {contributor, eth::TxRequest {profile.datasetRegistry, {}, call.value(), &registry},
        QCoreApplication::translate("DatasetAccess", "Withdraw \"%1\" from the registry and take back its stake of %2")
            .arg(title, QStringLiteral("%1 %2").arg(eth::formatUnits(stake, 18), tokenSymbol).trimmed()),
        registry.name(), {}, {}};
    ask.names.nameId(eth::UInt256(datasetId), QStringLiteral("\u201c%1\u201d").arg(title));
    return ask;
}

} // namespace dd::dao
