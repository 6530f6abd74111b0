#pragma once

#include <QString>

namespace dd::cli {

// Reads a password from the terminal without echo (or a line from stdin when it is not a tty).
QString promptPassword(const QString &prompt);

} // namespace dd::cli
