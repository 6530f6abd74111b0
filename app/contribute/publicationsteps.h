#pragma once

// PublicationSteps: a publication's steps as the progress view lists them (hash, upload, pin when
// a pinning service is set up, register), each pending, active, done or failed, with a line of
// detail and its own fraction done. A value: the controller owns one and says when it changed.

#include "dao/publicationjob.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace dd::app {

// A step's state; QML compares PublicationStep.Done and so on.
namespace PublicationStep {
Q_NAMESPACE
QML_ELEMENT
enum class State { Pending, Active, Done, Failed };
Q_ENUM_NS(State)
} // namespace PublicationStep

class PublicationSteps {
public:
    // The key of the view's step a stage of the publication job reports on.
    static QString keyOf(dao::PublicationStep step);
    void clear() { m_steps.clear(); }
    // Appends a pending step, unless one with this key is listed already.
    void add(const QString &key, const QString &label);
    // detail: null keeps the step's line; fraction: negative keeps its fraction.
    void set(const QString &key, PublicationStep::State state, const QString &detail = QString(), double fraction = -1);
    // Every active step becomes failed, with this line.
    void failActive(const QString &detail);
    QVariantList list() const { return m_steps; } // {key, label, state (an int State), detail, fraction}

private:
    QVariantList m_steps;
};

} // namespace dd::app
