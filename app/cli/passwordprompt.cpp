#include "cli/passwordprompt.h"

#include <QTextStream>

#include <termios.h>
#include <unistd.h>

#include <iostream>
#include <string>

namespace dd::cli {

QString promptPassword(const QString &prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios saved {};
    if (tty) {
        QTextStream(stderr) << prompt << ' ' << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        QTextStream(stderr) << '\n';
    }
    const QString password = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

} // namespace dd::cli
