#pragma once

// One desktop notification through the freedesktop.org Desktop Notifications interface (gdbus on
// the session bus). Without a session bus or gdbus nothing is shown outside the window; callers
// show the same words inside it. DD_NOTIFY_COMMAND replaces the call (tests record what would
// be shown).

#include <QString>

namespace dd::app {

void notifyDesktop(const QString &summary, const QString &body);

} // namespace dd::app
