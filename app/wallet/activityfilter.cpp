#include "wallet/activityfilter.h"

#include "dao/walletservice.h"

#include <QDateTime>
#include <QEvent>

namespace dd::app {

ActivityFilter::ActivityFilter(dao::WalletService &wallet, QObject *parent) : QObject(parent), m_wallet(wallet)
{
}

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin: {
        // Restarting a timer per event is cheap, but once a second is plenty.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_lastNoted > 1000) {
            m_lastNoted = now;
            m_wallet.noteActivity();
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dd::app
