// Signer options shared by the commands that sign: a private key, a recovery phrase, or a
// keystore file, named as cast names them.

#include "cli/signer.h"

#include "cli/commands.h"
#include "cli/passwordprompt.h"

#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/keystore.h"

#include <QFile>

namespace dd::cli {

QSet<QString> signerOptions()
{
    return {QStringLiteral("private-key"), QStringLiteral("mnemonic"), QStringLiteral("mnemonic-index"),
        QStringLiteral("mnemonic-passphrase"), QStringLiteral("mnemonic-derivation-path"), QStringLiteral("keystore"),
        QStringLiteral("password"), QStringLiteral("password-file")};
}

QString signerHelpText()
{
    return QString::fromLatin1(
        "Signer options (one of):\n"
        "      --private-key <HEX>          a raw private key\n"
        "      --mnemonic <PHRASE>          a BIP-39 recovery phrase\n"
        "      --mnemonic-index <INDEX>     account index, path m/44'/60'/0'/0/INDEX [default: 0]\n"
        "      --mnemonic-passphrase <P>    the BIP-39 passphrase\n"
        "      --mnemonic-derivation-path <PATH>\n"
        "      --keystore <PATH>            a keystore v3 file\n"
        "      --password <PASSWORD>        its password (else --password-file, or a prompt)\n");
}

static QString readPasswordOption(const CommandLine &cl, const QString &what)
{
    if (cl.has(QStringLiteral("password")))
        return cl.value(QStringLiteral("password"));
    if (cl.has(QStringLiteral("password-file"))) {
        QFile file(cl.value(QStringLiteral("password-file")));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll()).trimmed();
    }
    return promptPassword(what);
}

// The signer named by the options (or a positional private key), as cast resolves it.
Result<crypto::PrivateKey> resolveSigner(const CommandLine &cl, const QString &positionalKey)
{
    if (cl.has(QStringLiteral("private-key")) || !positionalKey.isEmpty())
        return crypto::PrivateKey::fromHex(
            cl.has(QStringLiteral("private-key")) ? cl.value(QStringLiteral("private-key")) : positionalKey);
    if (cl.has(QStringLiteral("mnemonic"))) {
        QString phrase = cl.value(QStringLiteral("mnemonic"));
        if (QFile::exists(phrase)) { // cast accepts a file holding the phrase
            QFile file(phrase);
            if (file.open(QIODevice::ReadOnly))
                phrase = QString::fromUtf8(file.readAll());
        }
        auto normalized = crypto::bip39::normalizeMnemonic(phrase);
        if (!normalized)
            return normalized.error();
        const SecureBytes seed
            = crypto::bip39::mnemonicToSeed(normalized.value(), cl.value(QStringLiteral("mnemonic-passphrase")));
        auto master = crypto::bip32::masterKeyFromSeed(seed);
        if (!master)
            return master.error();
        bool ok = true;
        const int index = cl.value(QStringLiteral("mnemonic-index"), QStringLiteral("0")).toInt(&ok);
        if (!ok || index < 0)
            return Result<crypto::PrivateKey>::failure(QStringLiteral("--mnemonic-index must be a number from 0 up"));
        const QString path = cl.value(QStringLiteral("mnemonic-derivation-path"), crypto::bip32::ethereumPath(index));
        auto derived = crypto::bip32::derivePath(master.value(), path);
        if (!derived)
            return derived.error();
        return crypto::PrivateKey::fromBytes(derived.value().key.view());
    }
    if (cl.has(QStringLiteral("keystore"))) {
        QFile file(cl.value(QStringLiteral("keystore")));
        if (!file.open(QIODevice::ReadOnly))
            return Result<crypto::PrivateKey>::failure(
                QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const QByteArray json = file.readAll();
        auto secret
            = crypto::keystore::decrypt(json, readPasswordOption(cl, QStringLiteral("Enter keystore password:")));
        if (!secret)
            return secret.error();
        return crypto::PrivateKey::fromBytes(secret.value().view());
    }
    return Result<crypto::PrivateKey>::failure(
        QStringLiteral("no signer given: use --private-key, --mnemonic or --keystore"));
}

} // namespace dd::cli
