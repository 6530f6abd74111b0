#include "testregistry.h"

#include "common/hex.h"
#include "eth/logsanswer.h"

#include <QFile>
#include <QTest>

using dd::ErrorCode;
using dd::eth::parseLogsAnswer;

namespace {

const QString node = QStringLiteral("http://node.example");

// One Log object as the execution API describes it, with the members given replaced.
QByteArray logJson(const QByteArray &replace = {}, const QByteArray &with = {})
{
    QByteArray log = R"({"address":"0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0",)"
                     R"("topics":["0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4",)"
                     R"("0x000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"],)"
                     R"("data":"0x00000000000000000000000000000000000000000000000000000000000000ff",)"
                     R"("blockHash":"0xcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd",)"
                     R"("blockNumber":"0x2a","blockTimestamp":"0x6553f100",)"
                     R"("transactionHash":"0xabababababababababababababababababababababababababababababababab",)"
                     R"("transactionIndex":"0x0","logIndex":"0x3","removed":false})";
    if (!replace.isEmpty())
        log.replace(replace, with);
    return log;
}

QByteArray answer(const QByteArray &logs, int id = 1)
{
    return R"({"jsonrpc":"2.0","id":)" + QByteArray::number(id) + R"(,"result":[)" + logs + "]}";
}

} // namespace

class TestLogsAnswer : public QObject {
    Q_OBJECT
private slots:
    void readsAnvilsAnswer()
    {
        // Recorded from anvil 1.7.1 (tests/fixtures/eth_getLogs_anvil.json): every log of the
        // demo devnet's token (Transfer, DelegateChanged, DelegateVotesChanged).
        QFile file(QStringLiteral(DD_FIXTURES "/eth_getLogs_anvil.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray body = file.readAll();
        auto logs = parseLogsAnswer(body, 1, node);
        QVERIFY2(logs, qPrintable(logs.message()));
        QCOMPARE(logs.value().size(), 18);
        QCOMPARE(logs.value().first().address.toChecksumString(),
            QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3"));
        QCOMPARE(dd::toHex(logs.value().first().topics.first()),
            QStringLiteral("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")); // Transfer
        for (const dd::eth::LogEntry &log : logs.value()) {
            QCOMPARE(log.blockHash.size(), 66);
            QCOMPARE(log.transactionHash.size(), 66);
            QVERIFY(!log.topics.isEmpty());
            QVERIFY(!log.removed);
            QVERIFY(log.blockNumber > 0);
        }
    }

    void readsEveryMember()
    {
        auto logs = parseLogsAnswer(answer(logJson() + "," + logJson("\"0x3\"", "\"0x4\"")), 1, node);
        QVERIFY2(logs, qPrintable(logs.message()));
        QCOMPARE(logs.value().size(), 2);
        const dd::eth::LogEntry &log = logs.value().first();
        QCOMPARE(log.address.toChecksumString(), QStringLiteral("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0"));
        QCOMPARE(log.topics.size(), 2);
        QCOMPARE(dd::toHex(log.topics[0]),
            QStringLiteral("0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4"));
        QCOMPARE(log.data, QByteArray(31, '\0') + QByteArray(1, char(0xff)));
        QCOMPARE(log.blockNumber, quint64(42));
        QCOMPARE(log.logIndex, quint32(3));
        QCOMPARE(logs.value()[1].logIndex, quint32(4));
        QCOMPARE(log.blockHash, QStringLiteral("0x") + QStringLiteral("cd").repeated(32));
        QCOMPARE(log.transactionHash, QStringLiteral("0x") + QStringLiteral("ab").repeated(32));
        // Members in another order, the result before the id, a removed log.
        auto reordered = parseLogsAnswer(
            R"({"result":[)" + logJson("\"removed\":false", "\"removed\":true") + R"(],"id":7,"jsonrpc":"2.0"})", 7,
            node);
        QVERIFY2(reordered, qPrintable(reordered.message()));
        QVERIFY(reordered.value().first().removed);
        QVERIFY(parseLogsAnswer(answer({}), 1, node).value().isEmpty());
    }

    void aRefusalIsAnRpcError()
    {
        // Infura's words for a range with too many results (the fetcher halves the range on Rpc).
        auto refused = parseLogsAnswer(R"({"jsonrpc":"2.0","id":1,"error":{"code":-32005,)"
                                       R"("message":"query returned more than 10000 results","data":"try again"}})",
            1, node);
        QVERIFY(!refused);
        QCOMPARE(refused.code(), ErrorCode::Rpc);
        QCOMPARE(refused.message(),
            QStringLiteral("query returned more than 10000 results (JSON-RPC error -32005 from http://node.example)"));
        QCOMPARE(refused.error().data, QStringLiteral("try again"));
        auto null = parseLogsAnswer(R"({"jsonrpc":"2.0","id":1,"result":null})", 1, node);
        QCOMPARE(null.code(), ErrorCode::Rpc);
    }

    void refusesWhatIsNotSuchAnAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("words");
        QTest::newRow("not JSON") << QByteArray("<html>502</html>") << QStringLiteral("invalid JSON");
        QTest::newRow("cut off") << answer(logJson()).chopped(3) << QStringLiteral("invalid JSON");
        QTest::newRow("text after it") << answer(logJson()) + " {}" << QStringLiteral("text after the response");
        QTest::newRow("another id") << answer(logJson(), 2) << QStringLiteral("a different request id");
        QTest::newRow("no result") << QByteArray(R"({"jsonrpc":"2.0","id":1})") << QStringLiteral("without a result");
        QTest::newRow("result not a list") << QByteArray(R"({"jsonrpc":"2.0","id":1,"result":{}})")
                                           << QStringLiteral("something other than a list of logs");
        QTest::newRow("a number") << QByteArray("42") << QStringLiteral("something other than a JSON-RPC response");
        QTest::newRow("short topic") << answer(logJson("6c07ddda4\"", "6c07ddd\""))
                                     << QStringLiteral("a topic that is not 32 bytes of hex");
        QTest::newRow("short address") << answer(logJson("3c7fa6e0\"", "3c7fa6\""))
                                       << QStringLiteral("an address that is not 20 bytes of hex");
        QTest::newRow("odd data") << answer(logJson("00ff\"", "00f\"")) << QStringLiteral("log data that is not hex");
        QTest::newRow("decimal block") << answer(logJson("\"0x2a\"", "\"42\""))
                                       << QStringLiteral("\"blockNumber\" that is not a hex quantity");
        QTest::newRow("huge index") << answer(logJson("\"0x3\"", "\"0x100000000\""))
                                    << QStringLiteral("\"logIndex\" that is not a hex quantity");
        QTest::newRow("no block hash") << answer(
            logJson(R"("blockHash":"0xcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd",)", ""))
                                       << QStringLiteral("a log without its address");
        QTest::newRow("pending log") << answer(logJson(R"("blockNumber":"0x2a")", R"("blockNumber":null)"))
                                     << QStringLiteral("\"blockNumber\" that is not a string");
        QTest::newRow("log not an object") << answer("1") << QStringLiteral("a log that is not an object");
    }

    void refusesWhatIsNotSuchAnAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, words);
        auto logs = parseLogsAnswer(body, 1, node);
        QVERIFY(!logs);
        QCOMPARE(logs.code(), ErrorCode::Network);
        QVERIFY2(logs.message().startsWith(node), qPrintable(logs.message()));
        QVERIFY2(logs.message().contains(words), qPrintable(logs.message()));
    }
};
DD_REGISTER_TEST(TestLogsAnswer);
#include "tst_logsanswer.moc"
