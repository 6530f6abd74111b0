#pragma once

// PublicationSteps: a publication's steps as the progress view lists them (hash, upload, pin when
// a pinning service is set up, register), each pending, active, done or failed, with a line of
// detail and its own fraction done. A value: the controller owns one and says when it changed.

#include <QString>
#include <QVariantList>

namespace dd::app {

class PublicationSteps {
public:
    void clear() { m_steps.clear(); }
    // Appends a pending step, unless one with this key is listed already.
    void add(const QString &key, const QString &label);
    // detail: null keeps the step's line; fraction: negative keeps its fraction.
    void set(const QString &key, const QString &state, const QString &detail = QString(), double fraction = -1);
    // Every active step becomes failed, with this line.
    void failActive(const QString &detail);
    QVariantList list() const { return m_steps; } // {key, label, state, detail, fraction}

private:
    QVariantList m_steps;
};

} // namespace dd::app
