#include "contribute/contributecontroller.h"

#include "appcontext.h"
#include "network/chaincontroller.h"
#include "common/futurewatch.h"
#include "network/chainsync.h"
#include "settings/pinningcontroller.h"
#include "transactions/transactioncontroller.h"
#include "transfers/transferqueue.h"

#include "common/logging.h"

#include "eth/units.h"
#include "quality/inspection.h"
#include "storage/origins.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QQmlEngine>
#include <QtConcurrent>

namespace dd::app {

namespace {

// A step of the progress view, not begun yet.
QVariantMap pendingStep(const QString &key, const QString &label)
{
    return QVariantMap {{QStringLiteral("key"), key}, {QStringLiteral("label"), label},
        {QStringLiteral("state"), QStringLiteral("pending")}, {QStringLiteral("detail"), QString()},
        {QStringLiteral("fraction"), 0.0}};
}

// A transfer queue item that will still go on by itself (queued, running or paused).
bool unfinished(const QString &state)
{
    return state == QLatin1String("queued") || state == QLatin1String("running") || state == QLatin1String("paused");
}

// What registration will do: nothing when the content is registered already, else these calls.
struct RegistrationPlan {
    dao::RegisteredContent existing;
    QList<dao::RegistrationCall> calls;
};

} // namespace

ContributeController::ContributeController(ChainController &chain, TransactionController &transactions,
    TransferQueue &transfers, ChainSync &sync, PinningController &pinning, QString workDirectory, QObject *parent)
    : QObject(parent),
      m_chain(chain),
      m_transactions(transactions),
      m_transfers(transfers),
      m_sync(sync),
      m_pinning(pinning),
      m_workDirectory(std::move(workDirectory))
{
    m_recording.setMaxThreadCount(1);
    connect(&m_transfers, &TransferQueue::itemFinished, this, &ContributeController::onTransferFinished);
    connect(&m_transfers, &TransferQueue::itemsChanged, this, &ContributeController::onTransfersChanged);
    clear();
    restorePending();
}

ContributeController::~ContributeController()
{
    if (m_cancel)
        *m_cancel = true;
    m_recording.waitForDone(); // the record is whole on disk when the app ends
}

ContributeController *ContributeController::create(QQmlEngine *, QJSEngine *)
{
    ContributeController *controller = AppContext::instance()->contributeController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

QString ContributeController::suggestedTitle() const
{
    QString name = QFileInfo(m_path).completeBaseName();
    name.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return name.isEmpty() ? name : name.left(1).toUpper() + name.mid(1);
}

QVariantList ContributeController::licenses() const
{
    QVariantList out;
    for (const quality::License &license : quality::commonLicenses())
        out.append(QVariantMap {{QStringLiteral("id"), license.id},
            {QStringLiteral("title"), QStringLiteral("%1 (%2)").arg(license.title, license.id)}});
    return out;
}

void ContributeController::acceptDrop(const QUrl &url)
{
    auto sorted = QtConcurrent::run([path = url.toLocalFile()] {
        QFile file(path);
        if (QFileInfo(file).isDir() || file.size() > 64 * 1024 || !file.open(QIODevice::ReadOnly))
            return false;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        return json.value(u"crypto").isObject() || json.value(u"Crypto").isObject();
    });
    onFinished(this, sorted, [this, url](bool keystore) {
        if (keystore) {
            emit keystoreDropped(url);
            return;
        }
        emit contributionDropped();
        inspect(url);
    });
}

void ContributeController::setStage(const QString &stage, const QString &error)
{
    m_stage = stage;
    m_error = error;
    emit changed();
}

void ContributeController::setStep(const QString &key, const QString &state, const QString &detail, double fraction)
{
    for (QVariant &step : m_steps) {
        QVariantMap map = step.toMap();
        if (map.value(QStringLiteral("key")).toString() != key)
            continue;
        map.insert(QStringLiteral("state"), state);
        if (!detail.isNull())
            map.insert(QStringLiteral("detail"), detail);
        if (fraction >= 0)
            map.insert(QStringLiteral("fraction"), fraction);
        step = map;
    }
    emit changed();
}

void ContributeController::setProgress(double fraction, const QString &text)
{
    m_progress = fraction;
    m_progressText = text;
    emit progressChanged();
}

void ContributeController::reset()
{
    discardPending();
    clear();
}

QString ContributeController::pendingFile() const
{
    return QDir(m_workDirectory).filePath(QStringLiteral("pending.json"));
}

QFuture<bool> ContributeController::savePending()
{
    if (!m_pending)
        return QtFuture::makeReadyFuture(true);
    // On the record's own thread, in order: its fsync can take long on a busy disk.
    return QtConcurrent::run(&m_recording, [work = m_workDirectory, file = pendingFile(), record = *m_pending] {
        QDir().mkpath(work);
        const Status saved = dao::savePendingPublication(file, record);
        if (!saved)
            qCWarning(lcStorage).noquote() << "the publication in progress cannot be recorded:" << saved.message();
        return bool(saved);
    });
}

void ContributeController::discardPending()
{
    QString folder;
    if (m_pending) {
        for (const QString &id : std::as_const(m_pending->transferIds)) {
            if (unfinished(m_transfers.item(id).value(QStringLiteral("state")).toString()))
                m_transfers.cancel(id);
        }
        // Its CARs go too: they were written for this publication alone, in a folder of its own
        // inside the work folder (a record that names another place is not followed there).
        const QString carFolder = QFileInfo(m_pending->contentCar).absolutePath();
        const QString work = QFileInfo(m_workDirectory).absoluteFilePath() + QLatin1Char('/');
        if (carFolder.startsWith(work) && !carFolder.mid(work.size()).contains(QLatin1String("..")))
            folder = carFolder;
    }
    m_pending.reset();
    // After any save still queued; removing a GiB of CARs takes a while.
    m_recording.start([folder, file = pendingFile()] {
        if (!folder.isEmpty())
            QDir(folder).removeRecursively();
        (void)dao::removePendingPublication(file); // absent or removed: either way it is gone
    });
}

// A publication a restart interrupted: shown as such, with what is done and what is left. The
// record is read on the recording thread (the window opens without waiting on the disk), and
// shown only if the member has not started something else meanwhile.
void ContributeController::restorePending()
{
    auto loaded = QtConcurrent::run(&m_recording, [file = pendingFile()] {
        auto pending = dao::loadPendingPublication(file);
        if (!pending) {
            qCWarning(lcStorage).noquote() << pending.message();
            (void)dao::removePendingPublication(file);
        }
        return pending;
    });
    onFinished(
        this, loaded, [this, generation = m_generation](const Result<std::optional<dao::PendingPublication>> &pending) {
            if (generation == m_generation && pending && pending.value())
                showInterrupted(*pending.value());
        });
}

void ContributeController::showInterrupted(const dao::PendingPublication &pending)
{
    m_pending = pending;
    m_path = m_pending->path;
    m_result = {{QStringLiteral("contentCid"), m_pending->content.toString()},
        {QStringLiteral("metadataCid"), m_pending->metadata.toString()}, {QStringLiteral("title"), m_pending->title}};
    setStep(QStringLiteral("hash"), QStringLiteral("done"),
        tr("Content %1 · metadata %2").arg(m_pending->content.toString(), m_pending->metadata.toString()), 1);
    if (m_pending->stage == QLatin1String("registering"))
        setStep(QStringLiteral("upload"), QStringLiteral("done"), tr("Stored and pinned"), 1);
    else
        setStep(
            QStringLiteral("upload"), QStringLiteral("pending"), tr("Stopped by the restart; continues when you do"));
    setStep(QStringLiteral("register"), QStringLiteral("pending"), tr("Not registered yet"));
    setStage(QStringLiteral("interrupted"));
}

void ContributeController::resumePublishing()
{
    if (m_stage != QLatin1String("interrupted") || !m_pending)
        return;
    const auto &profile = m_chain.profile();
    if (!profile || !m_pending->belongsTo(*profile)) {
        setStage(QStringLiteral("failed"),
            tr("This publication belongs to another DAO (chain %1, registry %2): open that DAO to continue it, or "
               "start over.")
                .arg(m_pending->chainId)
                .arg(m_pending->registry.toChecksumString()));
        return;
    }
    ++m_generation;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_prepared = m_pending->toPrepared();
    m_account = m_pending->account.toChecksumString();
    m_price = m_pending->price;
    m_stake = m_pending->stake;
    setStage(QStringLiteral("publishing"));
    if (m_pending->stage == QLatin1String("registering")) {
        startRegistration();
        return;
    }
    // Each CAR's upload: still in the queue (it went on by itself), finished, or to start again
    // where the node stopped acknowledging (a failed or removed item).
    const QUrl api = profile->storageApi;
    const QStringList cars {m_pending->contentCar, m_pending->metadataCar};
    const QStringList labels {tr("%1 (data)").arg(m_pending->title), tr("%1 (metadata)").arg(m_pending->title)};
    QStringList ids;
    m_uploads.clear();
    for (int i = 0; i < 2; ++i) {
        const QString id = m_pending->transferIds.value(i);
        const QString state = m_transfers.item(id).value(QStringLiteral("state")).toString();
        if (state == QLatin1String("done")) {
            ids.append(id);
            continue;
        }
        if (unfinished(state)) {
            if (state == QLatin1String("paused"))
                m_transfers.resume(id);
            ids.append(id);
            m_uploads.append(id);
            continue;
        }
        if (!QFileInfo::exists(cars[i])) {
            discardPending();
            setStage(QStringLiteral("failed"),
                tr("The prepared file %1 is gone, so the upload cannot continue: drop the files again.").arg(cars[i]));
            return;
        }
        const QString added = m_transfers.addUpload(labels[i], cars[i], api);
        ids.append(added);
        m_uploads.append(added);
    }
    m_pending->transferIds = ids;
    savePending();
    if (m_uploads.isEmpty())
        return onUploadsDone();
    setStep(QStringLiteral("upload"), QStringLiteral("active"), tr("Uploading to %1").arg(api.host()), 0);
    onTransfersChanged();
}

void ContributeController::clear()
{
    if (m_cancel)
        *m_cancel = true;
    ++m_generation;
    m_path.clear();
    m_report.clear();
    m_result.clear();
    m_prepared.reset();
    m_uploads.clear();
    m_sequence.reset();
    m_steps = {pendingStep(QStringLiteral("hash"), tr("Hash and write the CAR")),
        pendingStep(QStringLiteral("upload"), tr("Upload to storage")),
        pendingStep(QStringLiteral("register"), tr("Register on chain"))};
    setProgress(0, QString());
    setStage(QStringLiteral("idle"));
}

void ContributeController::inspect(const QUrl &url)
{
    reset();
    m_path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    if (!QFileInfo::exists(m_path)) {
        setStage(QStringLiteral("failed"), tr("%1 does not exist (was it moved or deleted?).").arg(m_path));
        return;
    }
    setStage(QStringLiteral("inspecting"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = m_generation;
    QPointer<ContributeController> self(this);
    auto future = QtConcurrent::run([path = m_path, cancel = m_cancel, self, generation] {
        return quality::inspectPath(
            path,
            [self, generation](qint64 done, qint64 total, const QString &file) {
                QMetaObject::invokeMethod(self, [self, generation, done, total, file] {
                    if (self && generation == self->m_generation)
                        self->setProgress(total > 0 ? double(done) / double(total) : 0, tr("Inspecting %1").arg(file));
                });
            },
            cancel.get());
    });
    onFinished(this, future, [this, generation](const Result<quality::Inspection> &inspection) {
        if (generation != m_generation)
            return;
        if (!inspection) {
            setStage(inspection.code() == ErrorCode::Cancelled ? QStringLiteral("idle") : QStringLiteral("failed"),
                inspection.code() == ErrorCode::Cancelled ? QString() : inspection.message());
            return;
        }
        m_report = quality::inspectionToJson(inspection.value()).toVariantMap();
        m_report.insert(QStringLiteral("hasErrors"), inspection.value().hasErrors());
        setProgress(1, QString());
        setStage(QStringLiteral("review"));
    });
}

QString ContributeController::publish(const QString &account, const QString &title, const QString &description,
    const QString &license, const QString &keywords, const QString &price, const QString &stake)
{
    if (m_stage != QLatin1String("review"))
        return tr("Drop a file or folder first.");
    if (m_report.value(QStringLiteral("hasErrors")).toBool())
        return tr("The inspection found errors: fix the files and drop them again.");
    const auto &profile = m_chain.profile();
    if (!profile || profile->datasetRegistry.isZero())
        return tr("The open DAO has no dataset registry.");
    if (profile->storageApi.isEmpty())
        return tr("The open DAO names no storage node to upload to (its profile's storage.api).");
    if (!crypto::Address::parse(account))
        return tr("Choose the account that contributes and stakes.");
    auto parsedPrice = eth::parseUnits(price.trimmed().isEmpty() ? QStringLiteral("0") : price.trimmed(), 18);
    if (!parsedPrice)
        return tr("Access price: %1").arg(parsedPrice.message());
    auto parsedStake = eth::parseUnits(stake.trimmed(), 18);
    if (!parsedStake)
        return tr("Stake: %1").arg(parsedStake.message());
    quality::DatasetDescription d;
    d.title = title.trimmed();
    d.description = description.trimmed();
    d.licenseId = license;
    for (const QString &keyword : keywords.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!keyword.trimmed().isEmpty())
            d.keywords.append(keyword.trimmed());
    d.contributors = {{tr("Contributor"), QStringLiteral("ethereum:") + account, {QStringLiteral("creator")}}};
    if (auto valid = quality::validateDescription(d); !valid)
        return valid.message();
    m_account = account;
    m_price = parsedPrice.value();
    m_stake = parsedStake.value();
    setStage(QStringLiteral("publishing"));
    setStep(QStringLiteral("hash"), QStringLiteral("active"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = m_generation;
    const QString work = QDir(m_workDirectory).filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
    QPointer<ContributeController> self(this);
    auto future = QtConcurrent::run([path = m_path, d, work, cancel = m_cancel, self, generation] {
        return dao::prepareDataset(
            path, d, work, storage::ImportProfile::unixfsV1_2025(),
            [self, generation](qint64 done, qint64 total, const QString &what) {
                QMetaObject::invokeMethod(self, [self, generation, done, total, what] {
                    if (self && generation == self->m_generation)
                        self->setStep(QStringLiteral("hash"), QStringLiteral("active"), what,
                            total > 0 ? double(done) / double(total) : 0);
                });
            },
            cancel.get());
    });
    onFinished(this, future, [this, generation](const Result<dao::PreparedDataset> &prepared) {
        if (generation != m_generation)
            return;
        if (!prepared) {
            setStep(QStringLiteral("hash"), QStringLiteral("failed"), prepared.message());
            setStage(QStringLiteral("failed"), prepared.message());
            return;
        }
        const auto &profile = m_chain.profile();
        if (!profile) {
            const QString message = tr("The DAO was closed while the files were hashed; open it and publish again.");
            setStep(QStringLiteral("hash"), QStringLiteral("failed"), message);
            setStage(QStringLiteral("failed"), message);
            return;
        }
        m_prepared = prepared.value();
        m_pending = dao::PendingPublication::fromPrepared(
            *m_prepared, m_path, crypto::Address::parse(m_account).value(), m_price, m_stake, *profile);
        m_result = {{QStringLiteral("contentCid"), m_prepared->content.toString()},
            {QStringLiteral("metadataCid"), m_prepared->metadata.toString()}};
        setStep(QStringLiteral("hash"), QStringLiteral("done"),
            tr("Content %1 · metadata %2").arg(m_prepared->content.toString(), m_prepared->metadata.toString()), 1);
        startUploads();
    });
    return {};
}

void ContributeController::startUploads()
{
    const QUrl api = m_chain.profile()->storageApi;
    const QString title = m_prepared->description.title;
    setStep(QStringLiteral("upload"), QStringLiteral("active"), tr("Uploading to %1").arg(api.host()), 0);
    m_uploads = {m_transfers.addUpload(tr("%1 (data)").arg(title), m_prepared->contentCar, api),
        m_transfers.addUpload(tr("%1 (metadata)").arg(title), m_prepared->metadataCar, api)};
    if (m_pending) {
        m_pending->transferIds = m_uploads;
        savePending();
    }
}

void ContributeController::onTransfersChanged()
{
    if (m_uploads.isEmpty())
        return;
    double done = 0;
    double total = 0;
    for (const QString &id : std::as_const(m_uploads)) {
        const QVariantMap item = m_transfers.item(id);
        done += item.value(QStringLiteral("done")).toDouble();
        total += item.value(QStringLiteral("total")).toDouble();
    }
    if (total > 0)
        setStep(QStringLiteral("upload"), QStringLiteral("active"), QString(), done / total);
}

void ContributeController::onTransferFinished(const QString &id, bool ok, const QString &message)
{
    if (!m_uploads.contains(id))
        return;
    if (!ok) {
        m_uploads.clear();
        setStep(QStringLiteral("upload"), QStringLiteral("failed"), message);
        setStage(QStringLiteral("failed"), message);
        return;
    }
    m_uploads.removeAll(id);
    if (!m_uploads.isEmpty())
        return;
    onUploadsDone();
}

// Both CARs are stored: recorded as such, then the remote pins and registration begin.
void ContributeController::onUploadsDone()
{
    setStep(QStringLiteral("upload"), QStringLiteral("done"), tr("Stored and pinned"), 1);
    // The record says "registering" on disk before anything is sent: after a crash from here
    // on, continuing checks the registry first and never registers twice.
    if (m_pending)
        m_pending->stage = QStringLiteral("registering");
    const int generation = m_generation;
    onFinished(this, savePending(), [this, generation](bool) {
        if (generation != m_generation)
            return; // cancelled meanwhile
        startRemotePins();
        startRegistration();
    });
}

void ContributeController::startRemotePins()
{
    if (!m_pinning.configured() || !m_prepared)
        return;
    const QString host = QUrl(m_pinning.endpoint()).host();
    const bool hasStep = std::any_of(m_steps.cbegin(), m_steps.cend(),
        [](const QVariant &step) { return step.toMap().value(QStringLiteral("key")) == QLatin1String("pin"); });
    if (!hasStep) {
        m_steps.append(pendingStep(QStringLiteral("pin"), tr("Pin with %1").arg(host)));
        emit changed();
    }
    auto client = m_pinning.client();
    if (!client) {
        setStep(QStringLiteral("pin"), QStringLiteral("failed"), client.message());
        return;
    }
    setStep(QStringLiteral("pin"), QStringLiteral("active"), tr("Asking %1 to pin both CIDs…").arg(host), 0);
    const int generation = m_generation;
    QPointer<ContributeController> self(this);
    const QList<QPair<storage::Cid, QString>> pins {
        {m_prepared->content, tr("%1 (data)").arg(m_prepared->description.title)},
        {m_prepared->metadata, tr("%1 (metadata)").arg(m_prepared->description.title)}};
    // Where the service can fetch the blocks: the DAO's gateways it can reach (none on a devnet).
    const QStringList origins
        = m_chain.profile() ? storage::originsForGateways(m_chain.profile()->gateways) : QStringList();
    auto future = QtConcurrent::run(
        [client = client.value(), pins, origins, cancel = m_cancel, self, generation]() -> Status {
            QStringList requests;
            for (const auto &[cid, name] : pins) {
                auto pin = client.add(
                    {cid, name.left(255), origins, {{QStringLiteral("app"), QStringLiteral("DataDAO Desktop")}}});
                if (!pin)
                    return pin.error();
                requests.append(pin.value().requestId);
            }
            for (qsizetype i = 0; i < requests.size(); ++i) {
                auto settled = client.waitUntilSettled(
                    requests[i], 500, 10 * 60 * 1000,
                    [self, generation, i, name = pins[i].second](const storage::RemotePin &pin) {
                        QMetaObject::invokeMethod(self, [self, generation, i, name, status = pin.status] {
                            if (self && generation == self->m_generation)
                                self->setStep(QStringLiteral("pin"), QStringLiteral("active"),
                                    tr("%1: %2").arg(name, status), (double(i) + 0.5) / 2);
                        });
                    },
                    cancel.get());
                if (!settled)
                    return settled.error();
                if (settled.value().status == QLatin1String("failed"))
                    return Status::failure(
                        tr("The service could not pin %1: %2")
                            .arg(pins[i].second,
                                settled.value().info.value(QStringLiteral("status_details"), tr("it gave no reason"))));
            }
            return success();
        });
    onFinished(this, future, [this, generation, host](const Status &pinned) {
        if (generation != m_generation)
            return;
        if (!pinned) {
            setStep(QStringLiteral("pin"), QStringLiteral("failed"), pinned.message());
            return;
        }
        setStep(QStringLiteral("pin"), QStringLiteral("done"), tr("Pinned by %1 (data and metadata)").arg(host), 1);
    });
}

void ContributeController::startRegistration()
{
    setStep(QStringLiteral("register"), QStringLiteral("active"), tr("Checking the stake allowance…"));
    eth::JsonRpcClient *client = m_chain.client();
    if (!client) {
        setStep(QStringLiteral("register"), QStringLiteral("failed"), tr("No node is connected."));
        setStage(QStringLiteral("failed"), tr("No node is connected."));
        return;
    }
    const dao::DaoProfile profile = *m_chain.profile();
    const dao::PreparedDataset prepared = *m_prepared;
    const auto contributor = crypto::Address::parse(m_account).value();
    const eth::UInt256 price = m_price;
    const eth::UInt256 stake = m_stake;
    const int generation = m_generation;
    auto future
        = QtConcurrent::run([client, profile, prepared, contributor, price, stake]() -> Result<RegistrationPlan> {
              eth::ChainSession chain(*client, std::chrono::seconds(30));
              // Registered already (a transaction sent before a crash landed): nothing is sent again.
              auto existing = dao::registeredContent(chain, profile, prepared.content, contributor);
              if (!existing)
                  return existing.error();
              if (existing.value().id != 0)
                  return RegistrationPlan {existing.value(), {}};
              auto calls = dao::registrationCalls(chain, profile, contributor, prepared, price, stake);
              if (!calls)
                  return calls.error();
              return RegistrationPlan {{}, calls.value()};
          });
    onFinished(this, future, [this, generation, profile](const Result<RegistrationPlan> &plan) {
        if (generation != m_generation)
            return;
        if (!plan) {
            setStep(QStringLiteral("register"), QStringLiteral("failed"), plan.message());
            setStage(QStringLiteral("failed"), plan.message());
            return;
        }
        if (const dao::RegisteredContent existing = plan.value().existing; existing.id != 0) {
            discardPending();
            if (!existing.byAccount) {
                const QString message
                    = tr("This content is registered already, as dataset #%1 by another member.").arg(existing.id);
                setStep(QStringLiteral("register"), QStringLiteral("failed"), message);
                setStage(QStringLiteral("failed"), message);
                return;
            }
            m_result.insert(QStringLiteral("id"), qint64(existing.id));
            setStep(QStringLiteral("register"), QStringLiteral("done"),
                tr("Dataset #%1 (registered already: the transaction sent before the restart landed)").arg(existing.id),
                1);
            setStage(QStringLiteral("done"));
            m_sync.syncNow();
            return;
        }
        const QList<dao::RegistrationCall> &calls = plan.value().calls;
        QList<SequencedCall> sequence;
        for (const dao::RegistrationCall &call : calls)
            sequence.append({call.what == QLatin1String("Register the dataset with its stake")
                    ? tr("Register \"%1\" with a stake of %2 %3")
                          .arg(m_prepared->description.title, eth::formatUnits(m_stake, 18), m_chain.tokenSymbol())
                    : tr("Allow the dataset registry to take the %1 %2 stake")
                          .arg(eth::formatUnits(m_stake, 18), m_chain.tokenSymbol()),
                call.request});
        m_sequence = std::make_unique<CallSequence>(m_transactions, m_account, sequence);
        connect(
            m_sequence.get(), &CallSequence::stepStarted, this, [this](int index, int count, const QString &summary) {
                setStep(QStringLiteral("register"), QStringLiteral("active"),
                    tr("Step %1 of %2: %3 — confirm it in the sheet").arg(index + 1).arg(count).arg(summary),
                    double(index) / double(count));
            });
        connect(m_sequence.get(), &CallSequence::finished, this,
            [this, profile](bool ok, const QString &message, const QJsonArray &logs) {
                if (!ok) {
                    setStep(QStringLiteral("register"), QStringLiteral("failed"), message);
                    setStage(QStringLiteral("failed"), message);
                    return;
                }
                eth::Receipt receipt;
                receipt.logs = logs;
                auto id = dao::submittedDatasetId(profile, receipt);
                m_result.insert(QStringLiteral("id"), id ? qint64(id.value()) : qint64(0));
                discardPending(); // registered: nothing is left to continue
                setStep(QStringLiteral("register"), QStringLiteral("done"),
                    id ? tr("Dataset #%1").arg(id.value()) : id.message(), 1);
                setStage(QStringLiteral("done"));
                m_sync.syncNow();
            });
        m_sequence->start();
    });
}

void ContributeController::cancel()
{
    if (m_cancel)
        *m_cancel = true;
    for (const QString &id : std::as_const(m_uploads))
        m_transfers.cancel(id);
    m_uploads.clear();
    m_sequence.reset();
    if (m_stage != QLatin1String("inspecting"))
        discardPending(); // cancelled on purpose: not offered again after a restart
    ++m_generation;
    const bool inspecting = m_stage == QLatin1String("inspecting");
    if (inspecting) {
        m_path.clear();
        setStage(QStringLiteral("idle"));
        return;
    }
    for (const QVariant &step : std::as_const(m_steps))
        if (step.toMap().value(QStringLiteral("state")).toString() == QLatin1String("active"))
            setStep(step.toMap().value(QStringLiteral("key")).toString(), QStringLiteral("failed"), tr("Cancelled."));
    setStage(QStringLiteral("failed"), tr("Cancelled. Nothing was registered; drop the files again to start over."));
}

} // namespace dd::app
