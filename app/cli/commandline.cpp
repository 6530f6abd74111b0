#include "cli/commandline.h"

namespace dd::cli {

CommandLine::CommandLine(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags)
{
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (optionsEnded) {
            m_positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            m_flags.insert(QStringLiteral("help"));
            continue;
        }
        // A lone "-" and negative numbers ("-5") are positional; options start with "--" or "-x".
        const bool negativeNumber = arg.size() > 1 && arg[0] == u'-' && arg[1].isDigit();
        if (!arg.startsWith(u'-') || arg == QLatin1String("-") || negativeNumber) {
            m_positional.append(arg);
            continue;
        }
        QString name = arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1);
        QString inlineValue;
        const qsizetype eq = name.indexOf(u'=');
        if (eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (valueOptions.contains(name)) {
            if (eq >= 0) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < arguments.size()) {
                m_values.insert(name, arguments[++i]);
            } else {
                m_error = QStringLiteral("the option --%1 needs a value").arg(name);
                return;
            }
        } else if (flags.contains(name)) {
            m_flags.insert(name);
        } else {
            m_error = QStringLiteral("unexpected argument '%1' found").arg(arg);
            return;
        }
    }
}

} // namespace dd::cli
