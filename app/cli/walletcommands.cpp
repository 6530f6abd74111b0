// datadao-cli wallet ...: the subcommands cast users know, with the same arguments and output.

#include "cli/commandline.h"
#include "cli/commands.h"
#include "cli/passwordprompt.h"
#include "cli/signer.h"

#include "common/hex.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/keystore.h"
#include "crypto/personalmessage.h"
#include "crypto/privatekey.h"
#include "dao/accountstore.h"
#include "eth/eip712.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>
#include <QFile>
#include <QUuid>

namespace dd::cli {

namespace {

// cast's rule: a message starting with 0x is hex-decoded before it is signed.
Result<QByteArray> messageBytes(const QString &message)
{
    if (hasHexPrefix(message))
        return fromHex(message);
    return message.toUtf8();
}

int walletNew(const QStringList &args)
{
    CommandLine cl(args, {QStringLiteral("unsafe-password")}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral(
            "Create a new random keypair\n\nUsage: datadao-cli wallet new [PATH] [--unsafe-password <P>]\n\n"
            "With PATH (a folder), the key is written there as an encrypted keystore v3 file\n"
            "(scrypt n=262144, r=8, p=1), readable by the owner only. The password comes from\n"
            "--unsafe-password, CAST_UNSAFE_PASSWORD, or a prompt."));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    const crypto::PrivateKey key = crypto::PrivateKey::generate();
    if (cl.positional().isEmpty()) {
        print(QStringLiteral("Successfully created new keypair."));
        print(QStringLiteral("Address:     ") + key.address().toChecksumString());
        print(QStringLiteral("Private key: ") + toHex(key.bytes().view()));
        return 0;
    }
    const QString dir = cl.positional().first();
    if (!QDir(dir).exists())
        return fail(QStringLiteral("the folder %1 does not exist").arg(dir));
    QString password = cl.value(QStringLiteral("unsafe-password"), qEnvironmentVariable("CAST_UNSAFE_PASSWORD"));
    if (!cl.has(QStringLiteral("unsafe-password")) && password.isEmpty())
        password = promptPassword(QStringLiteral("Enter secret:"));
    auto json = crypto::keystore::encrypt(key.bytes(), password, key.address());
    if (!json)
        return fail(json.message());
    const QString path = QDir(dir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto written = dao::AccountStore::writeFileAtomically(path, json.value()); !written)
        return fail(written.message());
    print(QStringLiteral("Created new encrypted keystore file: ") + QDir(path).absolutePath());
    print(QStringLiteral("Address:    ") + key.address().toChecksumString());
    return 0;
}

int walletAddress(const QStringList &args)
{
    CommandLine cl(args, signerOptions(), {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Print the address of a private key, recovery phrase or keystore\n\n"
                             "Usage: datadao-cli wallet address [PRIVATE_KEY] [signer options]\n\n")
            + signerHelpText());
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    auto key = resolveSigner(cl, cl.positional().value(0));
    if (!key)
        return fail(key.message());
    print(key.value().address().toChecksumString());
    return 0;
}

int signTypedData(const CommandLine &cl)
{
    QByteArray json = cl.positional().first().toUtf8();
    if (cl.has(QStringLiteral("from-file"))) {
        QFile file(cl.positional().first());
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        json = file.readAll();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("the typed data is not a JSON object (%1)").arg(error.errorString()));
    auto hashes = eth::eip712::hash(doc.object());
    if (!hashes)
        return fail(hashes.message());
    auto key = resolveSigner(cl, QString());
    if (!key)
        return fail(key.message());
    print(toHex(key.value().sign(hashes.value().digest).toRsv()));
    return 0;
}

int walletSign(const QStringList &args)
{
    CommandLine cl(
        args, signerOptions(), {QStringLiteral("no-hash"), QStringLiteral("data"), QStringLiteral("from-file")});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Sign a message (EIP-191 personal_sign), a 32-byte hash (--no-hash), or EIP-712\n"
                             "typed data (--data)\n\n"
                             "Usage: datadao-cli wallet sign <MESSAGE> [--no-hash] [signer options]\n"
                             "       datadao-cli wallet sign --data [--from-file] <JSON|FILE> [signer options]\n\n"
                             "A MESSAGE starting with 0x is hex-decoded before it is signed. Typed data is the JSON\n"
                             "of eth_signTypedData_v4: {types, primaryType, domain, message}.\n\n")
            + signerHelpText());
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("expected one message to sign"));
    if (cl.has(QStringLiteral("data")))
        return signTypedData(cl);
    if (cl.has(QStringLiteral("from-file")))
        return fail(QStringLiteral("--from-file requires --data"));
    auto message = messageBytes(cl.positional().first());
    if (!message)
        return fail(message.message());
    auto key = resolveSigner(cl, QString());
    if (!key)
        return fail(key.message());
    QByteArray hash;
    if (cl.has(QStringLiteral("no-hash"))) {
        if (message.value().size() != 32)
            return fail(QStringLiteral("--no-hash needs a 32-byte hash, got %1 bytes").arg(message.value().size()));
        hash = message.value();
    } else {
        hash = crypto::personalMessageHash(message.value());
    }
    print(toHex(key.value().sign(hash).toRsv()));
    return 0;
}

int walletVerify(const QStringList &args)
{
    CommandLine cl(args, {QStringLiteral("address"), QStringLiteral("a")}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Verify an EIP-191 message signature\n\n"
                             "Usage: datadao-cli wallet verify --address <ADDRESS> <MESSAGE> <SIGNATURE>"));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    const QString addressText = cl.value(QStringLiteral("address"), cl.value(QStringLiteral("a")));
    if (addressText.isEmpty() || cl.positional().size() != 2)
        return fail(QStringLiteral("usage: wallet verify --address <ADDRESS> <MESSAGE> <SIGNATURE>"));
    auto address = crypto::Address::parse(addressText);
    if (!address)
        return fail(address.message());
    auto message = messageBytes(cl.positional()[0]);
    if (!message)
        return fail(message.message());
    auto sigBytes = fromHex(cl.positional()[1]);
    if (!sigBytes)
        return fail(sigBytes.message());
    auto signature = crypto::Signature::fromRsv(sigBytes.value());
    if (!signature)
        return fail(signature.message());
    auto publicKey = crypto::recoverPublicKey(crypto::personalMessageHash(message.value()), signature.value());
    const QString shown = address.value().toChecksumString();
    if (!publicKey || !(crypto::Address::fromPublicKey(publicKey.value()) == address.value()))
        return fail(QStringLiteral("Validation failed. Address %1 did not sign this message.").arg(shown));
    print(QStringLiteral("Validation succeeded. Address %1 signed this message.").arg(shown));
    return 0;
}

int walletDecryptKeystore(const QStringList &args)
{
    CommandLine cl(args, {QStringLiteral("keystore-dir"), QStringLiteral("k"), QStringLiteral("unsafe-password")}, {});
    if (cl.wantsHelp()) {
        print(QStringLiteral("Decrypt a keystore file to get the private key\n\n"
                             "Usage: datadao-cli wallet decrypt-keystore [-k <KEYSTORE_DIR>] <ACCOUNT_NAME> "
                             "[--unsafe-password <P>]\n\n"
                             "KEYSTORE_DIR defaults to ~/.foundry/keystores, as for cast."));
        return 0;
    }
    if (!cl.ok())
        return fail(cl.error());
    if (cl.positional().size() != 1)
        return fail(QStringLiteral("expected one account name"));
    QString dir = cl.value(QStringLiteral("keystore-dir"), cl.value(QStringLiteral("k")));
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.foundry/keystores");
    const QString name = cl.positional().first();
    QFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Keystore file does not exist at %1").arg(file.fileName()));
    QString password = cl.value(QStringLiteral("unsafe-password"), qEnvironmentVariable("CAST_UNSAFE_PASSWORD"));
    if (!cl.has(QStringLiteral("unsafe-password")) && password.isEmpty())
        password = promptPassword(QStringLiteral("Enter password:"));
    auto secret = crypto::keystore::decrypt(file.readAll(), password);
    if (!secret)
        return fail(secret.message());
    print(QStringLiteral("%1's private key is: %2").arg(name, toHex(secret.value().view())));
    return 0;
}

} // namespace

int runWallet(const QStringList &args)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("new"))
        return walletNew(rest);
    if (sub == QLatin1String("address") || sub == QLatin1String("addr"))
        return walletAddress(rest);
    if (sub == QLatin1String("sign"))
        return walletSign(rest);
    if (sub == QLatin1String("verify"))
        return walletVerify(rest);
    if (sub == QLatin1String("decrypt-keystore"))
        return walletDecryptKeystore(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        print(QStringLiteral("Wallet management\n\nUsage: datadao-cli wallet <COMMAND>\n\nCommands:\n"
                             "  new               Create a new random keypair\n"
                             "  address           Print the address of a key, phrase or keystore\n"
                             "  sign              Sign a message\n"
                             "  verify            Verify a message signature\n"
                             "  decrypt-keystore  Decrypt a keystore file to get the private key"));
        return sub.isEmpty() ? 2 : 0;
    }
    return fail(QStringLiteral("unrecognized subcommand 'wallet %1'").arg(sub));
}

} // namespace dd::cli
