#include "settings/pinningcontroller.h"

#include "appcontext.h"
#include "common/futurewatch.h"

#include "crypto/secretbox.h"
#include "dao/accountstore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>

namespace dd::app {

namespace {

// Each purpose its own key: a token sealed for pinning opens for nothing else.
const QByteArray sealingPurpose = QByteArrayLiteral("DataDAO Desktop: pinning service access token, v1");

} // namespace

PinningController::PinningController(Executor &executor, dao::WalletService &wallet, QString file, QObject *parent)
    : QObject(parent), m_wallet(wallet), m_file(std::move(file)), m_writing(executor)
{
    load();
}

PinningController *PinningController::create(QQmlEngine *, QJSEngine *)
{
    PinningController *controller = AppContext::instance()->pinningController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

// On the writing thread, before any save or removal reaches the file; a save or removal made
// before the read is back outdates it.
void PinningController::load()
{
    m_writing.submit(
        this,
        [path = m_file] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Service {}; // none configured
            const QJsonObject json = QJsonDocument::fromJson(file.read(64 * 1024)).object();
            return Service {QUrl(json.value(u"endpoint").toString()),
                crypto::Address::parse(json.value(u"account").toString()).value_or(crypto::Address()),
                QByteArray::fromBase64(json.value(u"sealedToken").toString().toLatin1())};
        },
        [this, generation = m_generation](const Service &stored) {
            if (generation != m_generation)
                return;
            m_service = stored;
            emit changed();
        });
}

QString PinningController::save(const QString &endpoint, const QString &token, const QString &account)
{
    const QUrl url(endpoint.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty())
        return tr("The endpoint is the service's API address, such as https://api.pinata.cloud/psa.");
    if (token.trimmed().isEmpty())
        return tr("Paste the access token the service gave you.");
    auto address = crypto::Address::parse(account);
    if (!address)
        return tr("Choose the account whose key seals the token.");
    auto key = m_wallet.sealingKey(address.value(), sealingPurpose);
    if (!key)
        return tr("Unlock %1 first: the token is sealed with its key.").arg(account);
    QByteArray plain = token.trimmed().toUtf8();
    auto sealed = crypto::sealSecret(key.value(), SecureBytes(plain));
    plain.fill('\0');
    if (!sealed)
        return sealed.message();
    const QJsonObject json {{QStringLiteral("endpoint"), url.toString()},
        {QStringLiteral("account"), address.value().toChecksumString()},
        {QStringLiteral("sealedToken"), QString::fromLatin1(sealed.value().toBase64())}};
    const int generation = ++m_generation;
    m_writing.submit(
        this,
        [file = m_file, bytes = QJsonDocument(json).toJson()] {
            return dao::AccountStore::writeFileAtomically(file, bytes);
        },
        [this, generation, url, account = address.value(), token = sealed.value()](const Status &written) {
            if (generation != m_generation)
                return; // removed meanwhile (and the file with it, after this write)
            if (!written) {
                emit saved(written.message());
                return;
            }
            m_service = Service {url, account, token};
            emit changed();
            emit saved(QString());
        });
    return {};
}

void PinningController::remove()
{
    ++m_generation;
    m_writing.post([file = m_file] { QFile::remove(file); });
    m_service = Service {};
    emit changed();
}

Result<storage::PinningServiceClient> PinningController::client() const
{
    if (!configured())
        return Result<storage::PinningServiceClient>::failure(tr("No pinning service is set up."));
    auto key = m_wallet.sealingKey(m_service.account, sealingPurpose);
    if (!key)
        return Result<storage::PinningServiceClient>::failure(
            tr("Unlock %1 to use the pinning service: its token is sealed with that account's key.")
                .arg(m_service.account.toChecksumString()),
            ErrorCode::InvalidInput);
    auto token = crypto::openSecret(key.value(), m_service.sealedToken);
    if (!token)
        return token.error();
    return storage::PinningServiceClient(m_service.endpoint, token.value());
}

} // namespace dd::app
