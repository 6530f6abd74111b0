#include "dao/publicationjob.h"

#include "dao/datasetpublisher.h"
#include "eth/chainsession.h"
#include "eth/units.h"
#include "quality/datapackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dd::dao {

namespace {

// The job's words, translated where the app loads a translation (the CLI stays English).
struct PublicationWords {
    Q_DECLARE_TR_FUNCTIONS(PublicationJob)
};

Status cancelled()
{
    return Status::failure(PublicationWords::tr("Cancelled."), ErrorCode::Cancelled);
}

// Both CARs onto the storage node, each after what an earlier run stored; the record follows
// every acknowledged segment, then says "registering" before anything is sent.
Status uploadBoth(PendingPublication &record, const QString &recordFile, const DaoProfile &profile,
    PublicationPorts &ports, const std::atomic_bool *cancel)
{
    if (profile.storageApi.isEmpty())
        return Status::failure(
            PublicationWords::tr("The open DAO names no storage node to upload to (its profile's storage.api)."),
            ErrorCode::InvalidInput);
    CarToUpload cars[2] = {{record.contentCar, PublicationWords::tr("%1 (data)").arg(record.title),
                               record.contentSegments, record.transferIds.value(0)},
        {record.metadataCar, PublicationWords::tr("%1 (metadata)").arg(record.title), record.metadataSegments,
            record.transferIds.value(1)}};
    auto keep = [&] {
        record.contentSegments = cars[0].segmentsAcknowledged;
        record.metadataSegments = cars[1].segmentsAcknowledged;
        record.transferIds = {cars[0].transferId, cars[1].transferId};
        return savePendingPublication(recordFile, record);
    };
    for (CarToUpload &car : cars) {
        if (!QFileInfo::exists(car.path))
            return Status::failure(
                PublicationWords::tr(
                    "The prepared file %1 is gone, so the upload cannot continue: drop the files again.")
                    .arg(car.path),
                ErrorCode::Io);
        if (cancel && *cancel)
            return cancelled();
        ports.host.progress(
            PublicationStep::Upload, -1, PublicationWords::tr("Uploading to %1").arg(profile.storageApi.host()));
        if (auto stored = ports.host.upload(
                car, profile.storageApi, [&] { (void)keep(); }, cancel);
            !stored)
            return stored;
    }
    record.stage = QStringLiteral("registering");
    if (auto saved = keep(); !saved)
        return saved;
    ports.host.progress(PublicationStep::Upload, 1, PublicationWords::tr("Stored and pinned"));
    return success();
}

struct PinRequests {
    QStringList ids;
    QStringList names;
};

// Asks the remote pinning service for both CIDs; it fetches them on its own time, and
// registration does not wait for that (waitForPins does, after it).
Result<PinRequests> askForPins(const PendingPublication &record, PublicationPorts &ports)
{
    PinRequests out;
    const QList<QPair<storage::Cid, QString>> pins {
        {record.content, PublicationWords::tr("%1 (data)").arg(record.title)},
        {record.metadata, PublicationWords::tr("%1 (metadata)").arg(record.title)}};
    for (const auto &[cid, name] : pins) {
        auto pin = ports.remotePins->add(
            {cid, name.left(255), ports.origins, {{QStringLiteral("app"), QStringLiteral("DataDAO Desktop")}}});
        if (!pin)
            return pin.error();
        out.ids.append(pin.value().requestId);
        out.names.append(name);
    }
    return out;
}

Status waitForPins(const PinRequests &requests, PublicationPorts &ports, const std::atomic_bool *cancel)
{
    for (qsizetype i = 0; i < requests.ids.size(); ++i) {
        const QString name = requests.names[i];
        auto settled = ports.remotePins->waitUntilSettled(
            requests.ids[i], 500, 10 * 60 * 1000,
            [&](const storage::RemotePin &pin) {
                ports.host.progress(
                    PublicationStep::Pin, (double(i) + 0.5) / 2, QStringLiteral("%1: %2").arg(name, pin.status));
            },
            cancel);
        if (!settled)
            return settled.error();
        if (settled.value().status == QLatin1String("failed"))
            return Status::failure(PublicationWords::tr("The service could not pin %1: %2")
                                       .arg(name,
                                           settled.value().info.value(QStringLiteral("status_details"),
                                               PublicationWords::tr("it gave no reason"))));
    }
    return success();
}

// Registration, unless an earlier run's landed: the registry is asked first.
Result<PublishedDataset> registerOnce(const PendingPublication &record, const QString &recordFile,
    const DaoProfile &profile, PublicationPorts &ports, const std::atomic_bool *cancel)
{
    PublishedDataset out;
    out.content = record.content;
    out.metadata = record.metadata;
    ports.host.progress(
        PublicationStep::Register, 0, PublicationWords::tr("Checking the registry and the stake allowance…"));
    eth::ChainSession chain(ports.chain, std::chrono::seconds(120));
    auto existing = registeredContent(chain, profile, record.content, record.account);
    if (!existing)
        return existing.error();
    if (existing.value().id != 0) {
        removePublication(recordFile, record); // trying again changes nothing either way
        if (!existing.value().byAccount)
            return Result<PublishedDataset>::failure(
                PublicationWords::tr("This content is registered already, as dataset #%1 by "
                                     "another member (the registry takes it once: "
                                     "DatasetAlreadyRegistered).")
                    .arg(existing.value().id),
                ErrorCode::InvalidInput);
        out.id = existing.value().id;
        out.registeredEarlier = true;
        ports.host.progress(PublicationStep::Register, 1,
            PublicationWords::tr("Dataset #%1 (registered already, by an earlier run)").arg(out.id));
        return out;
    }
    auto asks = registrationAsks(
        chain, profile, record.account, record.toPrepared(), record.price, record.stake, ports.tokenSymbol);
    if (!asks)
        return asks.error();
    auto receipts = sendInOrder(
        ports.requester, asks.value(),
        [&](int index, int count, const TransactionAsk &ask) {
            ports.host.progress(PublicationStep::Register, double(index) / double(count),
                PublicationWords::tr("Step %1 of %2: %3").arg(index + 1).arg(count).arg(ask.summary));
        },
        cancel);
    if (!receipts)
        return receipts.error(); // the record stays: continuing asks the registry first
    auto id = submittedDatasetId(profile, receipts.value().last());
    if (!id)
        return id.error();
    removePublication(recordFile, record);
    out.id = id.value();
    out.transactionHash = receipts.value().last().transactionHash;
    ports.host.progress(PublicationStep::Register, 1, PublicationWords::tr("Dataset #%1").arg(out.id));
    return out;
}

} // namespace

Result<PublishedDataset> publishDataset(const PublicationRequest &request, const QString &recordFile,
    const QString &carFolder, const DaoProfile &profile, PublicationPorts &ports, const std::atomic_bool *cancel)
{
    if (profile.datasetRegistry.isZero())
        return Result<PublishedDataset>::failure(
            PublicationWords::tr("The open DAO has no dataset registry."), ErrorCode::InvalidInput);
    if (const quint64 replaces = request.description.replaces; replaces > 0) {
        // Before hours of hashing and uploading: the registration would be refused anyway.
        eth::ChainSession chain(ports.chain, std::chrono::seconds(60));
        if (auto owned = checkReplacement(chain, profile, request.account, replaces); !owned)
            return owned.error();
    }
    ports.host.progress(
        PublicationStep::Prepare, 0, PublicationWords::tr("Inspecting, describing and hashing %1…").arg(request.path));
    auto prepared = prepareDataset(
        request.path, request.description, carFolder, storage::ImportProfile::unixfsV1_2025(),
        [&](qint64 done, qint64 total, const QString &what) {
            ports.host.progress(PublicationStep::Prepare, total > 0 ? double(done) / double(total) : -1, what);
        },
        cancel);
    if (!prepared)
        return prepared.error();
    PendingPublication record = PendingPublication::fromPrepared(
        prepared.value(), request.path, request.account, request.price, request.stake, profile);
    if (!QDir().mkpath(QFileInfo(recordFile).absolutePath()))
        return Result<PublishedDataset>::failure(
            PublicationWords::tr("%1 cannot be created.").arg(recordFile), ErrorCode::Io);
    if (auto saved = savePendingPublication(recordFile, record); !saved)
        return saved.error();
    ports.host.progress(PublicationStep::Prepare, 1,
        PublicationWords::tr("Content %1 · metadata %2").arg(record.content.toString(), record.metadata.toString()));
    return continuePublication(record, recordFile, profile, ports, cancel);
}

Result<PublishedDataset> continuePublication(PendingPublication record, const QString &recordFile,
    const DaoProfile &profile, PublicationPorts &ports, const std::atomic_bool *cancel)
{
    if (!record.belongsTo(profile))
        return Result<PublishedDataset>::failure(
            PublicationWords::tr("This publication belongs to another DAO (chain %1, registry "
                                 "%2): open that DAO to continue it, or start over.")
                .arg(record.chainId)
                .arg(record.registry.toChecksumString()),
            ErrorCode::InvalidInput);
    std::optional<PinRequests> pins;
    QString pinError;
    if (record.stage == QLatin1String("uploading")) {
        if (auto uploaded = uploadBoth(record, recordFile, profile, ports, cancel); !uploaded)
            return uploaded.error();
        // Pins are asked for once, right after the upload this run made.
        if (ports.remotePins) {
            ports.host.progress(
                PublicationStep::Pin, 0, PublicationWords::tr("Asking the pinning service to pin both CIDs…"));
            auto asked = askForPins(record, ports);
            if (asked)
                pins = asked.value();
            else
                pinError = asked.message();
        }
    }
    if (cancel && *cancel)
        return cancelled().error();
    auto registered = registerOnce(record, recordFile, profile, ports, cancel);
    if (!registered)
        return registered;
    PublishedDataset out = registered.value();
    ports.host.registered(out);
    if (pins) {
        const Status pinned = waitForPins(*pins, ports, cancel);
        out.remotePinningFailed = !pinned;
        out.remotePinning = pinned ? PublicationWords::tr("Pinned (data and metadata)") : pinned.message();
    } else if (!pinError.isEmpty()) {
        out.remotePinningFailed = true;
        out.remotePinning = pinError;
    }
    return out;
}

Result<PublicationRequest> publicationRequest(const PublicationForm &form)
{
    auto price = eth::parseUnits(form.price.trimmed().isEmpty() ? QStringLiteral("0") : form.price.trimmed(), 18);
    if (!price)
        return Result<PublicationRequest>::failure(
            QStringLiteral("Access price: %1").arg(price.message()), ErrorCode::InvalidInput);
    auto stake = eth::parseUnits(form.stake.trimmed(), 18);
    if (!stake)
        return Result<PublicationRequest>::failure(
            QStringLiteral("Stake: %1").arg(stake.message()), ErrorCode::InvalidInput);
    PublicationRequest request {form.path, {}, form.account, price.value(), stake.value()};
    quality::DatasetDescription &d = request.description;
    d.title = form.title.trimmed();
    d.description = form.description.trimmed();
    d.licenseId = form.licenseId;
    for (const QString &keyword : form.keywords.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!keyword.trimmed().isEmpty())
            d.keywords.append(keyword.trimmed());
    d.contributors = {{QStringLiteral("Contributor"), QStringLiteral("ethereum:") + form.account.toChecksumString(),
        {QStringLiteral("creator")}}};
    if (const QString replaces = form.replaces.trimmed(); !replaces.isEmpty()) {
        bool ok = false;
        const quint64 id = (replaces.startsWith(u'#') ? replaces.mid(1) : replaces).toULongLong(&ok);
        if (!ok || id == 0 || id > 0xffffffffULL)
            return Result<PublicationRequest>::failure(
                PublicationWords::tr("Replaces: give the number of your dataset this one corrects, as the catalog "
                                     "shows it (#5: 5)."),
                ErrorCode::InvalidInput);
        d.replaces = id;
    }
    if (auto valid = quality::validateDescription(d); !valid)
        return valid.error();
    return request;
}

void removePublication(const QString &recordFile, const PendingPublication &record)
{
    (void)removePendingPublication(recordFile); // absent or removed: either way it is gone
    const QString folder = QFileInfo(record.contentCar).absolutePath();
    for (const QString &name :
        {record.contentCar, record.metadataCar, QDir(folder).filePath(QStringLiteral("datapackage.json"))})
        QFile::remove(name);
    // Only when empty: it may be a folder the member named, holding the record too (the CLI's),
    // or one of its own inside the work folder (the window's).
    QDir().rmdir(folder);
}

void discardPublication(const QString &recordFile, const QString &workDirectory)
{
    auto record = loadPendingPublication(recordFile);
    const QString root = QFileInfo(workDirectory).absoluteFilePath() + QLatin1Char('/');
    if (record && record.value()) {
        const QString cars = QFileInfo(record.value()->contentCar).absolutePath();
        if (cars.startsWith(root) && !cars.mid(root.size()).contains(QLatin1String(".."))) {
            removePublication(recordFile, *record.value());
            return;
        }
    }
    (void)removePendingPublication(recordFile); // absent or removed: either way it is gone
}

} // namespace dd::dao
