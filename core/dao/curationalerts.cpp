#include "dao/curationalerts.h"

#include "dao/curationcalls.h"

#include <QCoreApplication>

namespace dd::dao {

namespace {

struct AlertWords {
    Q_DECLARE_TR_FUNCTIONS(CurationAlerts)
};

QString datasetName(const cache::MemberCurationEvent &e)
{
    return e.title.isEmpty() ? AlertWords::tr("Dataset #%1").arg(e.datasetId)
                             : AlertWords::tr("\u201c%1\u201d (#%2)").arg(e.title).arg(e.datasetId);
}

QString shortAddress(const QString &address)
{
    return address.size() > 12 ? address.left(6) + QChar(0x2026) + address.right(4) : address;
}

} // namespace

CurationAlert curationAlert(const cache::MemberCurationEvent &e)
{
    CurationAlert alert;
    alert.datasetId = e.datasetId;
    alert.key = QStringLiteral("%1:%2:%3:%4").arg(e.kind).arg(e.datasetId).arg(e.block).arg(e.logIndex);
    const QString name = datasetName(e);
    const QString open = AlertWords::tr("Open Curation in DataDAO Desktop to read the reviews and their reports.");
    if (e.kind == QLatin1String("review")) {
        const bool approve = e.data.value(u"approve").toBool();
        alert.summary = approve
            ? AlertWords::tr("%1 was approved by curator %2").arg(name, shortAddress(e.actor))
            : AlertWords::tr("%1 was rejected by curator %2: %3")
                  .arg(name, shortAddress(e.actor), reviewReasonWords(e.data.value(u"reason").toInt()));
        alert.body = open;
    } else if (e.kind == QLatin1String("decided")) {
        const bool approved = e.data.value(u"approved").toBool();
        alert.summary = approved ? AlertWords::tr("%1 is approved: the curators' quorum decided").arg(name)
                                 : AlertWords::tr("%1 is rejected: the curators' quorum decided").arg(name);
        alert.body = approved ? AlertWords::tr("Your stake is returned with the reward.")
                              : AlertWords::tr("You can appeal to the token holders from the dataset's reviews "
                                               "while the appeal window is open.");
    } else if (e.kind == QLatin1String("awaiting")) {
        alert.summary
            = AlertWords::tr("%1 waits for governance: its reviews tied or its review period ran out").arg(name);
        alert.body = AlertWords::tr("The token holders decide it through a proposal.");
    } else if (e.kind == QLatin1String("appealResolved")) {
        const bool overturned = e.data.value(u"overturned").toBool();
        alert.summary = overturned
            ? AlertWords::tr("The token holders overturned the rejection of %1: it is approved").arg(name)
            : AlertWords::tr("The token holders upheld the rejection of %1").arg(name);
        alert.body = overturned ? AlertWords::tr("The appeal deposit is returned with the reward.")
                                : AlertWords::tr("The appeal deposit is kept by the treasury.");
    } else if (e.kind == QLatin1String("appealed")) {
        alert.summary = AlertWords::tr("%1, which you reviewed, is appealed to the token holders").arg(name);
        alert.body = AlertWords::tr("Read the appeal and vote on its proposal in Governance.");
    } else if (e.kind == QLatin1String("challenged")) {
        alert.summary = e.contributedByMe
            ? AlertWords::tr("%1 is challenged by %2 and back in review").arg(name, shortAddress(e.actor))
            : AlertWords::tr("%1, which you reviewed, is challenged and back in review").arg(name);
        alert.body = open;
    }
    return alert;
}

QList<CurationAlert> curationAlerts(const QList<cache::MemberCurationEvent> &events, const AlertMemory &memory)
{
    QList<CurationAlert> alerts;
    if (!memory.initialized)
        return alerts; // the first look records where the cache stands
    for (const cache::MemberCurationEvent &e : events) {
        if (quint64(e.block) <= memory.seenBlock)
            continue;
        CurationAlert alert = curationAlert(e);
        if (!alert.summary.isEmpty() && !memory.raised.contains(alert.key))
            alerts.append(std::move(alert));
    }
    return alerts;
}

} // namespace dd::dao
