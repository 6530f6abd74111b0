#include "dao/datasetpublisher.h"

#include "common/hex.h"
#include "dao/daodeployer.h"
#include "dao/tokencalls.h"
#include "eth/units.h"
#include "storage/car.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace dd::dao {

namespace {

// Imports path into a CAR at carPath (written whole or not at all); the root CID.
Result<storage::ImportedFile> writeCar(
    const QString &path, const QString &carPath, const storage::ImportProfile &profile, const std::atomic_bool *cancel)
{
    QSaveFile output(carPath);
    if (!output.open(QIODevice::WriteOnly))
        return Result<storage::ImportedFile>::failure(
            QStringLiteral("%1 cannot be written: %2").arg(carPath, output.errorString()), ErrorCode::Io);
    storage::CarWriter car(output);
    if (auto begun = car.begin(profile.cidVersion == 0 ? 34 : 36); !begun)
        return begun.error();
    auto imported = storage::importPath(
        path, profile, [&car](const storage::Cid &cid, const QByteArray &block) { return car.add(cid, block); },
        cancel);
    if (!imported)
        return imported.error();
    if (auto finished = car.finish(imported.value().root); !finished)
        return finished.error();
    if (!output.commit())
        return Result<storage::ImportedFile>::failure(
            QStringLiteral("%1 cannot be written: %2").arg(carPath, output.errorString()), ErrorCode::Io);
    return imported;
}

} // namespace

Result<PreparedDataset> prepareDataset(const QString &path, const quality::DatasetDescription &description,
    const QString &workDirectory, const storage::ImportProfile &profile, const PrepareProgress &progress,
    const std::atomic_bool *cancel)
{
    using R = Result<PreparedDataset>;
    if (auto valid = quality::validateDescription(description); !valid)
        return valid.error();
    PreparedDataset out;
    out.description = description;
    auto inspection = quality::inspectPath(
        path,
        [&](qint64 done, qint64 total, const QString &file) {
            if (progress)
                progress(done, total, QStringLiteral("Inspecting %1").arg(file));
        },
        cancel);
    if (!inspection)
        return inspection.error();
    if (inspection.value().hasErrors()) {
        QStringList errors;
        for (const quality::Finding &f : inspection.value().findings)
            if (f.severity == quality::Severity::Error)
                errors.append(f.message);
        for (const quality::FileInspection &file : inspection.value().files)
            for (const quality::Finding &f : file.findings)
                if (f.severity == quality::Severity::Error)
                    errors.append(QStringLiteral("%1: %2").arg(file.path, f.message));
        return R::failure(
            QStringLiteral("The inspection found what must be fixed first: %1").arg(errors.join(QStringLiteral("; "))),
            ErrorCode::InvalidInput);
    }
    out.inspection = std::move(inspection).value();
    out.size = quint64(out.inspection.totalBytes);
    if (!QDir().mkpath(workDirectory))
        return R::failure(QStringLiteral("The work folder %1 cannot be created.").arg(workDirectory), ErrorCode::Io);
    const QDir work(workDirectory);
    if (progress)
        progress(0, qint64(out.size), QStringLiteral("Hashing and writing the CAR"));
    out.contentCar = work.filePath(QStringLiteral("content.car"));
    auto content = writeCar(path, out.contentCar, profile, cancel);
    if (!content)
        return content.error();
    out.content = content.value().root;
    out.dataPackage = quality::dataPackage(description, out.inspection, out.content.toString());
    const QString metadataPath = work.filePath(QStringLiteral("datapackage.json"));
    QSaveFile metadataFile(metadataPath);
    const QByteArray json = QJsonDocument(out.dataPackage).toJson(QJsonDocument::Indented);
    if (!metadataFile.open(QIODevice::WriteOnly) || metadataFile.write(json) != json.size() || !metadataFile.commit())
        return R::failure(QStringLiteral("%1 cannot be written.").arg(metadataPath), ErrorCode::Io);
    out.metadataCar = work.filePath(QStringLiteral("datapackage.car"));
    auto metadata = writeCar(metadataPath, out.metadataCar, profile, cancel);
    if (!metadata)
        return metadata.error();
    out.metadata = metadata.value().root;
    if (progress)
        progress(qint64(out.size), qint64(out.size), QStringLiteral("Ready to upload"));
    return out;
}

Status checkReplacement(
    eth::ChainSession &chain, const DaoProfile &profile, const crypto::Address &contributor, quint64 replaces)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const eth::ContractAbi &registry = abis.value().registry;
    auto data = registry.encodeCall(QStringLiteral("dataset"), {eth::AbiValue::number(eth::UInt256(replaces))});
    if (!data)
        return data.error();
    auto answer = chain.ethCall({}, eth::TxRequest {profile.datasetRegistry, {}, data.value(), &registry});
    if (!answer) {
        if (answer.error().code == ErrorCode::Rpc) // a revert: DatasetNotFound
            return Status::failure(QCoreApplication::translate("DatasetPublisher",
                                       "Dataset #%1, which this one would replace, is not in the registry.")
                                       .arg(replaces),
                ErrorCode::InvalidInput);
        return answer.error();
    }
    auto decoded = registry.decodeResult(QStringLiteral("dataset"), answer.value());
    if (!decoded)
        return decoded.error();
    // One tuple: (contributor, size, submittedAt, status, accessPrice, stake, contentCid, ...).
    const bool known = decoded.value().size() == 1 && !decoded.value()[0].asList().empty();
    const auto owner = crypto::Address::fromBytes(known ? decoded.value()[0].asList()[0].asBytes() : QByteArray());
    if (!owner)
        return Status::failure(
            QStringLiteral("The registry's dataset has another shape than this app knows."), ErrorCode::Network);
    if (owner.value() != contributor)
        return Status::failure(QCoreApplication::translate("DatasetPublisher",
                                   "Only its contributor can publish a corrected version of dataset #%1 (%2 "
                                   "contributed it; you publish as %3).")
                                   .arg(replaces)
                                   .arg(owner.value().toChecksumString(), contributor.toChecksumString()),
            ErrorCode::InvalidInput);
    return success();
}

Result<QList<TransactionAsk>> registrationAsks(eth::ChainSession &chain, const DaoProfile &profile,
    const crypto::Address &contributor, const PreparedDataset &dataset, const eth::UInt256 &accessPrice,
    const eth::UInt256 &stake, const QString &tokenSymbol)
{
    using R = Result<QList<TransactionAsk>>;
    if (profile.datasetRegistry.isZero())
        return R::failure(QStringLiteral("This DAO has no dataset registry."), ErrorCode::InvalidInput);
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    const QString stakeText = QStringLiteral("%1 %2").arg(eth::formatUnits(stake, 18), tokenSymbol).trimmed();
    const quint64 replaces = dataset.description.replaces;
    if (replaces > 0)
        if (auto owned = checkReplacement(chain, profile, contributor, replaces); !owned)
            return owned.error();
    QList<TransactionAsk> asks;
    if (!stake.isZero()) {
        auto allowance = tokenAllowance(chain, profile, contributor, profile.datasetRegistry);
        if (!allowance)
            return allowance.error();
        if (allowance.value() < stake) {
            auto approve = approveAsk(profile, contributor, profile.datasetRegistry, stake,
                QCoreApplication::translate("DatasetPublisher", "Allow the dataset registry to take the %1 stake")
                    .arg(stakeText),
                tokenSymbol);
            if (!approve)
                return approve.error();
            asks.append(approve.value());
        }
    }
    const eth::ContractAbi &registry = abis.value().registry;
    auto submit = registry.encodeCall(QStringLiteral("submit"),
        {eth::AbiValue::bytes(dataset.content.bytes()), eth::AbiValue::bytes(dataset.metadata.bytes()),
            eth::AbiValue::number(eth::UInt256(dataset.size)), eth::AbiValue::text(dataset.description.licenseId),
            eth::AbiValue::number(accessPrice), eth::AbiValue::number(stake)});
    if (!submit)
        return submit.error();
    asks.append({contributor, eth::TxRequest {profile.datasetRegistry, {}, submit.value(), &registry},
        replaces > 0 ? QCoreApplication::translate(
            "DatasetPublisher", "Register \"%1\", the corrected version of dataset #%2, with a stake of %3")
                           .arg(dataset.description.title)
                           .arg(replaces)
                           .arg(stakeText)
                     : QCoreApplication::translate("DatasetPublisher", "Register \"%1\" with a stake of %2")
                           .arg(dataset.description.title, stakeText),
        registry.name(), {}, {}});
    return asks;
}

Result<quint64> submittedDatasetId(const DaoProfile &profile, const eth::Receipt &receipt)
{
    const auto &abis = DaoAbis::load();
    if (!abis)
        return abis.error();
    for (const QJsonValue &log : receipt.logs) {
        const QJsonObject o = log.toObject();
        if (o.value(u"address").toString().compare(profile.datasetRegistry.toChecksumString(), Qt::CaseInsensitive)
            != 0)
            continue;
        QList<QByteArray> topics;
        for (const QJsonValue &topic : o.value(u"topics").toArray())
            topics.append(fromHex(topic.toString()).value_or(QByteArray()));
        auto decoded
            = abis.value().registry.decodeLog(topics, fromHex(o.value(u"data").toString()).value_or(QByteArray()));
        if (decoded && decoded.value().event->name == QLatin1String("DatasetSubmitted"))
            return decoded.value().values[0].asNumber().low64();
    }
    return Result<quint64>::failure(QStringLiteral("The receipt announces no new dataset."), ErrorCode::Rpc);
}

} // namespace dd::dao
