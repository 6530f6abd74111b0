#include "appcontext.h"

#include "common/identiconprovider.h"
#include "common/iothreadguard.h"

#include "contribute/contributecontroller.h"
#include "curation/curationcontroller.h"
#include "curation/curationnotifier.h"
#include "datasets/catalogcontroller.h"
#include "forum/forumservice.h"
#include "governance/governancecontroller.h"
#include "governance/governancenotifier.h"
#include "governance/proposalcontroller.h"
#include "governance/signedvotes.h"
#include "governance/votecontroller.h"
#include "governance/votercheck.h"
#include "network/chaincontroller.h"
#include "network/chainsync.h"
#include "settings/appsettings.h"
#include "settings/pinningcontroller.h"
#include "transactions/sheetrequester.h"
#include "transactions/transactioncontroller.h"
#include "transactions/transactionhistorymodel.h"
#include "transactions/transactiontracking.h"
#include "transfers/transferqueue.h"
#include "wallet/activityfilter.h"
#include "wallet/walletcontroller.h"

#include "common/executor.h"
#include "common/logging.h"
#include "dao/transactionjournal.h"
#include "dao/walletservice.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QStandardPaths>

namespace dd::app {

AppContext *AppContext::s_instance = nullptr;

AppContext::AppContext(const QString &dataDirectory, QObject *parent) : QObject(parent), m_dataDirectory(dataDirectory)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    // From here on, file and SQLite work on this thread is a defect, recorded (tests/e2e fails on
    // it) and logged: what the app needs at startup is read by start(), on the executor.
    IoThreadGuard::forbid(thread());
    m_executor = std::make_unique<Executor>();
    m_settings = std::make_unique<AppSettings>(*m_executor, settingsFile(), dataDirectory);
    m_wallet = std::make_unique<dao::WalletService>(
        *m_executor, QDir(dataDirectory).filePath(QStringLiteral("keystore")), dao::WalletService::AccountRead::Later);
    connect(m_settings.get(), &AppSettings::autoLockMinutesChanged, this,
        [this] { m_wallet->setAutoLockMinutes(m_settings->autoLockMinutes()); });
    m_walletController = std::make_unique<WalletController>(*m_wallet);
    m_activityFilter = std::make_unique<ActivityFilter>(*m_wallet);
    m_chainController = std::make_unique<ChainController>(
        *m_executor, *m_wallet, QDir(dataDirectory).filePath(QStringLiteral("profiles")));
    connect(m_chainController.get(), &ChainController::profileChanged, this, [this] {
        if (!m_chainController->profilePath().isEmpty())
            m_settings->setProfilePath(m_chainController->profilePath());
    });
    // Local-only state (never rebuilt from the chain) lives in its own file.
    m_journal = std::make_unique<dao::TransactionJournal>(QDir(dataDirectory).filePath(QStringLiteral("local.sqlite")));
    m_tracking = std::make_unique<TransactionTracking>(*m_executor, *m_journal, *m_chainController);
    m_transactionController
        = std::make_unique<TransactionController>(*m_executor, *m_wallet, *m_chainController, *m_journal, *m_tracking);
    m_sheetRequester = std::make_unique<SheetRequester>(*m_transactionController);
    m_transactionHistory = std::make_unique<TransactionHistoryModel>(*m_executor, *m_journal, *m_tracking);
    m_signedVotes = std::make_unique<SignedVotes>(*m_executor, *m_journal, *m_chainController);
    m_voteController = std::make_unique<VoteController>(
        *m_executor, *m_chainController, *m_wallet, *m_journal, *m_signedVotes, *m_transactionController);
    // The DAO's cache (derived from the chain, rebuildable) sits apart from local.sqlite.
    m_chainSync
        = std::make_unique<ChainSync>(*m_chainController, QDir(dataDirectory).filePath(QStringLiteral("cache")));
    m_governanceNotifier = std::make_unique<GovernanceNotifier>(*m_settings);
    m_governanceController = std::make_unique<GovernanceController>(
        *m_executor, *m_chainController, *m_chainSync, *m_wallet, *m_signedVotes, m_governanceNotifier.get());
    m_voterCheck = std::make_unique<VoterCheck>(*m_executor, *m_chainController, *m_chainSync);
    m_proposalController
        = std::make_unique<ProposalController>(*m_executor, *m_chainController, *m_chainSync, *m_transactionController);
    m_forumService = std::make_unique<ForumService>(
        *m_executor, QDir(dataDirectory).filePath(QStringLiteral("cache/forum.sqlite")));
    // Uploads and downloads: their queue survives restarts; verified blocks are cache.
    m_transferQueue
        = std::make_unique<TransferQueue>(*m_executor, QDir(dataDirectory).filePath(QStringLiteral("transfers.json")),
            QDir(dataDirectory).filePath(QStringLiteral("cache/blocks")));
    m_pinningController = std::make_unique<PinningController>(
        *m_executor, *m_wallet, QDir(dataDirectory).filePath(QStringLiteral("pinning.json")));
    m_contributeController
        = std::make_unique<ContributeController>(*m_executor, *m_chainController, *m_sheetRequester, *m_transferQueue,
            *m_chainSync, *m_pinningController, QDir(dataDirectory).filePath(QStringLiteral("contributions")));
    m_catalogController = std::make_unique<CatalogController>(
        *m_executor, *m_chainController, *m_chainSync, *m_sheetRequester, *m_transferQueue);
    m_curationController = std::make_unique<CurationController>(
        *m_executor, *m_chainController, *m_chainSync, *m_sheetRequester, dataDirectory);
    m_curationNotifier
        = std::make_unique<CurationNotifier>(*m_settings, *m_executor, *m_chainController, *m_chainSync, *m_wallet);
    connect(
        m_transactionController.get(), &TransactionController::journalChanged, m_chainSync.get(), &ChainSync::syncNow);
    connect(m_transactionController.get(), &TransactionController::journalChanged, m_transactionHistory.get(),
        &TransactionHistoryModel::reload);
    // Mined (or settled otherwise): the cache catches up with what it changed.
    connect(m_tracking.get(), &TransactionTracking::journalChanged, m_chainSync.get(), &ChainSync::syncNow);
    QCoreApplication::instance()->installEventFilter(m_activityFilter.get());
    connect(m_settings.get(), &AppSettings::languageChanged, this, &AppContext::applyLanguage);
}

bool AppContext::close()
{
    if (m_closed)
        return true;
    m_closed = true;
    IoThreadGuard::forbid(nullptr); // the window is gone: tearing down may close files
    // Workers that wait on the sheet hear "closing" now, and the publication its cancel, so the
    // executor drains within its grace instead of waiting on a window that is going.
    m_transactionController->failAll(tr("The app is closing."));
    m_sheetRequester->close();
    m_contributeController->cancelJob();
    // One grace for all of it: the executor's work, then the chain sync's pass.
    const QDeadlineTimer deadline(Executor::kCloseGrace);
    const bool drained = m_executor->shutdown(Executor::kCloseGrace)
        && m_chainSync->stop(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));
    if (!drained)
        qCWarning(lcWallet) << "closing without waiting for background work still running";
    return drained;
}

AppContext::~AppContext()
{
    close();
    m_curationNotifier.reset();
    m_curationController.reset();
    m_catalogController.reset();
    m_contributeController.reset();
    m_transferQueue.reset(); // stops the transfer thread (an unfinished item resumes next time)
    m_voteController.reset();
    m_signedVotes.reset();
    m_transactionController.reset();
    m_transactionHistory.reset();
    m_tracking.reset();
    m_proposalController.reset();
    m_voterCheck.reset();
    m_governanceController.reset();
    m_forumService.reset();
    m_chainSync.reset(); // stops the indexer before the chain controller's clients go
    m_chainController.reset();
    QCoreApplication::instance()->removeEventFilter(m_activityFilter.get());
    s_instance = nullptr;
}

AppContext *AppContext::instance()
{
    return s_instance;
}

QString AppContext::defaultDevnetProfile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/DataDAO/devnet/devnet.json");
}

QString AppContext::settingsFile() const
{
    return QDir(m_dataDirectory).filePath(QStringLiteral("settings.ini"));
}

namespace {

// What start() reads on the executor.
struct LocalState {
    QVariantMap settings;
    Status journal = success();
    bool devnetProfileExists = false;
};

} // namespace

void AppContext::start(InitialProfile which, const QString &requestedPath, std::function<void()> ready)
{
    m_executor->submit(
        this,
        [directory = m_dataDirectory, settingsFile = settingsFile(), wallet = m_wallet.get(),
            journal = m_journal.get()] {
            // The services outlive the executor's work (it drains before they go).
            QDir().mkpath(directory);
            LocalState state;
            state.settings = AppSettings::readFile(settingsFile);
            wallet->readAccounts();
            state.journal = journal->open();
            state.devnetProfileExists = QFile::exists(defaultDevnetProfile());
            return state;
        },
        [this, which, requestedPath, ready = std::move(ready)](const LocalState &state) {
            if (!state.journal)
                qCWarning(lcWallet) << state.journal.message();
            m_settings->apply(state.settings);
            m_wallet->setAutoLockMinutes(m_settings->autoLockMinutes());
            QString path = requestedPath;
            if (path.isEmpty())
                path = m_settings->profilePath();
            if (path.isEmpty() && state.devnetProfileExists)
                path = defaultDevnetProfile();
            if (which == InitialProfile::RequestedOrLast && !path.isEmpty())
                m_chainController->openProfile(path);
            ready();
        });
}

void AppContext::attachEngine(QQmlEngine *engine)
{
    m_engine = engine;
    // The views live in qrc:/DataDao/ (RESOURCE_PREFIX /), one folder per feature; a view in a
    // folder sees the others through `import DataDao`, which Qt 6.4 looks up on the import path.
    engine->addImportPath(QStringLiteral("qrc:/"));
    engine->addImageProvider(QStringLiteral("identicon"), new IdenticonProvider); // the engine owns it
    applyLanguage();
}

void AppContext::applyLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
    const QString language = m_settings->language();
    // English has a file too: only its plural forms ("1 voter", "2 voters").
    if (m_translator.load(QStringLiteral(":/i18n/datadao_%1.qm").arg(language)))
        QCoreApplication::installTranslator(&m_translator);
    if (m_engine)
        m_engine->retranslate();
}

} // namespace dd::app
