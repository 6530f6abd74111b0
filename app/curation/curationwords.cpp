#include "curation/curationwords.h"

#include "common/displayformat.h"
#include "dao/curationcalls.h"
#include "eth/uint256.h"

#include <QCoreApplication>
#include <QDateTime>

namespace dd::app {

// The context lupdate files these words under.
struct CurationWords {
    Q_DECLARE_TR_FUNCTIONS(CurationWords)
};

QString curationStageWords(cache::CurationStage stage)
{
    switch (stage) {
    case cache::CurationStage::None:
        return CurationWords::tr("Waiting for a first review");
    case cache::CurationStage::InReview:
        return CurationWords::tr("In review");
    case cache::CurationStage::AwaitingGovernance:
        return CurationWords::tr("Waiting for governance");
    case cache::CurationStage::Approved:
        return CurationWords::tr("Approved");
    case cache::CurationStage::Rejected:
        return CurationWords::tr("Rejected");
    case cache::CurationStage::Appealed:
        return CurationWords::tr("Appealed to the token holders");
    case cache::CurationStage::Overturned:
        return CurationWords::tr("Approved on appeal");
    }
    return CurationWords::tr("Unknown");
}

QString tokenWords(const QString &wei, const QString &symbol)
{
    return displayAmount(eth::UInt256::fromDecimal(wei).value_or(eth::UInt256()), 18) + QLatin1Char(' ') + symbol;
}

QString curationEventWords(const cache::CurationEvent &event, const QString &symbol)
{
    const QJsonObject &d = event.data;
    const QString amount = tokenWords(d.value(u"amount").toString(), symbol);
    const QString deposit = tokenWords(d.value(u"deposit").toString(), symbol);
    const QString k = event.kind;
    if (k == QLatin1String("decided")) {
        const bool approved = d.value(u"approved").toBool();
        const bool byGovernance = d.value(u"byGovernance").toBool();
        if (approved)
            return byGovernance ? CurationWords::tr("Approved by governance")
                                : CurationWords::tr("Approved by the curators");
        return (byGovernance ? CurationWords::tr("Rejected by governance; %1 of the stake to the treasury")
                             : CurationWords::tr("Rejected by the curators; %1 of the stake to the treasury"))
            .arg(tokenWords(d.value(u"slashed").toString(), symbol));
    }
    if (k == QLatin1String("awaiting"))
        return d.value(u"expired").toBool() ? CurationWords::tr("The review period ran out: waiting for governance")
                                            : CurationWords::tr("The curators are split: waiting for governance");
    if (k == QLatin1String("reward"))
        return CurationWords::tr("Reward of %1 paid to the contributor").arg(amount);
    if (k == QLatin1String("fee"))
        return CurationWords::tr("Review fee of %1 paid to %2").arg(amount, event.actor);
    if (k == QLatin1String("appealed"))
        return CurationWords::tr("Appealed with a deposit of %1: %2").arg(deposit, d.value(u"reason").toString());
    if (k == QLatin1String("appealResolved"))
        return d.value(u"overturned").toBool()
            ? CurationWords::tr("Appeal upheld: the rejection is overturned, the deposit returned")
            : CurationWords::tr("Appeal dismissed: the deposit of %1 goes to the treasury").arg(deposit);
    if (k == QLatin1String("challenged"))
        return CurationWords::tr("Approval challenged with a deposit of %1: %2")
            .arg(deposit, d.value(u"reason").toString());
    if (k == QLatin1String("challengeResolved"))
        return d.value(u"upheld").toBool()
            ? CurationWords::tr("Challenge upheld: the deposit of %1 is returned").arg(deposit)
            : CurationWords::tr("Challenge dismissed: the deposit of %1 joins the rewards pool").arg(deposit);
    if (k == QLatin1String("evidence"))
        return CurationWords::tr("Evidence added: %1").arg(d.value(u"uri").toString());
    if (k == QLatin1String("reinstated"))
        return CurationWords::tr("Reinstated");
    if (k == QLatin1String("reopened"))
        return CurationWords::tr("Reopened for review");
    if (k == QLatin1String("withdrawn"))
        return CurationWords::tr("Withdrawn by the contributor");
    return k;
}

QVariantList reviewMaps(const QList<cache::ReviewEntry> &reviews)
{
    QVariantList out;
    for (const cache::ReviewEntry &r : reviews)
        out.append(QVariantMap {{QStringLiteral("round"), r.round}, {QStringLiteral("curator"), r.curator},
            {QStringLiteral("approve"), r.approve}, {QStringLiteral("reason"), dao::reviewReasonWords(r.reason)},
            {QStringLiteral("text"), r.text}, {QStringLiteral("evidence"), r.evidenceUri},
            {QStringLiteral("slashPercent"), r.slashBasisPoints / 100.0},
            {QStringLiteral("time"),
                r.time > 0 ? QDateTime::fromSecsSinceEpoch(r.time).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           : QString()}});
    return out;
}

} // namespace dd::app
