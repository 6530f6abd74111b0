#include "contribute/publicationsteps.h"

#include <QVariantMap>

namespace dd::app {

QString PublicationSteps::keyOf(dao::PublicationStep step)
{
    switch (step) {
    case dao::PublicationStep::Prepare:
        return QStringLiteral("hash");
    case dao::PublicationStep::Upload:
        return QStringLiteral("upload");
    case dao::PublicationStep::Pin:
        return QStringLiteral("pin");
    case dao::PublicationStep::Register:
        break;
    }
    return QStringLiteral("register");
}

void PublicationSteps::add(const QString &key, const QString &label)
{
    for (const QVariant &step : std::as_const(m_steps))
        if (step.toMap().value(QStringLiteral("key")).toString() == key)
            return;
    m_steps.append(QVariantMap {{QStringLiteral("key"), key}, {QStringLiteral("label"), label},
        {QStringLiteral("state"), int(PublicationStep::State::Pending)}, {QStringLiteral("detail"), QString()},
        {QStringLiteral("fraction"), 0.0}});
}

void PublicationSteps::set(const QString &key, PublicationStep::State state, const QString &detail, double fraction)
{
    for (QVariant &step : m_steps) {
        QVariantMap map = step.toMap();
        if (map.value(QStringLiteral("key")).toString() != key)
            continue;
        map.insert(QStringLiteral("state"), int(state));
        if (!detail.isNull())
            map.insert(QStringLiteral("detail"), detail);
        if (fraction >= 0)
            map.insert(QStringLiteral("fraction"), fraction);
        step = map;
    }
}

void PublicationSteps::failActive(const QString &detail)
{
    for (QVariant &step : m_steps) {
        QVariantMap map = step.toMap();
        if (map.value(QStringLiteral("state")).toInt() != int(PublicationStep::State::Active))
            continue;
        map.insert(QStringLiteral("state"), int(PublicationStep::State::Failed));
        map.insert(QStringLiteral("detail"), detail);
        step = map;
    }
}

} // namespace dd::app
