#include "network/chaincontroller.h"

#include "appcontext.h"
#include "common/displayformat.h"
#include "common/futurewatch.h"

#include "common/hex.h"
#include "dao/daodiscovery.h"
#include "dao/walletservice.h"
#include "eth/units.h"

#include <QDir>
#include <QLocale>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QUrl>

namespace dd::app {

ChainController::ChainController(
    Executor &executor, dao::WalletService &wallet, QString profilesDirectory, QObject *parent)
    : QObject(parent),
      m_executor(executor),
      m_profileReads(executor),
      m_wallet(wallet),
      m_profilesDirectory(std::move(profilesDirectory))
{
    m_syncThread.setObjectName(QStringLiteral("sync"));
    m_syncThread.start();
    m_pollTimer.setInterval(4000);
    connect(&m_pollTimer, &QTimer::timeout, this, &ChainController::refresh);
    connect(&m_wallet, &dao::WalletService::accountsChanged, this, &ChainController::refresh);
    m_statusText = tr("No DAO profile is open.");
}

ChainController::~ChainController()
{
    m_pollTimer.stop();
    if (m_client)
        m_retiredClients.append(m_client);
    for (eth::JsonRpcClient *client : m_retiredClients)
        client->deleteLater(); // runs on the sync thread before it quits
    m_syncThread.quit();
    m_syncThread.wait();
}

ChainController *ChainController::create(QQmlEngine *, QJSEngine *)
{
    ChainController *controller = AppContext::instance()->chainController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

QStringList ChainController::rpcUrls() const
{
    QStringList urls;
    if (m_profile) {
        for (const QUrl &url : m_profile->rpcUrls)
            urls.append(url.toString());
    }
    return urls;
}

void ChainController::openProfile(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    const QString path = url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
    // In order: the profile asked for last is the one that stays open.
    m_profileReads.submit(
        this, [path] { return dao::DaoProfile::load(path); },
        [this, path](const Result<dao::DaoProfile> &profile) {
            if (!profile) {
                m_profileError = profile.message();
                emit profileChanged();
                return;
            }
            applyProfile(path, profile.value());
        });
}

bool ChainController::applyProfile(const QString &path, const dao::DaoProfile &profile)
{
    const auto &abis = dao::DaoAbis::load(); // from the app's resources, in memory
    if (!abis) {
        m_profileError = abis.message();
        emit profileChanged();
        return false;
    }
    m_profile = profile;
    m_abis = abis.value();
    m_profilePath = path;
    m_profileError.clear();
    m_balances.clear();
    m_tokenSymbol.clear();
    m_blockNumber = -1;
    // The client first: whoever hears profileChanged (the indexer) takes the new DAO's client.
    connectClient();
    emit profileChanged();
    emit balancesChanged();
    return true;
}

void ChainController::addNetwork(const QString &rpcUrls, const QString &governor)
{
    QList<QUrl> urls;
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    for (const QString &text : rpcUrls.split(separators, Qt::SkipEmptyParts)) {
        const QUrl url(text);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            emit networkFailed(tr("\"%1\" is not an http(s) URL of a node.").arg(text));
            return;
        }
        urls.append(url);
    }
    if (urls.isEmpty()) {
        emit networkFailed(tr("Enter the URL of at least one node."));
        return;
    }
    auto address = crypto::Address::parse(governor);
    if (!address) {
        emit networkFailed(address.message());
        return;
    }
    m_discovering = true;
    emit discoveringChanged();
    auto *client = new eth::JsonRpcClient(urls);
    client->moveToThread(&m_syncThread);
    m_retiredClients.append(client); // deleted with the controller, never under a running task
    const crypto::Address governorAddress = address.value();
    struct Saved {
        dao::DaoProfile profile;
        QString path;
    };
    m_executor.submit(
        this,
        [client, urls, governorAddress, directory = m_profilesDirectory]() -> Result<Saved> {
            eth::ChainSession chain(*client, std::chrono::seconds(30));
            auto found = dao::discoverDao(chain, urls, governorAddress);
            if (!found)
                return found.error();
            QDir().mkpath(directory);
            const QString path = QDir(directory).filePath(
                QStringLiteral("%1-%2.json").arg(found.value().chainId).arg(found.value().governor.toLowerHex()));
            if (auto saved = found.value().save(path); !saved)
                return saved.error();
            return Saved {found.value(), path};
        },
        [this](const Result<Saved> &saved) {
            m_discovering = false;
            emit discoveringChanged();
            if (!saved)
                emit networkFailed(saved.message());
            else if (applyProfile(saved.value().path, saved.value().profile))
                emit networkAdded(saved.value().profile.name);
            else
                emit networkFailed(m_profileError);
        });
}

void ChainController::connectClient()
{
    if (m_client)
        m_retiredClients.append(m_client);
    eth::RpcOptions options;
    options.timeout = std::chrono::milliseconds(5000);
    m_client = new eth::JsonRpcClient(m_profile->rpcUrls, options);
    m_client->setExpectedChainId(m_profile->chainId);
    m_client->moveToThread(&m_syncThread);
    m_connected = false;
    m_statusText = tr("Connecting to %1…").arg(m_profile->name);
    emit statusChanged();
    m_pollTimer.start();
    refresh();
}

void ChainController::refresh()
{
    if (!m_client || !m_profile || m_refreshing)
        return;
    m_refreshing = true;
    QList<eth::RpcCall> calls;
    calls.append({QStringLiteral("eth_blockNumber"), {}});
    const QString token = m_profile->token.toChecksumString();
    auto tokenCall = [&](const QString &function, const eth::AbiValue::List &args) {
        const QByteArray data = m_abis->token.encodeCall(function, args).value();
        calls.append({QStringLiteral("eth_call"),
            {QJsonObject {{QStringLiteral("to"), token}, {QStringLiteral("data"), toHex(data)}},
                QStringLiteral("latest")}});
    };
    tokenCall(QStringLiteral("symbol"), {});
    QStringList addresses;
    for (const dao::AccountInfo &account : m_wallet.accounts()) {
        const QString address = account.address.toChecksumString();
        addresses.append(address);
        const eth::AbiValue who = eth::AbiValue::bytes(account.address.bytes());
        calls.append({QStringLiteral("eth_getBalance"), {address, QStringLiteral("latest")}});
        tokenCall(QStringLiteral("balanceOf"), {who});
        tokenCall(QStringLiteral("getVotes"), {who});
        tokenCall(QStringLiteral("delegates"), {who});
    }
    onFinished(this, m_client->batch(calls), [this, addresses](const Result<QList<Result<QJsonValue>>> &answers) {
        m_refreshing = false;
        takeBalances(addresses, answers);
    });
}

void ChainController::takeBalances(const QStringList &addresses, const Result<QList<Result<QJsonValue>>> &answers)
{
    if (!answers) {
        m_connected = false;
        m_statusText = answers.code() == ErrorCode::WrongNetwork
            ? tr("Wrong network: %1").arg(answers.message())
            : tr("The node does not answer: %1").arg(answers.message());
        emit statusChanged();
        return;
    }
    const auto &r = answers.value();
    auto decoded = [&](qsizetype i, const QString &function) -> std::optional<eth::AbiValue> {
        if (i >= r.size() || !r[i])
            return std::nullopt;
        auto bytes = fromHex(r[i].value().toString());
        if (!bytes)
            return std::nullopt;
        auto values = m_abis->token.decodeResult(function, bytes.value());
        if (!values || values.value().empty())
            return std::nullopt;
        return values.value()[0];
    };
    if (r[0])
        m_blockNumber = qint64(eth::quantityToU64(r[0].value()).value());
    if (auto symbol = decoded(1, QStringLiteral("symbol")))
        m_tokenSymbol = symbol->asText();
    m_connected = r[0].ok();
    m_statusText = m_connected ? tr("%1 · block %2").arg(m_profile->name).arg(m_blockNumber)
                               : tr("The node does not answer: %1").arg(r[0].message());
    QVariantMap balances;
    for (qsizetype a = 0; a < addresses.size(); ++a) {
        const qsizetype base = 2 + a * 4;
        QVariantMap entry;
        if (base < r.size() && r[base]) {
            auto wei = eth::UInt256::parse(r[base].value().toString());
            if (wei)
                entry.insert(QStringLiteral("native"), displayAmount(wei.value(), 18));
        }
        if (auto balance = decoded(base + 1, QStringLiteral("balanceOf")))
            entry.insert(QStringLiteral("token"), displayAmount(balance->asNumber(), 18));
        if (auto votes = decoded(base + 2, QStringLiteral("getVotes")))
            entry.insert(QStringLiteral("votes"), displayAmount(votes->asNumber(), 18));
        if (auto delegate = decoded(base + 3, QStringLiteral("delegates"))) {
            const QString to = crypto::Address::fromBytes(delegate->asBytes()).value().toChecksumString();
            entry.insert(QStringLiteral("delegate"),
                to == QLatin1String("0x0000000000000000000000000000000000000000") ? QString() : to);
        }
        balances.insert(addresses[a], entry);
    }
    m_balances = balances;
    emit statusChanged();
    emit balancesChanged();
}

} // namespace dd::app
