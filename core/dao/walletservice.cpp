#include "dao/walletservice.h"

#include "crypto/keccak.h"

#include "eth/eip712.h"

#include "common/hex.h"
#include "common/logging.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/personalmessage.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace dd::dao {

namespace {

// geth's file name: UTC--<ISO time>--<address>; cast and geth find files by any name.
QString keystoreFileName(const crypto::Address &address)
{
    return QStringLiteral("UTC--%1--%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddThh-mm-ss.zzz000000Z")),
            address.toLowerHex().mid(2));
}

QString defaultName(const QString &name, const QString &fallback)
{
    return name.trimmed().isEmpty() ? fallback : name.trimmed();
}

Status checkNewPassword(const QString &password)
{
    if (password.size() < 8)
        return Status::failure(QStringLiteral("Choose a password of at least 8 characters."), ErrorCode::InvalidInput);
    return success();
}

// The seed vault's plaintext: the phrase and the optional BIP-39 passphrase.
SecureBytes vaultPlaintext(const QString &phrase, const QString &passphrase)
{
    QByteArray json
        = QJsonDocument(QJsonObject {{QStringLiteral("phrase"), phrase}, {QStringLiteral("passphrase"), passphrase}})
              .toJson(QJsonDocument::Compact);
    SecureBytes out(json);
    wipeByteArray(json);
    return out;
}

} // namespace

WalletService::WalletService(Executor &executor, const QString &keystoreDirectory, AccountRead read, QObject *parent)
    : QObject(parent), m_store(keystoreDirectory), m_executor(executor)
{
    m_autoLockTimer.setSingleShot(true);
    connect(&m_autoLockTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcWallet) << "auto-lock after" << m_autoLockInterval.count() << "idle ms";
        lockAll();
        emit autoLocked();
    });
    if (read == AccountRead::Now)
        reload();
}

WalletService::~WalletService()
{
    lockAll();
}

void WalletService::reload()
{
    auto loaded = m_store.load();
    {
        QMutexLocker lock(&m_mutex);
        if (loaded) {
            m_accounts = loaded.value();
            m_loadError.clear();
        } else {
            m_loadError = loaded.message();
        }
    }
    emit accountsChanged();
}

QList<AccountInfo> WalletService::accounts() const
{
    QMutexLocker lock(&m_mutex);
    return m_accounts;
}

QString WalletService::loadError() const
{
    QMutexLocker lock(&m_mutex);
    return m_loadError;
}

bool WalletService::isUnlocked(const crypto::Address &address) const
{
    QMutexLocker lock(&m_mutex);
    return m_unlocked.contains(address.bytes());
}

void WalletService::keepUnlocked(const crypto::PrivateKey &key)
{
    const crypto::Address address = key.address();
    {
        QMutexLocker lock(&m_mutex);
        m_unlocked.insert(address.bytes(), key);
    }
    emit lockStateChanged(address.toChecksumString(), true);
    // The timer lives on the service's thread; poke it there.
    QMetaObject::invokeMethod(
        this, [this] { noteActivity(); }, Qt::QueuedConnection);
}

Result<AccountInfo> WalletService::addAccount(AccountInfo info, const crypto::PrivateKey &key, const QString &password)
{
    info.address = key.address();
    info.keystoreFile = keystoreFileName(info.address);
    auto json = crypto::keystore::encrypt(key.bytes(), password, info.address, m_scrypt);
    if (!json)
        return json.error();
    if (auto added = m_store.add(info, json.value()); !added)
        return added.error();
    reload();
    keepUnlocked(key);
    return info;
}

QFuture<Result<AccountInfo>> WalletService::createFromMnemonic(
    const QString &mnemonic, const QString &bip39Passphrase, const QString &password, const QString &name)
{
    return m_executor.run([=, this]() -> Result<AccountInfo> {
        if (auto ok = checkNewPassword(password); !ok)
            return ok.error();
        auto phrase = crypto::bip39::normalizeMnemonic(mnemonic);
        if (!phrase)
            return phrase.error();
        const SecureBytes seed = crypto::bip39::mnemonicToSeed(phrase.value(), bip39Passphrase);
        auto key = crypto::bip32::ethereumKeyFromSeed(seed, 0);
        if (!key)
            return key.error();
        for (const AccountInfo &existing : accounts()) {
            if (existing.address == key.value().address())
                return Result<AccountInfo>::failure(
                    QStringLiteral("This recovery phrase is already in the wallet: its first account is \"%1\".")
                        .arg(existing.name),
                    ErrorCode::InvalidInput);
        }
        const QString vaultId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto vault = crypto::keystore::encrypt(
            vaultPlaintext(phrase.value(), bip39Passphrase), password, std::nullopt, m_scrypt);
        if (!vault)
            return vault.error();
        if (auto stored = m_store.addVault(vaultId, vault.value()); !stored)
            return stored.error();
        AccountInfo info;
        info.kind = AccountKind::Hd;
        info.vaultId = vaultId;
        info.hdIndex = 0;
        info.name = defaultName(name, QStringLiteral("Account 1"));
        return addAccount(info, key.value(), password);
    });
}

QFuture<Result<AccountInfo>> WalletService::deriveNextAccount(
    const QString &vaultId, const QString &password, const QString &name)
{
    return m_executor.run([=, this]() -> Result<AccountInfo> {
        auto vaultJson = m_store.vaultJson(vaultId);
        if (!vaultJson)
            return vaultJson.error();
        auto plain = crypto::keystore::decrypt(vaultJson.value(), password);
        if (!plain)
            return plain.error();
        const QJsonObject vault = QJsonDocument::fromJson(plain.value().toByteArray()).object();
        const SecureBytes seed = crypto::bip39::mnemonicToSeed(
            vault.value(QLatin1String("phrase")).toString(), vault.value(QLatin1String("passphrase")).toString());
        const int index = m_store.nextHdIndex(vaultId);
        auto key = crypto::bip32::ethereumKeyFromSeed(seed, index);
        if (!key)
            return key.error();
        AccountInfo info;
        info.kind = AccountKind::Hd;
        info.vaultId = vaultId;
        info.hdIndex = index;
        info.name = defaultName(name, QStringLiteral("Account %1").arg(index + 1));
        return addAccount(info, key.value(), password);
    });
}

QFuture<Result<AccountInfo>> WalletService::importPrivateKey(
    const QString &hexKey, const QString &password, const QString &name)
{
    return m_executor.run([=, this]() -> Result<AccountInfo> {
        if (auto ok = checkNewPassword(password); !ok)
            return ok.error();
        auto key = crypto::PrivateKey::fromHex(hexKey);
        if (!key)
            return key.error();
        AccountInfo info;
        info.kind = AccountKind::PrivateKey;
        info.name = defaultName(name, QStringLiteral("Imported key"));
        return addAccount(info, key.value(), password);
    });
}

QFuture<Result<AccountInfo>> WalletService::importKeystoreFile(
    const QString &path, const QString &filePassword, const QString &name)
{
    return m_executor.run([=, this]() -> Result<AccountInfo> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Result<AccountInfo>::failure(
                QStringLiteral("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()),
                ErrorCode::Io);
        if (file.size() > 1024 * 1024)
            return Result<AccountInfo>::failure(
                QStringLiteral("%1 is too large to be a keystore file.").arg(QFileInfo(path).fileName()),
                ErrorCode::InvalidInput);
        return importKeystoreNow(file.readAll(), filePassword, name);
    });
}

QFuture<Result<AccountInfo>> WalletService::importKeystore(
    const QByteArray &json, const QString &filePassword, const QString &name)
{
    return m_executor.run([=, this] { return importKeystoreNow(json, filePassword, name); });
}

Result<AccountInfo> WalletService::importKeystoreNow(
    const QByteArray &json, const QString &filePassword, const QString &name)
{
    {
        auto secret = crypto::keystore::decrypt(json, filePassword);
        if (!secret)
            return secret.error();
        auto key = crypto::PrivateKey::fromBytes(secret.value().view());
        if (!key)
            return Result<AccountInfo>::failure(
                QStringLiteral("The keystore opened, but holds no valid private key: ") + key.message(),
                ErrorCode::InvalidInput);
        AccountInfo info;
        info.kind = AccountKind::Keystore;
        info.address = key.value().address();
        info.keystoreFile = keystoreFileName(info.address);
        info.name = defaultName(name, QStringLiteral("Imported keystore"));
        if (auto added = m_store.add(info, json); !added)
            return added.error();
        reload();
        keepUnlocked(key.value());
        return info;
    }
}

QFuture<Status> WalletService::unlock(const crypto::Address &address, const QString &password)
{
    return m_executor.run([=, this]() -> Status {
        auto json = m_store.keystoreJson(address);
        if (!json)
            return json.error();
        auto secret = crypto::keystore::decrypt(json.value(), password);
        if (!secret)
            return secret.error();
        auto key = crypto::PrivateKey::fromBytes(secret.value().view());
        if (!key)
            return key.error();
        if (!(key.value().address() == address))
            return Status::failure(QStringLiteral("The keystore file of %1 holds the key of another address (%2); it "
                                                  "was swapped or damaged.")
                                       .arg(address.toChecksumString(), key.value().address().toChecksumString()));
        keepUnlocked(key.value());
        return success();
    });
}

std::optional<crypto::PrivateKey> WalletService::unlockedKey(const crypto::Address &address) const
{
    QMutexLocker lock(&m_mutex);
    auto it = m_unlocked.constFind(address.bytes());
    if (it == m_unlocked.constEnd())
        return std::nullopt;
    return *it; // a copy the caller wipes when done
}

void WalletService::lock(const crypto::Address &address)
{
    bool removed = false;
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_unlocked.find(address.bytes());
        if (it != m_unlocked.end()) {
            it->wipe();
            m_unlocked.erase(it);
            removed = true;
        }
    }
    if (removed)
        emit lockStateChanged(address.toChecksumString(), false);
}

void WalletService::lockAll()
{
    QList<QByteArray> locked;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_unlocked.begin(); it != m_unlocked.end(); ++it) {
            it->wipe();
            locked.append(it.key());
        }
        m_unlocked.clear();
    }
    for (const QByteArray &bytes : locked)
        emit lockStateChanged(crypto::Address::fromBytes(bytes).value().toChecksumString(), false);
}

QFuture<Status> WalletService::changePassword(
    const crypto::Address &address, const QString &oldPassword, const QString &newPassword)
{
    return m_executor.run([=, this]() -> Status {
        if (auto ok = checkNewPassword(newPassword); !ok)
            return ok;
        auto json = m_store.keystoreJson(address);
        if (!json)
            return json.error();
        auto secret = crypto::keystore::decrypt(json.value(), oldPassword);
        if (!secret)
            return secret.error();
        auto encrypted = crypto::keystore::encrypt(secret.value(), newPassword, address, m_scrypt);
        if (!encrypted)
            return encrypted.error();
        return m_store.replaceKeystore(address, encrypted.value());
    });
}

QFuture<Status> WalletService::rename(const crypto::Address &address, const QString &name)
{
    return m_executor.run([=, this]() -> Status {
        if (name.trimmed().isEmpty())
            return Status::failure(QStringLiteral("An account name cannot be empty."), ErrorCode::InvalidInput);
        auto renamed = m_store.rename(address, name);
        if (renamed)
            reload();
        return renamed;
    });
}

QFuture<Status> WalletService::remove(const crypto::Address &address)
{
    lock(address);
    return m_executor.run([=, this]() -> Status {
        auto removed = m_store.remove(address);
        if (removed)
            reload();
        return removed;
    });
}

QFuture<Status> WalletService::exportKeystore(const crypto::Address &address, const QString &destinationPath)
{
    return m_executor.run([=, this]() -> Status {
        if (QFile::exists(destinationPath))
            return Status::failure(QStringLiteral("%1 already exists; choose another name so nothing is overwritten.")
                                       .arg(destinationPath),
                ErrorCode::InvalidInput);
        auto json = m_store.keystoreJson(address);
        if (!json)
            return json.error();
        return AccountStore::writeFileAtomically(destinationPath, json.value());
    });
}

QFuture<Result<QByteArray>> WalletService::signPersonalMessage(
    const crypto::Address &address, const QByteArray &message)
{
    return m_executor.run([=, this]() -> Result<QByteArray> {
        std::optional<crypto::PrivateKey> key = unlockedKey(address);
        if (!key)
            return Result<QByteArray>::failure(
                QStringLiteral("Unlock %1 before signing with it.").arg(address.toChecksumString()),
                ErrorCode::InvalidInput);
        const QByteArray signature = key->sign(crypto::personalMessageHash(message)).toRsv();
        key->wipe();
        return signature;
    });
}

QFuture<Result<QByteArray>> WalletService::signTypedData(const crypto::Address &address, const QJsonObject &typedData)
{
    return m_executor.run([=, this] { return signTypedDataNow(address, typedData); });
}

Result<QByteArray> WalletService::signTypedDataNow(const crypto::Address &address, const QJsonObject &typedData)
{
    auto hashes = eth::eip712::hash(typedData);
    if (!hashes)
        return hashes.error();
    std::optional<crypto::PrivateKey> key = unlockedKey(address);
    if (!key)
        return Result<QByteArray>::failure(
            QStringLiteral("Unlock %1 before signing with it.").arg(address.toChecksumString()),
            ErrorCode::InvalidInput);
    const QByteArray signature = key->sign(hashes.value().digest).toRsv();
    key->wipe();
    return signature;
}

Result<SecureBytes> WalletService::sealingKey(const crypto::Address &address, const QByteArray &purpose) const
{
    std::optional<crypto::PrivateKey> key = unlockedKey(address);
    if (!key)
        return Result<SecureBytes>::failure(
            QStringLiteral("Unlock %1 to use what is sealed to it.").arg(address.toChecksumString()),
            ErrorCode::InvalidInput);
    SecureBytes material(key->bytes().size() + std::size_t(purpose.size()));
    std::copy(key->bytes().data(), key->bytes().data() + key->bytes().size(), material.data());
    std::copy(purpose.cbegin(), purpose.cend(), material.data() + key->bytes().size());
    key->wipe();
    QByteArray digest = crypto::keccak256(material.view());
    SecureBytes out(digest);
    digest.fill('\0');
    return out;
}

Result<QByteArray> WalletService::signTransaction(const crypto::Address &address, const eth::Transaction &transaction)
{
    std::optional<crypto::PrivateKey> key = unlockedKey(address);
    if (!key)
        return Result<QByteArray>::failure(
            QStringLiteral("Unlock %1 before signing with it.").arg(address.toChecksumString()),
            ErrorCode::InvalidInput);
    QByteArray raw = transaction.sign(*key);
    key->wipe();
    return raw;
}

void WalletService::setAutoLockInterval(std::chrono::milliseconds interval)
{
    m_autoLockInterval = std::max(std::chrono::milliseconds(0), interval);
    noteActivity();
}

void WalletService::noteActivity()
{
    bool anyUnlocked = false;
    {
        QMutexLocker lock(&m_mutex);
        anyUnlocked = !m_unlocked.isEmpty();
    }
    if (m_autoLockInterval.count() > 0 && anyUnlocked)
        m_autoLockTimer.start(m_autoLockInterval);
    else
        m_autoLockTimer.stop();
}

} // namespace dd::dao
