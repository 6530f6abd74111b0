#pragma once

// Watches the application's input events and tells the wallet that the user is active, so
// auto-lock counts idle time only.

#include <QObject>

namespace dd::dao {
class WalletService;
}

namespace dd::app {

class ActivityFilter : public QObject {
    Q_OBJECT
public:
    explicit ActivityFilter(dao::WalletService &wallet, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    dao::WalletService &m_wallet;
    qint64 m_lastNoted = 0;
};

} // namespace dd::app
