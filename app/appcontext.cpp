#include "appcontext.h"

#include "contribute/contributecontroller.h"
#include "datasets/catalogcontroller.h"
#include "forum/forumservice.h"
#include "governance/governancecontroller.h"
#include "governance/governancenotifier.h"
#include "network/chaincontroller.h"
#include "network/chainsync.h"
#include "settings/appsettings.h"
#include "settings/pinningcontroller.h"
#include "transactions/sheetrequester.h"
#include "transactions/transactioncontroller.h"
#include "transactions/transactionhistorymodel.h"
#include "transfers/transferqueue.h"
#include "wallet/activityfilter.h"
#include "wallet/walletcontroller.h"

#include "common/logging.h"
#include "dao/transactionjournal.h"
#include "dao/walletservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QThreadPool>

namespace dd::app {

AppContext *AppContext::s_instance = nullptr;

AppContext::AppContext(const QString &dataDirectory, QObject *parent) : QObject(parent), m_dataDirectory(dataDirectory)
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    QDir().mkpath(dataDirectory);
    m_settings
        = std::make_unique<AppSettings>(QDir(dataDirectory).filePath(QStringLiteral("settings.ini")), dataDirectory);
    m_wallet = std::make_unique<dao::WalletService>(QDir(dataDirectory).filePath(QStringLiteral("keystore")));
    m_wallet->setAutoLockMinutes(m_settings->autoLockMinutes());
    connect(m_settings.get(), &AppSettings::autoLockMinutesChanged, this,
        [this] { m_wallet->setAutoLockMinutes(m_settings->autoLockMinutes()); });
    m_walletController = std::make_unique<WalletController>(*m_wallet);
    m_activityFilter = std::make_unique<ActivityFilter>(*m_wallet);
    m_chainController
        = std::make_unique<ChainController>(*m_wallet, QDir(dataDirectory).filePath(QStringLiteral("profiles")));
    connect(m_chainController.get(), &ChainController::profileChanged, this, [this] {
        if (!m_chainController->profilePath().isEmpty())
            m_settings->setProfilePath(m_chainController->profilePath());
    });
    // Local-only state (never rebuilt from the chain) lives in its own file.
    m_journal = std::make_unique<dao::TransactionJournal>(QDir(dataDirectory).filePath(QStringLiteral("local.sqlite")));
    if (auto opened = m_journal->open(); !opened)
        qCWarning(lcWallet) << opened.message();
    m_transactionController = std::make_unique<TransactionController>(*m_wallet, *m_chainController, *m_journal);
    m_sheetRequester = std::make_unique<SheetRequester>(*m_transactionController);
    m_transactionHistory = std::make_unique<TransactionHistoryModel>(*m_journal, *m_chainController);
    // The DAO's cache (derived from the chain, rebuildable) sits apart from local.sqlite.
    m_chainSync
        = std::make_unique<ChainSync>(*m_chainController, QDir(dataDirectory).filePath(QStringLiteral("cache")));
    m_governanceNotifier = std::make_unique<GovernanceNotifier>(*m_settings);
    m_governanceController = std::make_unique<GovernanceController>(
        *m_chainController, *m_chainSync, *m_wallet, *m_transactionController, m_governanceNotifier.get());
    m_forumService = std::make_unique<ForumService>(QDir(dataDirectory).filePath(QStringLiteral("cache/forum.sqlite")));
    // Uploads and downloads: their queue survives restarts; verified blocks are cache.
    m_transferQueue = std::make_unique<TransferQueue>(QDir(dataDirectory).filePath(QStringLiteral("transfers.json")),
        QDir(dataDirectory).filePath(QStringLiteral("cache/blocks")));
    m_pinningController
        = std::make_unique<PinningController>(*m_wallet, QDir(dataDirectory).filePath(QStringLiteral("pinning.json")));
    m_contributeController
        = std::make_unique<ContributeController>(*m_chainController, *m_sheetRequester, *m_transferQueue, *m_chainSync,
            *m_pinningController, QDir(dataDirectory).filePath(QStringLiteral("contributions")));
    m_catalogController
        = std::make_unique<CatalogController>(*m_chainController, *m_chainSync, *m_sheetRequester, *m_transferQueue);
    connect(
        m_transactionController.get(), &TransactionController::journalChanged, m_chainSync.get(), &ChainSync::syncNow);
    connect(m_transactionController.get(), &TransactionController::journalChanged, m_transactionHistory.get(),
        &TransactionHistoryModel::reload);
    QCoreApplication::instance()->installEventFilter(m_activityFilter.get());
    connect(m_settings.get(), &AppSettings::languageChanged, this, &AppContext::applyLanguage);
}

AppContext::~AppContext()
{
    m_catalogController.reset();
    m_contributeController.reset();
    m_transferQueue.reset(); // stops the transfer thread (an unfinished item resumes next time)
    m_transactionController.reset();
    m_transactionHistory.reset();
    m_governanceController.reset();
    m_forumService.reset();
    m_chainSync.reset(); // stops the indexer before the chain controller's clients go
    QThreadPool::globalInstance()->waitForDone(); // prepared or sending transactions finish first
    m_chainController.reset();
    QCoreApplication::instance()->removeEventFilter(m_activityFilter.get());
    m_wallet->waitForIdle();
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

void AppContext::openInitialProfile(const QString &requestedPath)
{
    QString path = requestedPath;
    if (path.isEmpty())
        path = m_settings->profilePath();
    if (path.isEmpty() && QFile::exists(defaultDevnetProfile()))
        path = defaultDevnetProfile();
    if (!path.isEmpty())
        m_chainController->openProfile(path);
}

void AppContext::attachEngine(QQmlEngine *engine)
{
    m_engine = engine;
    // The views live in qrc:/DataDao/ (RESOURCE_PREFIX /), one folder per feature; a view in a
    // folder sees the others through `import DataDao`, which Qt 6.4 looks up on the import path.
    engine->addImportPath(QStringLiteral("qrc:/"));
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
