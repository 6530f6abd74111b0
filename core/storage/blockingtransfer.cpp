#include "storage/blockingtransfer.h"

#include "storage/car.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

namespace dd::storage {

Status runTransfer(Transfer &transfer, const std::function<void()> &start, const std::atomic_bool *cancel)
{
    QEventLoop loop;
    Status result = success();
    QObject::connect(&transfer, &Transfer::finished, &loop, [&](bool ok, const QString &message) {
        if (!ok)
            result = Status::failure(message);
        loop.quit();
    });
    QTimer cancelWatch;
    if (cancel) {
        QObject::connect(&cancelWatch, &QTimer::timeout, &transfer, [&] {
            if (*cancel) {
                cancelWatch.stop();
                transfer.cancel(); // finished follows, with the transfer's own words
            }
        });
        cancelWatch.start(100);
    }
    QTimer::singleShot(0, &transfer, start);
    loop.exec();
    return result;
}

Result<Cid> writeCar(const QString &path, const QString &carPath, const ImportProfile &profile)
{
    // Written beside the target and renamed when complete: no half-written CAR is left.
    QSaveFile output(carPath);
    if (!output.open(QIODevice::WriteOnly))
        return Result<Cid>::failure(QStringLiteral("cannot write %1: %2").arg(output.fileName(), output.errorString()));
    CarWriter car(output);
    if (auto begun = car.begin(profile.cidVersion == 0 ? 34 : 36); !begun)
        return begun.error();
    auto imported
        = importPath(path, profile, [&car](const Cid &cid, const QByteArray &block) { return car.add(cid, block); });
    if (!imported)
        return imported.error();
    if (auto finished = car.finish(imported.value().root); !finished)
        return finished.error();
    if (!output.commit())
        return Result<Cid>::failure(QStringLiteral("cannot write %1: %2").arg(output.fileName(), output.errorString()));
    return imported.value().root;
}

Result<QString> storeFile(const QString &path, const QUrl &api, const std::atomic_bool *cancel)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Result<QString>::failure(QStringLiteral("There is no temporary folder for the CAR."));
    const QString carPath = scratch.filePath(QStringLiteral("upload.car"));
    if (auto written = writeCar(path, carPath, ImportProfile::unixfsV1_2025()); !written)
        return written.error();
    QNetworkAccessManager network;
    CarUpload::Options options;
    options.api = api;
    CarUpload upload(network, carPath, options);
    QString stored;
    QObject::connect(&upload, &CarUpload::finished, [&](bool ok, const QString &message) {
        if (ok)
            stored = message; // the root CID
    });
    if (auto uploaded = runTransfer(
            upload, [&upload] { upload.start(); }, cancel);
        !uploaded)
        return uploaded.error();
    return stored;
}

Status downloadContent(const BlockStore &store, const Cid &root, const QList<QUrl> &gateways, const QString &output,
    const DownloadProgress &progress, const std::atomic_bool *cancel)
{
    Status downloaded = Status::failure(QStringLiteral("The DAO profile names no gateway."));
    for (const QUrl &gateway : gateways) {
        FileDownload::Options options;
        options.gateway = gateway;
        FileDownload download(store, root, output, options);
        if (progress)
            QObject::connect(&download, &FileDownload::progress, progress);
        downloaded = runTransfer(
            download, [&download] { download.start(); }, cancel);
        if (downloaded || (cancel && *cancel))
            break;
    }
    return downloaded;
}

} // namespace dd::storage
