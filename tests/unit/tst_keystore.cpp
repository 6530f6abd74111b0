#include "testregistry.h"

#include "common/hex.h"
#include "crypto/keystore.h"
#include "crypto/privatekey.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::crypto;

namespace {

// The Web3 Secret Storage definition's test vectors (ethereum.org), password "testpassword".
const char *specPbkdf2 = R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"6087dab2f9fdbbfaddc31a909735c1e6"},
"ciphertext":"5318b4d5bcd28de64ee5559e671353e16f075ecae9f99c7a79a38af5f869aa46","kdf":"pbkdf2",
"kdfparams":{"c":262144,"dklen":32,"prf":"hmac-sha256","salt":"ae3cd4e7013836a3df6bd7241b12db061dbe2c6785853cce422d148a624ce0bd"},
"mac":"517ead924a9d0dc3124507e3393d175ce3ff7c1e96529c6c555ce9e51205e9b2"},
"id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3})";
const char *specScrypt = R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"83dbcc02d8ccb40e466191a123791e0e"},
"ciphertext":"d172bf743a674da9cdad04534d56926ef8358534d458fffccd4e6ad2fbde479c","kdf":"scrypt",
"kdfparams":{"dklen":32,"n":262144,"p":8,"r":1,"salt":"ab0c7876052600dd703518d6fc3fe8984592145b591fc8fb5c6d43190334ba19"},
"mac":"2103ac29920d71da29f15d75b4a16dbe95cfd7ff8faea1056c33131d846e3097"},
"id":"3198bc9c-6672-5ab3-d995-4942343ae5b6","version":3})";
const char *specKey = "7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d";

// A file written by `cast wallet new DIR --unsafe-password pw` (Foundry 1.7.1): scrypt n=8192.
const char *castFile
    = R"({"crypto":{"cipher":"aes-128-ctr","cipherparams":{"iv":"0ad18f31ff984fe9d1b96b3643527ff4"},"ciphertext":"c85128e6e13a0853f589cf52a1eef45dd2d6647845bce524f15145c0c1f36534","kdf":"scrypt","kdfparams":{"dklen":32,"n":8192,"p":1,"r":8,"salt":"bd37600a3816cbaf971739527674a4f8dd10004c1c81b16b1a7d3c1272b7eeaa"},"mac":"6a6525e037bb9e45ef2a5b04e920435365992ed556ddc96a44ba1ded31deffe5"},"id":"edbd982b-2c90-4ecc-b26e-40e9f711f296","version":3})";
const char *castKey = "5547fdc26f5aca1b06af63c7249defe0e4553c66ea5f62f1f1b73b8e35ad273e";

QByteArray withKdfParam(const QByteArray &json, const QString &name, const QJsonValue &value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject crypto = root.value(QLatin1String("crypto")).toObject();
    QJsonObject params = crypto.value(QLatin1String("kdfparams")).toObject();
    params.insert(name, value);
    crypto.insert(QStringLiteral("kdfparams"), params);
    root.insert(QStringLiteral("crypto"), crypto);
    return QJsonDocument(root).toJson();
}

} // namespace

class TestKeystore : public QObject {
    Q_OBJECT
private slots:
    void readsSpecPbkdf2Vector()
    {
        auto secret = keystore::decrypt(specPbkdf2, QStringLiteral("testpassword"));
        QVERIFY2(secret.ok(), qPrintable(secret.message()));
        QCOMPARE(dd::toHex(secret.value().view(), false), QString::fromLatin1(specKey));
    }
    void wrongPasswordIsReportedAsSuch()
    {
        auto secret = keystore::decrypt(specPbkdf2, QStringLiteral("wrong"));
        QVERIFY(!secret.ok());
        QCOMPARE(secret.code(), dd::ErrorCode::WrongPassword);
        QVERIFY(secret.message().contains(QStringLiteral("Wrong password")));
    }
    void specScryptVectorIsRefusedWithAReason()
    {
        // n=2^18 with r=1 breaks RFC 7914 (n < 2^(16 r)); we decided to refuse it, in words.
        auto secret = keystore::decrypt(specScrypt, QStringLiteral("testpassword"));
        QVERIFY(!secret.ok());
        QCOMPARE(secret.code(), dd::ErrorCode::InvalidInput);
        QVERIFY2(secret.message().contains(QStringLiteral("RFC 7914")), qPrintable(secret.message()));
    }
    void readsCastFile()
    {
        auto secret = keystore::decrypt(castFile, QStringLiteral("pw"));
        QVERIFY2(secret.ok(), qPrintable(secret.message()));
        QCOMPARE(dd::toHex(secret.value().view(), false), QString::fromLatin1(castKey));
        auto info = keystore::inspect(castFile);
        QVERIFY(info.ok());
        QVERIFY(!info.value().address.has_value()); // cast writes no address field
    }
    void roundTripWithDefaultParameters()
    {
        const PrivateKey key = PrivateKey::generate();
        QElapsedTimer timer;
        timer.start();
        auto json = keystore::encrypt(key.bytes(), QStringLiteral("correct horse"), key.address());
        QVERIFY2(json.ok(), qPrintable(json.message()));
        const QJsonObject params = QJsonDocument::fromJson(json.value())
                                       .object()
                                       .value(QLatin1String("crypto"))
                                       .toObject()
                                       .value(QLatin1String("kdfparams"))
                                       .toObject();
        QCOMPARE(params.value(QLatin1String("n")).toInt(), 262144);
        QCOMPARE(params.value(QLatin1String("r")).toInt(), 8);
        QCOMPARE(params.value(QLatin1String("p")).toInt(), 1);
        auto info = keystore::inspect(json.value());
        QVERIFY(info.ok());
        QVERIFY(info.value().address.has_value());
        QCOMPARE(info.value().address->toChecksumString(), key.address().toChecksumString());
        auto back = keystore::decrypt(json.value(), QStringLiteral("correct horse"));
        QVERIFY(back.ok());
        QVERIFY(back.value() == key.bytes());
    }
    void unicodePasswords()
    {
        const PrivateKey key = PrivateKey::generate();
        auto json = keystore::encrypt(key.bytes(), QStringLiteral("pässwörd 🔑"), key.address(), {1024, 8, 1});
        QVERIFY(json.ok());
        QVERIFY(keystore::decrypt(json.value(), QStringLiteral("pässwörd 🔑")).ok());
        QCOMPARE(keystore::decrypt(json.value(), QStringLiteral("passwort 🔑")).code(), dd::ErrorCode::WrongPassword);
    }
    void hostileParametersAreCapped_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        QTest::newRow("huge n") << withKdfParam(castFile, QStringLiteral("n"), 1 << 30) << "This app opens";
        QTest::newRow("huge r") << withKdfParam(castFile, QStringLiteral("r"), 4096) << "This app opens";
        QTest::newRow("huge p") << withKdfParam(castFile, QStringLiteral("p"), 1000000) << "This app opens";
        // Issue 16, finding 10: each within the old per-parameter caps, together a minute and
        // 1.1 GB before "wrong password". Refused, saying what the file asked for.
        QTest::newRow("a minute of scrypt")
            << withKdfParam(withKdfParam(withKdfParam(castFile, QStringLiteral("n"), 1 << 19), QStringLiteral("r"), 15),
                   QStringLiteral("p"), 16)
            << "asks for scrypt n=524288, r=15, p=16: 60 times the work of a standard geth keystore and 960 MiB";
        QTest::newRow("n=2^20, r=8") << withKdfParam(castFile, QStringLiteral("n"), 1 << 20) << "1024 MiB";
        QTest::newRow("fractional n") << withKdfParam(castFile, QStringLiteral("n"), 8192.5) << "out of range";
        QTest::newRow("9 s of pbkdf2") << withKdfParam(specPbkdf2, QStringLiteral("c"), double(1 << 22))
                                       << "asks for 4194304 pbkdf2 iterations, 16 times";
        QTest::newRow("n not power of two") << withKdfParam(castFile, QStringLiteral("n"), 1000) << "power of two";
        QTest::newRow("negative n") << withKdfParam(castFile, QStringLiteral("n"), -1) << "out of range";
        QTest::newRow("dklen 16") << withKdfParam(castFile, QStringLiteral("dklen"), 16) << "not 32";
        QTest::newRow("pbkdf2 c huge") << withKdfParam(specPbkdf2, QStringLiteral("c"), 2147483647.0) << "iteration";
        QTest::newRow("pbkdf2 sha1") << withKdfParam(specPbkdf2, QStringLiteral("prf"), QStringLiteral("hmac-sha1"))
                                     << "hmac-sha1";
    }
    void hostileParametersAreCapped()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        QElapsedTimer timer;
        timer.start();
        auto secret = keystore::decrypt(json, QStringLiteral("pw"));
        QVERIFY(!secret.ok());
        QCOMPARE(secret.code(), dd::ErrorCode::InvalidInput);
        QVERIFY2(secret.message().contains(words), qPrintable(secret.message()));
    }
    // What wallets write opens (the wrong password here: the KDF ran, the MAC did not match).
    void realWalletsParametersOpen_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("geth light: n=2^12, r=8, p=6")
            << withKdfParam(withKdfParam(castFile, QStringLiteral("n"), 1 << 12), QStringLiteral("p"), 6);
        QTest::newRow("MetaMask: n=2^17, r=8, p=1") << withKdfParam(castFile, QStringLiteral("n"), 1 << 17);
        QTest::newRow("geth standard: n=2^18, r=8, p=1") << withKdfParam(castFile, QStringLiteral("n"), 1 << 18);
        QTest::newRow("pbkdf2 c=262144") << QByteArray(specPbkdf2);
    }
    void realWalletsParametersOpen()
    {
        QFETCH(QByteArray, json);
        QCOMPARE(keystore::decrypt(json, QStringLiteral("not the password")).code(), dd::ErrorCode::WrongPassword);
    }
    void corruptFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("words");
        const QByteArray full(castFile);
        QTest::newRow("truncated") << full.left(full.size() / 2) << "not valid JSON";
        QTest::newRow("empty") << QByteArray() << "not valid JSON";
        QTest::newRow("not an object") << QByteArray("[1,2]") << "not valid JSON";
        QTest::newRow("version 1") << QByteArray(R"({"version":1})") << "version 3";
        QTest::newRow("no crypto") << QByteArray(R"({"version":3})") << "crypto";
        QByteArray badMac = full;
        badMac.replace("\"mac\":\"6a65", "\"mac\":\"6a6");
        QTest::newRow("short mac") << badMac << "mac";
        QByteArray cbc = full;
        cbc.replace("aes-128-ctr", "aes-128-cbc");
        QTest::newRow("other cipher") << cbc << "aes-128-cbc";
    }
    void corruptFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, words);
        auto secret = keystore::decrypt(json, QStringLiteral("pw"));
        QVERIFY(!secret.ok());
        QVERIFY2(secret.message().contains(words), qPrintable(secret.message()));
    }
    void castOpensOurFile()
    {
        // Foundry's cast (npm @foundry-rs/cast-linux-amd64) decrypts a file we wrote.
        const QString cast = QStringLiteral(DD_CAST);
        QVERIFY2(QFile::exists(cast), "cast is missing: run npm ci in scripts/");
        QTemporaryDir dir;
        const PrivateKey key = PrivateKey::generate();
        auto json = keystore::encrypt(key.bytes(), QStringLiteral("s3cret-pass"), key.address());
        QVERIFY(json.ok());
        QFile file(dir.filePath(QStringLiteral("ours")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(json.value());
        file.close();
        QProcess process;
        process.start(cast,
            {QStringLiteral("wallet"), QStringLiteral("decrypt-keystore"), QStringLiteral("-k"), dir.path(),
                QStringLiteral("ours"), QStringLiteral("--unsafe-password"), QStringLiteral("s3cret-pass")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QStringLiteral("ours's private key is: ") + dd::toHex(key.bytes().view()));
    }
};
DD_REGISTER_TEST(TestKeystore);
#include "tst_keystore.moc"
