#include "sync/metadatafetcher.h"

#include "cache/catalogwriter.h"
#include "common/logging.h"
#include "storage/dagwalk.h"
#include "storage/transfers.h"

#include <QEventLoop>

namespace dd::sync {

Result<MetadataReport> MetadataFetcher::fetchPending(const std::atomic_bool *cancel, int stallTimeoutMs)
{
    cache::CatalogWriter writer(m_database);
    auto pending = writer.pendingMetadata(maxAttempts);
    if (!pending)
        return pending.error();
    MetadataReport report;
    if (pending.value().isEmpty())
        return report;
    if (m_gateways.isEmpty())
        return Result<MetadataReport>::failure(
            QStringLiteral("The DAO profile names no storage gateway to read dataset metadata from."),
            ErrorCode::InvalidInput);
    for (const cache::PendingMetadata &item : pending.value()) {
        if (cancel && cancel->load())
            break;
        auto cid = storage::Cid::parse(item.metadataCid);
        if (!cid) {
            (void)writer.setMetadataFailed(
                item.id, item.metadataCid, QStringLiteral("The registry entry's metadata CID is not a CID."), true);
            ++report.failed;
            continue;
        }
        QString lastError;
        bool got = false;
        for (const QUrl &gateway : std::as_const(m_gateways)) {
            storage::CarDownload::Options options;
            options.gateway = gateway;
            options.attempts = 2;
            options.stallTimeoutMs = stallTimeoutMs;
            storage::CarDownload download(m_store, cid.value(), options);
            QEventLoop loop;
            QObject::connect(&download, &storage::CarDownload::finished, &loop, [&](bool ok, const QString &message) {
                got = ok;
                lastError = message;
                loop.quit();
            });
            download.start();
            loop.exec();
            if (got)
                break;
        }
        if (!got) {
            qCInfo(lcStorage).noquote() << "metadata of dataset" << item.id << "not fetched:" << lastError;
            if (auto stored = writer.setMetadataFailed(item.id, item.metadataCid, lastError, false); !stored)
                return stored.error();
            ++report.failed;
            continue;
        }
        auto bytes = storage::readUnixFsFile(m_store, cid.value(), maxBytes);
        Status stored = bytes ? writer.setMetadata(item.id, item.metadataCid, bytes.value())
                              : writer.setMetadataFailed(item.id, item.metadataCid, bytes.message(), true);
        if (!stored)
            return stored.error();
        bytes ? ++report.fetched : ++report.failed;
    }
    return report;
}

} // namespace dd::sync
