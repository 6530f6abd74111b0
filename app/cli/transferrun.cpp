#include "cli/transferrun.h"

#include <QEventLoop>
#include <QTimer>

namespace dd::cli {

Status runTransfer(storage::Transfer &transfer, const std::function<void()> &start)
{
    QEventLoop loop;
    Status result = success();
    QObject::connect(&transfer, &storage::Transfer::finished, &loop, [&](bool ok, const QString &message) {
        if (!ok)
            result = Status::failure(message);
        loop.quit();
    });
    QTimer::singleShot(0, &transfer, start);
    loop.exec();
    return result;
}

} // namespace dd::cli
