#include "cli/rpcsession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>

namespace dd::cli {

QSet<QString> rpcOptions()
{
    return {QStringLiteral("rpc-url"), QStringLiteral("r")};
}

QUrl rpcUrl(const CommandLine &cl)
{
    QString url = cl.value(QStringLiteral("rpc-url"), cl.value(QStringLiteral("r")));
    if (url.isEmpty())
        url = qEnvironmentVariable("ETH_RPC_URL", QStringLiteral("http://localhost:8545"));
    return QUrl::fromUserInput(url);
}

Result<QJsonValue> rpcCall(const CommandLine &cl, const QString &method, const QJsonArray &params)
{
    eth::RpcOptions options;
    options.maxAttempts = 2;
    eth::JsonRpcClient client({rpcUrl(cl)}, options);
    QFutureWatcher<Result<QJsonValue>> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Result<QJsonValue>>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(client.call(method, params));
    if (!watcher.isFinished())
        loop.exec();
    return watcher.result();
}

} // namespace dd::cli
