#include "wallet/walletcontroller.h"

#include "appcontext.h"
#include "common/futurewatch.h"

#include "crypto/bip39.h"
#include "crypto/keystore.h"
#include "crypto/securerandom.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlEngine>

#include <algorithm>

namespace dd::app {

namespace {

Result<crypto::Address> parseAddress(const QString &text)
{
    return crypto::Address::parse(text);
}

} // namespace

WalletController::WalletController(dao::WalletService &wallet, QObject *parent)
    : QObject(parent), m_wallet(wallet), m_accounts(wallet)
{
    connect(&m_wallet, &dao::WalletService::accountsChanged, this, &WalletController::loadErrorChanged);
    connect(&m_wallet, &dao::WalletService::autoLocked, this, &WalletController::autoLocked);
}

WalletController *WalletController::create(QQmlEngine *, QJSEngine *)
{
    WalletController *controller = AppContext::instance()->walletController();
    QQmlEngine::setObjectOwnership(controller, QQmlEngine::CppOwnership);
    return controller;
}

QString WalletController::generateMnemonic(int wordCount) const
{
    auto phrase = crypto::bip39::generateMnemonic(wordCount);
    return phrase ? phrase.value() : QString();
}

QString WalletController::mnemonicProblem(const QString &mnemonic) const
{
    auto entropy = crypto::bip39::mnemonicToEntropy(mnemonic);
    return entropy ? QString() : entropy.message();
}

QVariantList WalletController::backupChallenge(int wordCount) const
{
    QList<int> positions;
    const SecureBytes random = crypto::secureRandomBytes(64);
    for (std::size_t i = 0; i < random.size() && positions.size() < 3; ++i) {
        const int position = random.data()[i] % wordCount;
        if (!positions.contains(position))
            positions.append(position);
    }
    std::sort(positions.begin(), positions.end());
    QVariantList out;
    for (int p : positions)
        out.append(p);
    return out;
}

QString WalletController::passwordProblem(const QString &password, const QString &repeat) const
{
    if (password.size() < 8)
        return tr("Choose a password of at least 8 characters.");
    if (password != repeat)
        return tr("The two passwords differ.");
    return QString();
}

QString WalletController::addressProblem(const QString &address) const
{
    auto parsed = parseAddress(address);
    return parsed ? QString() : parsed.message();
}

void WalletController::begin(const QString &text)
{
    ++m_busyCount;
    m_busyText = text;
    emit busyChanged();
}

void WalletController::end()
{
    m_busyCount = std::max(0, m_busyCount - 1);
    emit busyChanged();
}

QString WalletController::wordsFor(const Error &error) const
{
    if (error.code == ErrorCode::WrongPassword)
        return tr("Wrong password. Nothing was changed; try again.");
    return error.message;
}

void WalletController::report(Operation operation, const Status &status, const QString &detail)
{
    end();
    if (status)
        emit succeeded(operation, detail);
    else
        emit failed(operation, wordsFor(status.error()));
}

void WalletController::createFromMnemonic(
    const QString &mnemonic, const QString &passphrase, const QString &password, const QString &name)
{
    begin(tr("Encrypting your new wallet…"));
    onFinished(this, m_wallet.createFromMnemonic(mnemonic, passphrase, password, name),
        [this](const Result<dao::AccountInfo> &r) {
            report(Operation::Create, r ? success() : Status(r.error()),
                r ? r.value().address.toChecksumString() : QString());
        });
}

void WalletController::deriveNextAccount(const QString &vaultId, const QString &password, const QString &name)
{
    begin(tr("Deriving the next account…"));
    onFinished(this, m_wallet.deriveNextAccount(vaultId, password, name), [this](const Result<dao::AccountInfo> &r) {
        report(
            Operation::Derive, r ? success() : Status(r.error()), r ? r.value().address.toChecksumString() : QString());
    });
}

void WalletController::importPrivateKey(const QString &key, const QString &password, const QString &name)
{
    begin(tr("Encrypting the imported key…"));
    const QString shownName = name.trimmed().isEmpty() ? tr("Imported key") : name;
    onFinished(this, m_wallet.importPrivateKey(key, password, shownName), [this](const Result<dao::AccountInfo> &r) {
        report(
            Operation::Import, r ? success() : Status(r.error()), r ? r.value().address.toChecksumString() : QString());
    });
}

void WalletController::importKeystoreFile(const QUrl &file, const QString &password, const QString &name)
{
    begin(tr("Opening the keystore file…"));
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString shownName = name.trimmed().isEmpty() ? tr("Imported keystore") : name;
    onFinished(this, m_wallet.importKeystoreFile(path, password, shownName), [this](const Result<dao::AccountInfo> &r) {
        report(
            Operation::Import, r ? success() : Status(r.error()), r ? r.value().address.toChecksumString() : QString());
    });
}

void WalletController::unlock(const QString &address, const QString &password)
{
    auto parsed = parseAddress(address);
    if (!parsed) {
        emit failed(Operation::Unlock, parsed.message());
        return;
    }
    begin(tr("Unlocking…"));
    onFinished(this, m_wallet.unlock(parsed.value(), password),
        [this, address](const Status &s) { report(Operation::Unlock, s, address); });
}

void WalletController::lock(const QString &address)
{
    if (auto parsed = parseAddress(address))
        m_wallet.lock(parsed.value());
}

void WalletController::lockAll()
{
    m_wallet.lockAll();
}

void WalletController::rename(const QString &address, const QString &name)
{
    auto parsed = parseAddress(address);
    if (!parsed) {
        emit failed(Operation::Rename, parsed.message());
        return;
    }
    begin(tr("Renaming…"));
    onFinished(this, m_wallet.rename(parsed.value(), name),
        [this, address](const Status &s) { report(Operation::Rename, s, address); });
}

void WalletController::changePassword(const QString &address, const QString &oldPassword, const QString &newPassword)
{
    auto parsed = parseAddress(address);
    if (!parsed) {
        emit failed(Operation::ChangePassword, parsed.message());
        return;
    }
    begin(tr("Re-encrypting with the new password…"));
    onFinished(this, m_wallet.changePassword(parsed.value(), oldPassword, newPassword),
        [this, address](const Status &s) { report(Operation::ChangePassword, s, address); });
}

void WalletController::exportKeystore(const QString &address, const QUrl &folder)
{
    auto parsed = parseAddress(address);
    if (!parsed) {
        emit failed(Operation::Export, parsed.message());
        return;
    }
    const QString dir = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    const QString path = QDir(dir).filePath(QStringLiteral("%1.json").arg(address));
    begin(tr("Exporting…"));
    onFinished(this, m_wallet.exportKeystore(parsed.value(), path),
        [this, path](const Status &s) { report(Operation::Export, s, path); });
}

void WalletController::remove(const QString &address)
{
    auto parsed = parseAddress(address);
    if (!parsed) {
        emit failed(Operation::Remove, parsed.message());
        return;
    }
    begin(tr("Removing…"));
    onFinished(this, m_wallet.remove(parsed.value()),
        [this, address](const Status &s) { report(Operation::Remove, s, address); });
}

void WalletController::copyToClipboard(const QString &text) const
{
    if (QGuiApplication::clipboard())
        QGuiApplication::clipboard()->setText(text);
}

} // namespace dd::app
