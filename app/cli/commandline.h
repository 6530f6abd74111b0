#pragma once

// CommandLine: the small argument parser datadao-cli shares across commands. It follows
// cast's conventions (--name value, --name=value, positional arguments) so scripts carry over.

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace dd::cli {

class CommandLine {
public:
    // valueOptions take an argument; flags do not. Anything else starting with - is an error.
    CommandLine(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool has(const QString &name) const { return m_values.contains(name) || m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList &positional() const { return m_positional; }
    bool wantsHelp() const { return m_flags.contains(QStringLiteral("help")); }

private:
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QStringList m_positional;
    QString m_error;
};

} // namespace dd::cli
