#include "testregistry.h"

#include "common/hex.h"
#include "eth/eip712.h"
#include "eth/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dd;
using namespace dd::eth;

namespace {
const crypto::PrivateKey &anvilKey0()
{
    static const crypto::PrivateKey key
        = crypto::PrivateKey::fromHex(u"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80").value();
    return key;
}
} // namespace

class TestTransaction : public QObject {
    Q_OBJECT
private slots:
    void eip1559MatchesCast()
    {
        Transaction tx;
        tx.chainId = 31337;
        tx.nonce = 3;
        tx.maxPriorityFeePerGas = 1000000000;
        tx.maxFeePerGas = 2000000000;
        tx.gasLimit = 21000;
        tx.to = crypto::Address::parse(u"0x70997970C51812dc3A010C7d01b50e0d17dc79C8").value();
        tx.value = 1000;
        // `cast mktx --nonce 3 --gas-limit 21000 --gas-price 2000000000 --priority-gas-price 1000000000
        //  --chain 31337 <to> --value 1000` with anvil's key 0.
        QCOMPARE(toHex(tx.sign(anvilKey0())),
            QStringLiteral("0x02f86e827a6903843b9aca0084773594008252089470997970c51812dc3a010c7d01b50e0d17dc79c8820"
                           "3e880c001a03467c57646842edfc2351b1f6874d7e3e3a2dca4c23ed8d251e711878ce6d810a02b4fd90ab4a"
                           "b3a0a689502b83ab426f67a540e3690405cb817192b78069f211a"));
    }
    void legacyRoundTrip()
    {
        Transaction tx;
        tx.type = Transaction::Type::Legacy;
        tx.chainId = 1;
        tx.nonce = 9;
        tx.maxFeePerGas = UInt256(20) * UInt256(1000000000);
        tx.gasLimit = 21000;
        tx.to = crypto::Address::parse(u"0x3535353535353535353535353535353535353535").value();
        tx.value = UInt256::parse(u"1000000000000000000").value();
        // EIP-155's example: this transaction's signing hash.
        QCOMPARE(toHex(tx.signingHash(), false),
            QStringLiteral("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        const QByteArray raw = tx.sign(anvilKey0());
        auto decoded = decodeRawTransaction(raw);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(
            decoded.value().sender.toChecksumString(), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        QCOMPARE(decoded.value().transaction.chainId, quint64(1));
        QCOMPARE(decoded.value().transaction.value, tx.value);
    }
    // Issue 16, finding 9: the access list is signed over. These raw transactions were made by
    // Foundry's cast 1.x (`cast mktx --private-key <development key 0> ... --access-list '[...]'`);
    // `cast decode-transaction` names 0xf39F... as their signer.
    void accessListsAreDecodedAndSignedOver_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("keys");
        QTest::newRow("one entry, one key") << QByteArray::fromHex(
            "02f8a6827a6903843b9aca008502540be40082c350945fbdb2315678afecb367f032d93f642f64180aa38080f838f7945f"
            "bdb2315678afecb367f032d93f642f64180aa3e1a000000000000000000000000000000000000000000000000000000000"
            "0000000180a07ea1a2373ba1f4ecddef3ab806775a9002937b9f2ca015ab58d633382220e2e1a06176dcb71889b1241cd5"
            "2c8df510ff51102dd1fc45eebc664e1bb6ed2f849ee5")
                                            << 1 << 1;
        QTest::newRow("two entries, a call") << QByteArray::fromHex(
            "02f90124010784773594008506fc23ac0083015f90945fbdb2315678afecb367f032d93f642f64180aa380b844a9059cbb"
            "00000000000000000000000070997970c51812dc3a010c7d01b50e0d17dc79c80000000000000000000000000000000000"
            "0000000000000000000000000003e8f872d6945fbdb2315678afecb367f032d93f642f64180aa3c0f8599470997970c518"
            "12dc3a010c7d01b50e0d17dc79c8f842a000000000000000000000000000000000000000000000000000000000000000"
            "02a0ff0000000000000000000000000000000000000000000000000000000000000301a0028d5a72ae9c3e6f97d8e3eade"
            "36e1ce91923db31e089c27ba7b30363a45567aa06b1281be35afe030e38d1d4046289bbb8dd50b5c48343598bc8e14d1dd"
            "143ca9") << 2 << 2;
    }
    void accessListsAreDecodedAndSignedOver()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, entries);
        QFETCH(int, keys);
        auto decoded = decodeRawTransaction(raw);
        QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
        QCOMPARE(
            decoded.value().sender.toChecksumString(), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        const Transaction &tx = decoded.value().transaction;
        QCOMPARE(int(tx.accessList.size()), entries);
        QCOMPARE(int(tx.accessList.back().storageKeys.size()), keys);
        // Encoded again, it is the same bytes.
        QCOMPARE(tx.encodeSigned(decoded.value().signature), raw);
        // A malformed list is refused in words.
        QByteArray bad = raw;
        bad.replace(QByteArray::fromHex("945fbdb2315678afecb367f032d93f642f64180aa3c0"),
            QByteArray::fromHex("935fbdb2315678afecb367f032d93f642f64180ac0c0"));
        if (bad != raw)
            QVERIFY(!decodeRawTransaction(bad).ok());
    }
    void decodeRefusesGarbage()
    {
        QVERIFY(!decodeRawTransaction(QByteArray()).ok());
        QVERIFY(decodeRawTransaction(QByteArray::fromHex("01c0")).message().contains(QStringLiteral("type 1")));
        QVERIFY(!decodeRawTransaction(QByteArray::fromHex("02c3010203")).ok());
        Transaction tx;
        tx.to = crypto::Address::parse(u"0x3535353535353535353535353535353535353535").value();
        QByteArray raw = tx.sign(anvilKey0());
        raw.chop(1);
        QVERIFY(decodeRawTransaction(raw).message().contains(QStringLiteral("truncated")));
    }

    // EIP-712's own example (Mail from Cow to Bob).
    void eip712SpecExample()
    {
        const QByteArray json
            = R"({"types":{"EIP712Domain":[{"name":"name","type":"string"},{"name":"version","type":"string"},
            {"name":"chainId","type":"uint256"},{"name":"verifyingContract","type":"address"}],
            "Person":[{"name":"name","type":"string"},{"name":"wallet","type":"address"}],
            "Mail":[{"name":"from","type":"Person"},{"name":"to","type":"Person"},{"name":"contents","type":"string"}]},
            "primaryType":"Mail","domain":{"name":"Ether Mail","version":"1","chainId":1,
            "verifyingContract":"0xCcCCccccCCCCcCCCCCCcCcCccCcCCCcCcccccccC"},
            "message":{"from":{"name":"Cow","wallet":"0xCD2a3d9F938E13CD947Ec05AbC7FE734Df8DD826"},
            "to":{"name":"Bob","wallet":"0xbBbBBBBbbBBBbbbBbbBbbbbBBbBbbbbBbBbbBBbB"},"contents":"Hello, Bob!"}})";
        const QJsonObject data = QJsonDocument::fromJson(json).object();
        QCOMPARE(eip712::encodeType(data.value(QLatin1String("types")).toObject(), QStringLiteral("Mail")).value(),
            QStringLiteral("Mail(Person from,Person to,string contents)Person(string name,address wallet)"));
        auto hashes = eip712::hash(data);
        QVERIFY2(hashes.ok(), qPrintable(hashes.message()));
        QCOMPARE(toHex(hashes.value().domainSeparator, false),
            QStringLiteral("f2cee375fa42b42143804025fc449deafd50cc031ca257e0b194a650a912090f"));
        QCOMPARE(toHex(hashes.value().messageHash, false),
            QStringLiteral("c52c0ee5d84264471806290a3f2c4cecfc5490626bf912d01f240d7a274b371e"));
        QCOMPARE(toHex(hashes.value().digest, false),
            QStringLiteral("be609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2"));
    }
    void eip712BadInput()
    {
        QVERIFY(!eip712::hash(QJsonObject()).ok());
        const QJsonObject missing = QJsonDocument::fromJson(
            R"({"types":{"M":[{"name":"a","type":"uint256"}]},"primaryType":"M","domain":{},"message":{}})")
                                        .object();
        auto result = eip712::hash(missing);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("M.a")), qPrintable(result.message()));
    }
    // Issue 16, finding 4: a field type that is not exactly an atomic type but parses as one
    // (or as a tuple) used to reach the number branch and abort the process.
    void eip712MalformedTypesAreRefusedInWords_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("trailing space") << QStringLiteral("string ") << QJsonValue(QStringLiteral("hi"));
        QTest::newRow("NUL bytes") << QStringLiteral("string") + QChar(0) + QChar(0)
                                   << QJsonValue(QStringLiteral("hi"));
        QTest::newRow("tuple") << QStringLiteral("(uint256)") << QJsonValue(1);
        QTest::newRow("alias") << QStringLiteral("uint") << QJsonValue(1);
        QTest::newRow("named") << QStringLiteral("uint256 x") << QJsonValue(1);
        QTest::newRow("no element") << QStringLiteral("[]") << QJsonValue(QJsonArray {1});
        QTest::newRow("wrong count") << QStringLiteral("uint256[2]") << QJsonValue(QJsonArray {1});
    }
    void eip712MalformedTypesAreRefusedInWords()
    {
        QFETCH(QString, type);
        QFETCH(QJsonValue, value);
        const QJsonObject data {{QStringLiteral("types"),
                                    QJsonObject {{QStringLiteral("EIP712Domain"), QJsonArray {}},
                                        {QStringLiteral("M"),
                                            QJsonArray {QJsonObject {{QStringLiteral("name"), QStringLiteral("a")},
                                                {QStringLiteral("type"), type}}}}}},
            {QStringLiteral("primaryType"), QStringLiteral("M")}, {QStringLiteral("domain"), QJsonObject {}},
            {QStringLiteral("message"), QJsonObject {{QStringLiteral("a"), value}}}};
        auto result = eip712::hash(data);
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("M.a")), qPrintable(result.message()));
    }
};
DD_REGISTER_TEST(TestTransaction);
#include "tst_transaction.moc"
