#include "contribute/contributecontroller.h"

#include "appcontext.h"
#include "common/futurewatch.h"
#include "contribute/inspectionview.h"
#include "contribute/publicationhost.h"
#include "contribute/publicationsteps.h"
#include "transfers/transferqueue.h"

#include "common/logging.h"
#include "crypto/keystore.h"

#include "eth/units.h"
#include "quality/inspection.h"
#include "storage/origins.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QQmlEngine>

namespace dd::app {

ContributeController::ContributeController(Executor &executor, OpenDao &dao, dao::TransactionRequester &requester,
    TransferQueue &transfers, DaoCache &cache, RemotePinning &pinning, QString workDirectory, QObject *parent)
    : QObject(parent),
      m_executor(executor),
      m_dao(dao),
      m_requester(requester),
      m_transfers(transfers),
      m_cache(cache),
      m_pinning(pinning),
      m_workDirectory(std::move(workDirectory)),
      m_recording(executor)
{
    connect(&m_transfers, &TransferQueue::itemsChanged, this, &ContributeController::onTransfersChanged);
    clear();
    restorePending();
}

ContributeController::~ContributeController()
{
    // The job holds the ports it was given: the app shuts the executor down (after this cancel,
    // the job ends within moments) before it takes them away.
    cancelJob();
}

void ContributeController::cancelJob()
{
    if (m_cancel)
        *m_cancel = true;
}

ContributeController *ContributeController::create(QQmlEngine *, QJSEngine *)
{
    ContributeController *controller = AppContext::instance()->contributeController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

QVariantList ContributeController::licenses() const
{
    QVariantList out;
    for (const quality::License &license : quality::commonLicenses())
        out.append(QVariantMap {{QStringLiteral("id"), license.id},
            {QStringLiteral("title"), QStringLiteral("%1 · %2").arg(license.id, license.title)}});
    return out;
}

void ContributeController::acceptDrop(const QUrl &url)
{
    m_executor.submit(
        this, [path = url.toLocalFile()] { return crypto::keystore::looksLikeKeystoreFile(path); },
        [this, url](bool keystore) {
            if (keystore) {
                emit keystoreDropped(url);
                return;
            }
            emit contributionDropped();
            inspect(url);
        });
}

void ContributeController::setStage(Stage stage, const QString &error)
{
    m_stage = stage;
    m_error = error;
    emit changed();
}

void ContributeController::setStep(
    const QString &key, PublicationStep::State state, const QString &detail, double fraction)
{
    m_steps.set(key, state, detail, fraction);
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

void ContributeController::discardPending()
{
    for (const QString &id : std::as_const(m_uploads))
        m_transfers.cancel(id);
    m_uploads.clear();
    m_pending.reset();
    if (m_jobRunning) {
        m_discardWhenJobEnds = true; // the job may still write the record: after it ends
        return;
    }
    // On the record's own thread, after any read still queued; removing a GiB of CARs takes a
    // while. A record that names CARs outside the work folder is not followed there.
    m_recording.post([work = m_workDirectory, file = pendingFile()] { dao::discardPublication(file, work); });
}

// A publication a restart interrupted: shown as such, with what is done and what is left. The
// record is read on the recording thread (the window opens without waiting on the disk), and
// shown only if the member has not started something else meanwhile.
void ContributeController::restorePending()
{
    m_recording.submit(
        this,
        [file = pendingFile()] {
            auto pending = dao::loadPendingPublication(file);
            if (!pending) {
                qCWarning(lcStorage).noquote() << pending.message();
                (void)dao::removePendingPublication(file);
            }
            return pending;
        },
        [this, generation = m_generation](const Result<std::optional<dao::PendingPublication>> &pending) {
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
    setStep(QStringLiteral("hash"), PublicationStep::State::Done,
        tr("Content %1 · metadata %2").arg(m_pending->content.toString(), m_pending->metadata.toString()), 1);
    if (m_pending->stage == QLatin1String("registering"))
        setStep(QStringLiteral("upload"), PublicationStep::State::Done, tr("Stored and pinned"), 1);
    else
        setStep(QStringLiteral("upload"), PublicationStep::State::Pending,
            tr("Stopped by the restart; continues when you do"));
    setStep(QStringLiteral("register"), PublicationStep::State::Pending, tr("Not registered yet"));
    setStage(Stage::Interrupted);
}

void ContributeController::resumePublishing()
{
    if (m_stage != Stage::Interrupted || !m_pending || m_jobRunning)
        return;
    const auto &profile = m_dao.profile();
    if (!profile) {
        setStage(Stage::Failed, tr("Open the DAO this publication belongs to first (Settings)."));
        return;
    }
    ++m_generation;
    setStage(Stage::Publishing);
    runJob(
        [record = *m_pending, file = pendingFile(), profile = *profile](dao::PublicationPorts &ports,
            const std::atomic_bool *cancel) { return dao::continuePublication(record, file, profile, ports, cancel); });
}

void ContributeController::clear()
{
    cancelJob();
    ++m_generation;
    m_path.clear();
    m_report.clear();
    m_result.clear();
    m_uploads.clear();
    m_steps.clear();
    m_steps.add(QStringLiteral("hash"), tr("Hash and write the CAR"));
    m_steps.add(QStringLiteral("upload"), tr("Upload to storage"));
    m_steps.add(QStringLiteral("register"), tr("Register on chain"));
    setProgress(0, QString());
    setStage(Stage::Idle);
}

void ContributeController::inspect(const QUrl &url)
{
    reset();
    m_path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    setStage(Stage::Inspecting);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const int generation = m_generation;
    QPointer<ContributeController> self(this);
    m_executor.submit(
        this,
        [path = m_path, cancel = m_cancel, self, generation] {
            if (!QFileInfo::exists(path))
                return Result<quality::Inspection>::failure(
                    tr("%1 does not exist (was it moved or deleted?).").arg(path), ErrorCode::InvalidInput);
            return quality::inspectPath(
                path,
                [self, generation](qint64 done, qint64 total, const QString &file) {
                    QMetaObject::invokeMethod(self, [self, generation, done, total, file] {
                        if (self && generation == self->m_generation)
                            self->setProgress(
                                total > 0 ? double(done) / double(total) : 0, tr("Inspecting %1").arg(file));
                    });
                },
                cancel.get());
        },
        [this, generation](const Result<quality::Inspection> &inspection) {
            if (generation != m_generation)
                return;
            if (!inspection) {
                setStage(inspection.code() == ErrorCode::Cancelled ? Stage::Idle : Stage::Failed,
                    inspection.code() == ErrorCode::Cancelled ? QString() : inspection.message());
                return;
            }
            m_report = inspectionForView(inspection.value());
            setProgress(1, QString());
            setStage(Stage::Review);
        });
}

void ContributeController::setReplaces(qint64 id)
{
    if (id == m_replaces)
        return;
    // A finished publication's summary gives way: the member came to drop the corrected files.
    if (id > 0 && m_stage == Stage::Done)
        reset();
    m_replaces = std::max<qint64>(0, id);
    emit changed();
}

QString ContributeController::publish(const QString &account, const QString &title, const QString &description,
    const QString &license, const QString &keywords, const QString &price, const QString &stake,
    const QString &replaces)
{
    if (m_stage != Stage::Review)
        return tr("Drop a file or folder first.");
    if (m_report.value(QStringLiteral("hasErrors")).toBool())
        return tr("The inspection found errors: fix the files and drop them again.");
    const auto &profile = m_dao.profile();
    if (!profile || profile->datasetRegistry.isZero())
        return tr("The open DAO has no dataset registry.");
    if (profile->storageApi.isEmpty())
        return tr("The open DAO names no storage node to upload to (its profile's storage.api).");
    auto contributor = crypto::Address::parse(account);
    if (!contributor)
        return tr("Choose the account that contributes and stakes.");
    auto request = dao::publicationRequest(
        {m_path, contributor.value(), title, description, license, keywords, price, stake, replaces});
    if (!request)
        return request.message();
    setStage(Stage::Publishing);
    setStep(QStringLiteral("hash"), PublicationStep::State::Active);
    const QString cars = QDir(m_workDirectory).filePath(QString::number(QDateTime::currentMSecsSinceEpoch()));
    runJob([request = request.value(), file = pendingFile(), cars, profile = *profile](
               dao::PublicationPorts &ports, const std::atomic_bool *cancel) {
        return dao::publishDataset(request, file, cars, profile, ports, cancel);
    });
    return {};
}

void ContributeController::runJob(const Job &job)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_jobRunning = true;
    const int generation = m_generation;
    // The remote pinning service, when the member set one up: asked right after the uploads.
    std::optional<storage::PinningServiceClient> pins;
    if (m_pinning.configured()) {
        m_steps.add(QStringLiteral("pin"), tr("Pin with %1").arg(QUrl(m_pinning.endpoint()).host()));
        emit changed();
        auto client = m_pinning.client();
        if (client)
            pins = client.value();
        else
            setStep(QStringLiteral("pin"), PublicationStep::State::Failed, client.message());
    }
    GuiPublicationHost::Listener listener;
    listener.receiver = this;
    listener.progress = [this, generation](dao::PublicationStep step, double fraction, const QString &text) {
        if (generation == m_generation)
            showProgress(step, fraction, text);
    };
    listener.uploading = [this, generation](const QString &id) {
        if (generation != m_generation)
            return;
        m_uploads.append(id);
        onTransfersChanged();
    };
    listener.registered = [this, generation](const dao::PublishedDataset &dataset) {
        if (generation == m_generation)
            showRegistered(dataset);
    };
    // A workflow: it waits on uploads and on the member in the sheet.
    m_executor.submitWorkflow(
        this,
        [job, client = m_dao.client(), requester = &m_requester, transfers = &m_transfers, listener, pins,
            origins = storage::originsForGateways(m_dao.profile()->gateways), symbol = m_dao.tokenSymbol(),
            cancel = m_cancel]() -> Result<dao::PublishedDataset> {
            if (!client)
                return Result<dao::PublishedDataset>::failure(tr("No node is connected."), ErrorCode::Network);
            GuiPublicationHost host(*transfers, listener);
            dao::PublicationPorts ports {*client, *requester, host, symbol, pins, origins};
            return job(ports, cancel.get());
        },
        [this, generation](const Result<dao::PublishedDataset> &published) {
            m_jobRunning = false;
            m_uploads.clear();
            if (m_discardWhenJobEnds) {
                m_discardWhenJobEnds = false;
                discardPending();
            }
            if (generation != m_generation)
                return; // cancelled or started over meanwhile
            if (!published) {
                m_steps.failActive(published.message());
                setStage(Stage::Failed, published.message());
                return;
            }
            const dao::PublishedDataset &dataset = published.value();
            if (!dataset.remotePinning.isEmpty())
                setStep(QStringLiteral("pin"),
                    dataset.remotePinningFailed ? PublicationStep::State::Failed : PublicationStep::State::Done,
                    dataset.remotePinningFailed
                        ? dataset.remotePinning
                        : tr("Pinned by %1 (data and metadata)").arg(QUrl(m_pinning.endpoint()).host()),
                    dataset.remotePinningFailed ? -1 : 1);
        });
}

// The job's progress, as the steps of the progress view.
void ContributeController::showProgress(dao::PublicationStep step, double fraction, const QString &text)
{
    if (step == dao::PublicationStep::Register && fraction >= 1)
        return; // showRegistered says it, with the dataset's number
    setStep(PublicationSteps::keyOf(step),
        fraction >= 1 ? PublicationStep::State::Done : PublicationStep::State::Active, text, fraction);
}

void ContributeController::showRegistered(const dao::PublishedDataset &dataset)
{
    m_pending.reset(); // the job removed the record: nothing is left to continue
    m_replaces = 0; // the correction is published: the next drop is a new dataset
    m_result.insert(QStringLiteral("id"), qint64(dataset.id));
    m_result.insert(QStringLiteral("contentCid"), dataset.content.toString());
    m_result.insert(QStringLiteral("metadataCid"), dataset.metadata.toString());
    setStep(QStringLiteral("register"), PublicationStep::State::Done,
        dataset.registeredEarlier
            ? tr("Dataset #%1 (registered already: the transaction sent before the restart landed)").arg(dataset.id)
            : tr("Dataset #%1").arg(dataset.id),
        1);
    setStage(Stage::Done);
    m_cache.syncNow();
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
        setStep(QStringLiteral("upload"), PublicationStep::State::Active, QString(), done / total);
}

void ContributeController::cancel()
{
    cancelJob();
    const bool inspecting = m_stage == Stage::Inspecting;
    if (!inspecting)
        discardPending(); // cancelled on purpose: not offered again after a restart
    ++m_generation;
    if (inspecting) {
        m_path.clear();
        setStage(Stage::Idle);
        return;
    }
    m_steps.failActive(tr("Cancelled."));
    setStage(Stage::Failed, tr("Cancelled. Nothing was registered; drop the files again to start over."));
}

} // namespace dd::app
