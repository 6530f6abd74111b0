#pragma once

// ContributeController: the Contribute section. A dropped (or picked) file or folder is inspected
// off the GUI thread and the report shown; the contributor fills in the metadata form (prefilled
// from the inspection); publishing then runs the one publication job of core/dao on a worker
// thread, shown as steps with their own progress and a cancel: hash (CARs and the Data
// Package), upload (both CARs through the transfer queue), pin (with a remote service, when one
// is set up), register (each transaction through the confirmation sheet), and the result with
// the dataset's number and CIDs. After a restart, even a crash, the section offers to continue
// a publication its record says is unfinished (stage "interrupted").

#include "common/executor.h"
#include "contribute/publicationsteps.h"
#include "dao/datasetpublisher.h"
#include "dao/pendingpublication.h"
#include "dao/publicationjob.h"
#include "dao/transactionrequester.h"

#include "common/services.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class TransferQueue;

class ContributeController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    Q_PROPERTY(QString path READ path NOTIFY changed)
    Q_PROPERTY(QString suggestedTitle READ suggestedTitle NOTIFY changed)
    Q_PROPERTY(QVariantMap report READ report NOTIFY changed)
    Q_PROPERTY(QVariantList steps READ steps NOTIFY changed) // {key, label, state, detail, fraction}
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QVariantMap result READ result NOTIFY changed)
    Q_PROPERTY(QVariantList licenses READ licenses CONSTANT)
    // The dataset a corrected version replaces, as its page's "Publish a corrected version" set it
    // (0: a new dataset); the form starts from it.
    Q_PROPERTY(qint64 replaces READ replaces WRITE setReplaces NOTIFY changed)
public:
    // Interrupted: a publication a restart stopped, offered to continue.
    enum class Stage { Idle, Inspecting, Review, Publishing, Done, Failed, Interrupted };
    Q_ENUM(Stage)
    // How much an inspection finding matters: each finding of the report carries it as "level"
    // (its "severity" is the name the JSON of `datadao-cli dataset inspect --json` gives).
    enum class Severity { Error, Warning, Info };
    Q_ENUM(Severity)

    ContributeController(Executor &executor, OpenDao &dao, dao::TransactionRequester &requester,
        TransferQueue &transfers, DaoCache &cache, RemotePinning &pinning, QString workDirectory,
        QObject *parent = nullptr);
    ~ContributeController() override;
    // The app closes: the running job (inspection or publication) stops at its next step.
    void cancelJob();
    static ContributeController *create(QQmlEngine *, QJSEngine *);

    Stage stage() const { return m_stage; }
    QString path() const { return m_path; }
    QString suggestedTitle() const { return quality::suggestedTitle(m_path); }
    QVariantMap report() const { return m_report; }
    QVariantList steps() const { return m_steps.list(); }
    double progress() const { return m_progress; }
    QString progressText() const { return m_progressText; }
    QString error() const { return m_error; }
    QVariantMap result() const { return m_result; }
    QVariantList licenses() const;
    qint64 replaces() const { return m_replaces; }
    void setReplaces(qint64 id);

    // A file or folder dropped on the window, sorted off the GUI thread (a file is read to tell):
    // a keystore (small JSON with a "crypto" object) goes to the wallet (keystoreDropped);
    // anything else is inspected here (contributionDropped).
    Q_INVOKABLE void acceptDrop(const QUrl &url);
    Q_INVOKABLE void inspect(const QUrl &url);
    // Problems with the form come back as words and nothing starts; "" when publishing began.
    Q_INVOKABLE QString publish(const QString &account, const QString &title, const QString &description,
        const QString &license, const QString &keywords, const QString &price, const QString &stake,
        const QString &replaces = QString());
    Q_INVOKABLE void cancel();
    // Starts over: an unfinished publication's record is discarded too.
    Q_INVOKABLE void reset();
    // Continues the publication a restart interrupted; problems come back as the failed stage.
    Q_INVOKABLE void resumePublishing();

signals:
    void changed();
    void progressChanged();
    void keystoreDropped(const QUrl &url);
    void contributionDropped();

private:
    // A publication job (new or continued) on a worker thread, given the window's ports.
    using Job = std::function<Result<dao::PublishedDataset>(dao::PublicationPorts &, const std::atomic_bool *)>;
    void clear();
    void restorePending();
    void showInterrupted(const dao::PendingPublication &pending);
    // Cancels its uploads and removes the record and its CARs, after the job when one runs.
    void discardPending();
    QString pendingFile() const;
    void setStage(Stage stage, const QString &error = QString());
    void setStep(
        const QString &key, PublicationStep::State state, const QString &detail = QString(), double fraction = -1);
    void setProgress(double fraction, const QString &text);
    void runJob(const Job &job);
    void showProgress(dao::PublicationStep step, double fraction, const QString &text);
    void showRegistered(const dao::PublishedDataset &dataset);
    void onTransfersChanged();

    Executor &m_executor;
    OpenDao &m_dao;
    dao::TransactionRequester &m_requester; // the confirmation sheet, for the job
    TransferQueue &m_transfers;
    DaoCache &m_cache;
    RemotePinning &m_pinning;
    QString m_workDirectory;
    Stage m_stage = Stage::Idle;
    qint64 m_replaces = 0;
    QString m_path;
    QVariantMap m_report;
    PublicationSteps m_steps;
    double m_progress = 0;
    QString m_progressText;
    QString m_error;
    QVariantMap m_result;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    QStringList m_uploads; // the job's transfers, for the upload step's bar
    std::optional<dao::PendingPublication> m_pending; // the interrupted publication offered to continue
    bool m_jobRunning = false;
    bool m_discardWhenJobEnds = false; // cancelled while the job could still write the record
    Executor::Sequence m_recording; // the record is read and removed in order, off the GUI thread
};

} // namespace dd::app
