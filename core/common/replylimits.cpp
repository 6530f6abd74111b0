#include "common/replylimits.h"

#include <QNetworkReply>
#include <QTimer>

namespace dd {

namespace {
constexpr char kBroken[] = "dd.limitBroken";
} // namespace

void limitReply(QNetworkReply *reply, qint64 maxBytes, std::chrono::milliseconds deadline)
{
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64 total) {
        if ((received > maxBytes || total > maxBytes) && reply->property(kBroken).isNull()) {
            reply->setProperty(kBroken, QStringLiteral("answered with more than %1 MiB").arg(maxBytes >> 20));
            reply->abort();
        }
    });
    QTimer::singleShot(deadline, reply, [reply, deadline] {
        if (reply->isRunning() && reply->property(kBroken).isNull()) {
            reply->setProperty(kBroken,
                QStringLiteral("took more than %1 s to answer")
                    .arg(QString::number(deadline.count() / 1000.0, 'g', 3)));
            reply->abort();
        }
    });
}

QString replyLimitBroken(const QNetworkReply *reply)
{
    return reply->property(kBroken).toString();
}

} // namespace dd
