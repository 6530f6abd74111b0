// datadao-cli curation review, appeal, challenge, fund and expire: the curation contract's
// transactions from a terminal, built by core/dao/curationcalls.h and sent in order through the
// one transaction service (CliRequester), each printed with its hash.

#include "cli/curationsends.h"

#include "cli/catalogsync.h"
#include "cli/clitransactions.h"
#include "cli/commands.h"

#include "common/hex.h"
#include "dao/curationcalls.h"
#include "eth/clientthread.h"
#include "eth/units.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace dd::cli {

namespace {

// The transactions of one curation step, sent in order; prints each hash (or JSON).
int sendAll(const CommandLine &cl, const dao::DaoProfile &profile, const crypto::PrivateKey &key,
    const Result<QList<dao::TransactionAsk>> &asks, const QString &done)
{
    if (!asks)
        return fail(asks.message());
    eth::ClientThread network(profile.rpcUrls);
    CliRequester requester(network.client(), profile, {key}, journalBesideProfile(cl.value(QStringLiteral("profile"))),
        !cl.has(QStringLiteral("json")));
    if (auto opened = requester.open(); !opened)
        return fail(opened.message());
    auto receipts = dao::sendInOrder(requester, asks.value());
    if (!receipts)
        return fail(receipts.message());
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray hashes;
        for (const eth::Receipt &r : receipts.value())
            hashes.append(toHex(r.transactionHash));
        const QJsonObject out {{QStringLiteral("done"), done}, {QStringLiteral("transactions"), hashes}};
        print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)).trimmed());
        return 0;
    }
    print(QStringLiteral("%1 in transaction %2").arg(done, toHex(receipts.value().last().transactionHash)));
    return 0;
}

} // namespace

int runCurationReview(const CommandLine &cl)
{
    const bool approve = cl.has(QStringLiteral("approve"));
    if (approve == cl.has(QStringLiteral("reject")))
        return fail(QStringLiteral("give --approve or --reject"));
    dao::ReviewVerdict verdict;
    verdict.approve = approve;
    if (!approve) {
        auto reason = dao::reviewReasonFromName(cl.value(QStringLiteral("reason")));
        if (!reason || *reason == dao::ReviewReason::None) {
            QStringList names;
            for (int i = 1; i < dao::reviewReasonCount; ++i)
                names.append(dao::reviewReasonName(i));
            return fail(QStringLiteral("--reject needs --reason, one of: %1").arg(names.join(QStringLiteral(", "))));
        }
        verdict.reason = *reason;
        bool ok = true;
        const double percent = cl.value(QStringLiteral("slash"), QStringLiteral("0")).toDouble(&ok);
        if (!ok || percent < 0 || percent > 100)
            return fail(QStringLiteral("--slash is the share of the stake to keep, in percent (0 to 100)"));
        verdict.slashBasisPoints = int(percent * 100 + 0.5);
    } else if (cl.has(QStringLiteral("reason")) || cl.has(QStringLiteral("slash"))) {
        return fail(QStringLiteral("an approval takes no --reason and no --slash"));
    }
    verdict.text = cl.value(QStringLiteral("text"));
    verdict.evidenceUri = cl.value(QStringLiteral("evidence"));
    auto target = datasetTargetOf(cl, TargetNeeds::Curation);
    if (!target)
        return fail(target.message());
    verdict.datasetId = target.value().id;
    verdict.title = target.value().title();
    auto ask = dao::reviewAsk(target.value().profile, target.value().key.address(), verdict);
    return sendAll(cl, target.value().profile, target.value().key,
        ask ? Result<QList<dao::TransactionAsk>>(QList<dao::TransactionAsk> {ask.value()})
            : Result<QList<dao::TransactionAsk>>(ask.error()),
        QStringLiteral("Reviewed dataset #%1").arg(verdict.datasetId));
}

int runCurationAppeal(const CommandLine &cl, CurationAppeal kind)
{
    const bool appeal = kind == CurationAppeal::Appeal;
    auto target = datasetTargetOf(cl, TargetNeeds::Curation);
    if (!target)
        return fail(target.message());
    const DatasetTarget &t = target.value();
    eth::ClientThread network(t.profile.rpcUrls);
    eth::ChainSession chain(network.client(), std::chrono::seconds(30));
    const QString text = cl.value(QStringLiteral("text"));
    auto asks = appeal ? dao::appealAsks(chain, t.profile, t.key.address(), t.id, t.title(), text, t.symbol)
                       : dao::challengeAsks(chain, t.profile, t.key.address(), t.id, t.title(), text,
                           cl.value(QStringLiteral("evidence")), t.symbol);
    return sendAll(cl, t.profile, t.key, asks,
        (appeal ? QStringLiteral("Appealed the rejection of dataset #%1") : QStringLiteral("Challenged dataset #%1"))
            .arg(t.id));
}

int runCurationFund(const CommandLine &cl)
{
    auto amount = eth::parseUnits(cl.positional().value(0), 18);
    if (!amount)
        return fail(QStringLiteral("give the amount in tokens, such as 1000: %1").arg(amount.message()));
    auto target = datasetTargetOf(cl, TargetNeeds::Curation, TargetNames::Nothing);
    if (!target)
        return fail(target.message());
    const DatasetTarget &t = target.value();
    eth::ClientThread network(t.profile.rpcUrls);
    eth::ChainSession chain(network.client(), std::chrono::seconds(30));
    return sendAll(cl, t.profile, t.key, dao::fundPoolAsks(chain, t.profile, t.key.address(), amount.value(), t.symbol),
        QStringLiteral("Added %1 %2 to the rewards pool").arg(eth::formatUnits(amount.value(), 18), t.symbol));
}

int runCurationExpire(const CommandLine &cl)
{
    auto target = datasetTargetOf(cl, TargetNeeds::Curation);
    if (!target)
        return fail(target.message());
    const DatasetTarget &t = target.value();
    auto ask = dao::expireAsk(t.profile, t.key.address(), t.id, t.title());
    return sendAll(cl, t.profile, t.key,
        ask ? Result<QList<dao::TransactionAsk>>(QList<dao::TransactionAsk> {ask.value()})
            : Result<QList<dao::TransactionAsk>>(ask.error()),
        QStringLiteral("Sent dataset #%1 to governance").arg(t.id));
}

} // namespace dd::cli
