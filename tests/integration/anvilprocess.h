#pragma once

// Starts Foundry's anvil (from scripts/node_modules) on a free loopback port and stops it again.

#include <QProcess>
#include <QUrl>

namespace dd::test {

class AnvilProcess {
public:
    AnvilProcess();
    ~AnvilProcess();

    // Empty on success, else what went wrong.
    QString start(const QStringList &extraArguments = {});
    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

// A loopback TCP port nobody listens on right now.
quint16 freeLoopbackPort();

} // namespace dd::test
