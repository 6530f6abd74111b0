// Integration tests against a real anvil: the JSON-RPC client (batches, errors, failover, every
// fault of the FaultProxy) and transactions built and signed by core landing on chain.

#include "anvilprocess.h"
#include "faultproxy.h"

#include "cache/curationreader.h"
#include "cache/governancereader.h"
#include "cache/governancewriter.h"
#include "common/hex.h"
#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "crypto/keccak.h"
#include "dao/ballot.h"
#include "dao/curationcalls.h"
#include "dao/daodeployer.h"
#include "dao/daodiscovery.h"
#include "dao/devnetseeder.h"
#include "dao/keyrequester.h"
#include "dao/transactionjournal.h"
#include "dao/transactiontracker.h"
#include "eth/chainsession.h"
#include "eth/clientthread.h"
#include "eth/eip712.h"
#include "eth/jsonrpcclient.h"
#include "eth/transaction.h"
#include "storage/cid.h"
#include "sync/chainindexer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrentRun>

using namespace dd;
using namespace dd::eth;

namespace {

template <typename T> T await(QFuture<T> future, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!future.isFinished())
        qFatal("a future did not finish within %d ms", timeoutMs);
    return future.result();
}

const char *key0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

crypto::PrivateKey devKey(int index)
{
    static const SecureBytes seed
        = crypto::bip39::mnemonicToSeed(QStringLiteral("test test test test test test test test test test test junk"));
    return crypto::bip32::ethereumKeyFromSeed(seed, index).value();
}

const crypto::Address &deadAddress()
{
    static const crypto::Address dead = crypto::Address::parse(u"0x000000000000000000000000000000000000dEaD").value();
    return dead;
}

// A journal row for a transaction signed by key, as TransactionService writes it.
dao::JournalEntry journalEntry(const crypto::PrivateKey &key, const Transaction &tx, const QString &status)
{
    dao::JournalEntry e;
    e.raw = tx.sign(key);
    e.hash = toHex(crypto::keccak256(e.raw));
    e.chainId = tx.chainId;
    e.sender = key.address();
    e.nonce = tx.nonce;
    e.summary = QStringLiteral("test");
    e.status = status;
    e.createdAt = QDateTime::currentDateTimeUtc();
    return e;
}

RpcOptions fastOptions()
{
    RpcOptions o;
    o.timeout = std::chrono::milliseconds(1500);
    o.backoff = std::chrono::milliseconds(20);
    o.maxAttempts = 3;
    return o;
}

// A test's own anvil, a client on its own thread, a session over it, and the first dev keys.
struct FreshChain {
    test::AnvilProcess anvil;
    QString error = anvil.start();
    ClientThread network {QList<QUrl> {anvil.url()}, fastOptions()};
    ChainSession chain {network.client(), std::chrono::seconds(30)};
    QList<crypto::PrivateKey> keys = [] {
        QList<crypto::PrivateKey> out;
        for (int i = 0; i < 5; ++i)
            out.append(devKey(i));
        return out;
    }();
    // The one TransactionService answers the deployer's and seeder's transactions, as in the
    // CLI's devnet, with a journal of its own.
    QTemporaryDir journalDir;
    dao::KeyRequester requester {
        network.client(), anvilChain(), keys, journalDir.filePath(QStringLiteral("journal.sqlite"))};
    Status journalOpened = requester.open();

    static dao::DaoProfile anvilChain()
    {
        dao::DaoProfile chain;
        chain.name = QStringLiteral("anvil");
        chain.chainId = 31337;
        return chain;
    }
    QList<crypto::Address> addresses() const
    {
        QList<crypto::Address> out;
        for (const auto &key : keys)
            out.append(key.address());
        return out;
    }
    Result<dao::DaoProfile> deploy(const dao::DaoParameters &parameters = {})
    {
        if (!journalOpened)
            return journalOpened.error();
        return dao::deployDao(chain, requester, keys[0].address(), parameters);
    }
    // A call signed by development key `from`; a revert comes back as an error in words.
    Result<Receipt> send(int from, const crypto::Address &to, const ContractAbi &abi, const QString &function,
        const AbiValue::List &args)
    {
        return chain.send(keys[from], TxRequest {to, {}, abi.encodeCall(function, args).value(), &abi});
    }
    AbiValue::List view(
        const crypto::Address &to, const ContractAbi &abi, const QString &function, const AbiValue::List &args)
    {
        auto result = chain.ethCall({}, TxRequest {to, {}, abi.encodeCall(function, args).value(), &abi});
        return result ? abi.decodeResult(function, result.value()).value_or(AbiValue::List()) : AbiValue::List();
    }
    UInt256 balanceOf(const dao::DaoProfile &profile, const crypto::Address &who)
    {
        const auto values = view(profile.token, dao::DaoAbis::load().value().token, QStringLiteral("balanceOf"),
            {AbiValue::bytes(who.bytes())});
        return values.empty() ? UInt256() : values[0].asNumber();
    }
};

} // namespace

class TestChain : public QObject {
    Q_OBJECT
    test::AnvilProcess m_anvil;

private slots:
    void initTestCase()
    {
        const QString error = m_anvil.start();
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void chainIdAndBatch()
    {
        JsonRpcClient client({m_anvil.url()}, fastOptions());
        auto id = await(client.chainId());
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(id.value(), quint64(31337));
        auto results = await(client.batch({{QStringLiteral("eth_chainId"), {}},
            {QStringLiteral("eth_getBalance"),
                {QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), QStringLiteral("latest")}},
            {QStringLiteral("no_such_method"), {}}}));
        QVERIFY2(results.ok(), qPrintable(results.message()));
        QCOMPARE(results.value().size(), 3);
        QCOMPARE(results.value()[0].value().toString(), QStringLiteral("0x7a69"));
        QCOMPARE(UInt256::parse(results.value()[1].value().toString()).value().toDecimal(),
            QStringLiteral("10000000000000000000000"));
        QCOMPARE(results.value()[2].code(), ErrorCode::Rpc);
        QVERIFY(results.value()[2].message().contains(m_anvil.url().toString()));
    }

    void runsOnItsOwnThread()
    {
        QThread thread;
        auto *client = new JsonRpcClient({m_anvil.url()}, fastOptions());
        client->moveToThread(&thread);
        connect(&thread, &QThread::finished, client, &QObject::deleteLater);
        thread.start();
        auto future = client->chainId();
        future.waitForFinished(); // the caller's thread only waits; the work runs on `thread`
        QCOMPARE(future.result().value(), quint64(31337));
        thread.quit();
        thread.wait();
    }

    void signedTransactionsLand()
    {
        JsonRpcClient client({m_anvil.url()}, fastOptions());
        const auto key = crypto::PrivateKey::fromHex(QString::fromLatin1(key0)).value();
        auto nonce = await(client.call(
            QStringLiteral("eth_getTransactionCount"), {key.address().toChecksumString(), QStringLiteral("pending")}));
        QVERIFY(nonce.ok());
        const auto recipient = crypto::Address::parse(u"0x000000000000000000000000000000000000dEaD").value();
        for (auto type : {Transaction::Type::Eip1559, Transaction::Type::Legacy}) {
            Transaction tx;
            tx.type = type;
            tx.chainId = 31337;
            tx.nonce = UInt256(quantityToU64(nonce.value()).value() + (type == Transaction::Type::Legacy ? 1 : 0));
            tx.maxPriorityFeePerGas = 1000000000;
            tx.maxFeePerGas = UInt256(100) * UInt256(1000000000);
            tx.gasLimit = 21000;
            tx.to = recipient;
            tx.value = 12345;
            const QByteArray raw = tx.sign(key);
            auto hash = await(client.call(QStringLiteral("eth_sendRawTransaction"), {toHex(raw)}));
            QVERIFY2(hash.ok(), qPrintable(hash.message()));
            QCOMPARE(hash.value().toString(), toHex(decodeRawTransaction(raw).value().hash));
            // Mining is quick but not instant: poll as a wallet does.
            Result<QJsonValue> receipt = QJsonValue();
            QElapsedTimer waited;
            waited.start();
            do {
                receipt = await(client.call(QStringLiteral("eth_getTransactionReceipt"), {hash.value()}));
                QVERIFY(receipt.ok());
            } while (receipt.value().isNull() && waited.elapsed() < 10000);
            QCOMPARE(receipt.value().toObject().value(QLatin1String("status")).toString(), QStringLiteral("0x1"));
        }
        auto balance = await(
            client.call(QStringLiteral("eth_getBalance"), {recipient.toChecksumString(), QStringLiteral("latest")}));
        QCOMPARE(UInt256::parse(balance.value().toString()).value(), UInt256(24690));
    }

    void revertDataComesBack()
    {
        JsonRpcClient client({m_anvil.url()}, fastOptions());
        // Code that always reverts with Error("no"): PUSH the ABI-encoded reason and REVERT.
        // Sent as an eth_call with `data` as init code (no `to`): the EVM runs it and reverts.
        const QByteArray reason = QByteArray::fromHex("08c379a0") + UInt256(32).toBigEndian() + UInt256(2).toBigEndian()
            + QByteArray("no") + QByteArray(30, '\0');
        QByteArray code;
        for (int i = 0; i < reason.size(); i += 32) {
            code += QByteArray::fromHex("7f") + reason.mid(i, 32).leftJustified(32, '\0');
            code += QByteArray::fromHex("60") + QByteArray(1, char(i)) + QByteArray::fromHex("52"); // MSTORE
        }
        code += QByteArray::fromHex("60") + QByteArray(1, char(reason.size())) + QByteArray::fromHex("6000fd");
        auto result = await(client.call(QStringLiteral("eth_call"),
            {QJsonObject {{QStringLiteral("data"), toHex(code)}}, QStringLiteral("latest")}));
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), ErrorCode::Rpc);
        QVERIFY2(result.error().data.startsWith(QStringLiteral("0x08c379a0")), qPrintable(result.error().data));
    }

    void rateLimitIsRetriedHonouringRetryAfter()
    {
        test::FaultProxy proxy(m_anvil.url());
        proxy.setFault(test::FaultProxy::Fault::RateLimit, 2, 1);
        JsonRpcClient client({proxy.url()}, fastOptions());
        QElapsedTimer timer;
        timer.start();
        auto id = await(client.chainId());
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(proxy.requestsSeen(), 3);
        QVERIFY(timer.elapsed() >= 1900); // two Retry-After: 1 waits
    }

    // Issue 16, finding 8: a Retry-After past 2,147,483 s overflowed an int on its way to
    // milliseconds. It is capped at the client's maximum (here 300 ms) and the call goes on.
    void aHugeRetryAfterIsCapped()
    {
        test::FaultProxy proxy(m_anvil.url());
        proxy.setFault(test::FaultProxy::Fault::RateLimit, 1, 2147484);
        RpcOptions options = fastOptions();
        options.maxRetryAfter = std::chrono::milliseconds(300);
        JsonRpcClient client({proxy.url()}, options);
        auto id = await(client.chainId());
        QVERIFY2(id.ok(), qPrintable(id.message()));
        QCOMPARE(proxy.requestsSeen(), 2);
    }

    // Misbehaving nodes, bounded in time and memory and named in words: one that trickles its
    // answer a byte at a time (each byte resets Qt's transfer timeout), one that claims 1 GiB.
    void slowAndHugeAnswersAreCutOff()
    {
        test::FaultProxy proxy(m_anvil.url());
        RpcOptions options = fastOptions();
        options.answerDeadline = std::chrono::milliseconds(1500);
        options.maxAnswerBytes = 1 << 20;
        {
            proxy.setFault(test::FaultProxy::Fault::Trickle);
            JsonRpcClient client({proxy.url()}, options);
            auto id = await(client.chainId());
            QVERIFY(!id.ok());
            QVERIFY2(id.message().contains(QStringLiteral("took more than 1.5 s to answer")), qPrintable(id.message()));
        }
        // The size is what ends this one: a deadline far off, so a loaded machine cannot end it first.
        options.answerDeadline = std::chrono::seconds(20);
        {
            proxy.setFault(test::FaultProxy::Fault::Huge);
            JsonRpcClient client({proxy.url()}, options);
            auto id = await(client.chainId());
            QVERIFY(!id.ok());
            QVERIFY2(id.message().contains(QStringLiteral("answered with more than 1 MiB")), qPrintable(id.message()));
        }
        // A second node that behaves: the client fails over to it.
        proxy.setFault(test::FaultProxy::Fault::Huge);
        JsonRpcClient client({proxy.url(), m_anvil.url()}, options);
        auto id = await(client.chainId());
        QVERIFY2(id.ok(), qPrintable(id.message()));
    }

    void faultyNodesFailOver_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("words");
        using F = test::FaultProxy::Fault;
        QTest::newRow("server error") << int(F::ServerError) << "HTTP 502";
        QTest::newRow("truncated JSON") << int(F::Truncated) << "invalid JSON";
        QTest::newRow("not JSON") << int(F::NotJson) << "invalid JSON";
        QTest::newRow("never answers") << int(F::Hang) << "did not answer within 1500 ms";
        QTest::newRow("wrong request id") << int(F::WrongId) << "different request id";
    }
    void faultyNodesFailOver()
    {
        QFETCH(int, fault);
        QFETCH(QString, words);
        test::FaultProxy bad(m_anvil.url());
        bad.setFault(test::FaultProxy::Fault(fault));
        // Alone, the faulty node fails in words that name it.
        JsonRpcClient alone({bad.url()}, fastOptions());
        auto failed = await(alone.call(QStringLiteral("eth_blockNumber")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.code(), ErrorCode::Network);
        QVERIFY2(failed.message().contains(words), qPrintable(failed.message()));
        QVERIFY2(failed.message().contains(bad.url().toString()), qPrintable(failed.message()));
        // With a good node behind it, the client fails over and answers.
        JsonRpcClient both({bad.url(), m_anvil.url()}, fastOptions());
        auto answered = await(both.call(QStringLiteral("eth_blockNumber")));
        QVERIFY2(answered.ok(), qPrintable(answered.message()));
    }

    void wrongChainIsRefused()
    {
        test::FaultProxy liar(m_anvil.url());
        liar.setFault(test::FaultProxy::Fault::WrongChainId);
        JsonRpcClient client({liar.url()}, fastOptions());
        client.setExpectedChainId(31337);
        auto result = await(client.call(QStringLiteral("eth_blockNumber")));
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), ErrorCode::WrongNetwork);
        QVERIFY2(result.message().contains(QStringLiteral("is on chain 1, not the expected chain 31337")),
            qPrintable(result.message()));
        JsonRpcClient withGood({liar.url(), m_anvil.url()}, fastOptions());
        withGood.setExpectedChainId(31337);
        QVERIFY(await(withGood.call(QStringLiteral("eth_blockNumber"))).ok());
    }

    // The whole governance path through core on a fresh anvil: deploy, transfer, delegate,
    // propose, vote, cancel, queue, execute; every proposal state reached.
    void daoLifecycleThroughCore()
    {
        FreshChain fresh;
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        test::AnvilProcess &anvil = fresh.anvil;
        ChainSession &chain = fresh.chain;
        const QList<crypto::PrivateKey> &keys = fresh.keys;
        auto profile = fresh.deploy();
        QVERIFY2(profile.ok(), qPrintable(profile.message()));
        auto proposals = dao::seedDevnet(chain, fresh.requester, profile.value(), fresh.addresses());
        QVERIFY2(proposals.ok(), qPrintable(proposals.message()));
        QStringList states;
        for (const auto &p : proposals.value())
            states.append(dao::proposalStateName(p.state));
        QCOMPARE(states,
            QStringList({QStringLiteral("Executed"), QStringLiteral("Queued"), QStringLiteral("Succeeded"),
                QStringLiteral("Defeated"), QStringLiteral("Canceled"), QStringLiteral("Active"),
                QStringLiteral("Pending")}));
        // The executed proposal moved 25,000 DATA from the treasury to member 3.
        auto abis = dao::DaoAbis::load().value();
        auto balanceOf = [&](const crypto::Address &who) {
            const QByteArray data
                = abis.token.encodeCall(QStringLiteral("balanceOf"), {AbiValue::bytes(who.bytes())}).value();
            auto result = chain.ethCall(crypto::Address(), TxRequest {profile.value().token, {}, data, &abis.token});
            return abis.token.decodeResult(QStringLiteral("balanceOf"), result.value()).value()[0].asNumber();
        };
        const UInt256 token = UInt256(1000000000000000000ULL);
        QCOMPARE(balanceOf(profile.value().timelock), UInt256(375000) * token);
        QCOMPARE(balanceOf(keys[3].address()), UInt256(75000) * token);
        // The DAO can be found again from its governor alone.
        auto found = dao::discoverDao(chain, {anvil.url()}, profile.value().governor);
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found.value().token.toChecksumString(), profile.value().token.toChecksumString());
        QCOMPARE(found.value().timelock.toChecksumString(), profile.value().timelock.toChecksumString());
        QCOMPARE(found.value().chainId, quint64(31337));
        QCOMPARE(found.value().name, QStringLiteral("DataDAO Governor"));
        QCOMPARE(found.value().deploymentBlock, quint64(3)); // token, timelock, then the governor
        auto notGovernor = dao::discoverDao(chain, {anvil.url()}, profile.value().token);
        QVERIFY(!notGovernor.ok());
        QVERIFY2(notGovernor.message().contains(QStringLiteral("not a Governor")), qPrintable(notGovernor.message()));
        auto nothing = dao::discoverDao(chain, {anvil.url()}, keys[4].address());
        QVERIFY2(nothing.message().contains(QStringLiteral("no contract")), qPrintable(nothing.message()));

        // A vote on an ended proposal is refused before signing, in words.
        const QByteArray vote = abis.governor
                                    .encodeCall(QStringLiteral("castVote"),
                                        {AbiValue::number(proposals.value()[3].id), AbiValue::number(1)})
                                    .value();
        auto refused = chain.prepare(keys[2].address(), TxRequest {profile.value().governor, {}, vote, &abis.governor});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("GovernorUnexpectedProposalState")),
            qPrintable(refused.message()));

        // A vote signed now (no gas needed) and relayed later by another account.
        const crypto::Address governor = profile.value().governor;
        const UInt256 activeId = proposals.value()[5].id;
        auto governorCall = [&](const dao::RelayCall &call) {
            return TxRequest {governor, {}, abis.governor.encodeCall(call.function, call.args).value(), &abis.governor};
        };
        auto hasVoted = [&](const crypto::Address &who) {
            const QByteArray data = abis.governor
                                        .encodeCall(QStringLiteral("hasVoted"),
                                            {AbiValue::number(activeId), AbiValue::bytes(who.bytes())})
                                        .value();
            auto result = chain.ethCall(crypto::Address(), TxRequest {governor, {}, data, &abis.governor});
            return abis.governor.decodeResult(QStringLiteral("hasVoted"), result.value()).value()[0].asBool();
        };
        auto ballot = dao::prepareBallot(chain, dao::GovernorKind::OpenZeppelin, abis.governor, governor, activeId, 1,
            keys[2].address(), QStringLiteral("Signed offline, relayed by a friend."));
        QVERIFY2(ballot.ok(), qPrintable(ballot.message()));
        QCOMPARE(ballot.value().domainName, QStringLiteral("DataDAO Governor"));
        QCOMPARE(ballot.value().domainVersion, QStringLiteral("1"));
        QCOMPARE(ballot.value().nonce, UInt256(0));
        const QByteArray signature
            = keys[2].sign(eth::eip712::hash(dao::ballotTypedData(ballot.value())).value().digest).toRsv();
        dao::Ballot altered = ballot.value();
        altered.support = 0; // the signature does not cast another choice
        auto forged = chain.prepare(keys[0].address(), governorCall(dao::ballotRelayCall(altered, signature)));
        QVERIFY2(forged.message().contains(QStringLiteral("GovernorInvalidSignature")), qPrintable(forged.message()));
        QVERIFY(!hasVoted(keys[2].address()));
        auto relayed = chain.send(keys[0], governorCall(dao::ballotRelayCall(ballot.value(), signature)));
        QVERIFY2(relayed.ok(), qPrintable(relayed.message()));
        QVERIFY(hasVoted(keys[2].address()));
        // Used once: the governor's nonce moved on, so a replay no longer verifies.
        auto replay = chain.prepare(keys[0].address(), governorCall(dao::ballotRelayCall(ballot.value(), signature)));
        QVERIFY2(replay.message().contains(QStringLiteral("GovernorInvalidSignature")), qPrintable(replay.message()));
        // Without a reason it is a plain Ballot and castVoteBySig.
        auto plain = dao::prepareBallot(
            chain, dao::GovernorKind::OpenZeppelin, abis.governor, governor, activeId, 2, keys[4].address(), QString());
        QVERIFY(plain.ok());
        QCOMPARE(dao::ballotRelayCall(plain.value(), {}).function, QStringLiteral("castVoteBySig"));
        const QByteArray plainSignature
            = keys[4].sign(eth::eip712::hash(dao::ballotTypedData(plain.value())).value().digest).toRsv();
        auto plainRelayed = chain.send(keys[1], governorCall(dao::ballotRelayCall(plain.value(), plainSignature)));
        QVERIFY2(plainRelayed.ok(), qPrintable(plainRelayed.message()));
        QVERIFY(hasVoted(keys[4].address()));
    }

    // Signed and journaled, never sent (the app stopped between journal and send), and then the
    // member sends another: the new one does not wait behind a nonce the node never saw (the kill
    // campaign found a publication whose approval was never mined so); the first is sent first.
    void aTransactionNeverSentDoesNotStrandTheNext()
    {
        QTemporaryDir dir;
        dao::TransactionJournal journal(dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(journal.open().ok());
        ClientThread network({m_anvil.url()}, fastOptions());
        ChainSession chain(network.client(), std::chrono::seconds(10));
        const crypto::PrivateKey key = devKey(7);
        dao::KeySigner signer({key});
        dao::TransactionService service(network.client(), signer, journal, QStringLiteral("anvil"), 31337,
            QStringLiteral("ETH"), std::chrono::seconds(10));
        auto stranded = journalEntry(key,
            chain.prepare(key.address(), TxRequest {deadAddress(), UInt256(3), {}, nullptr}).value(),
            QStringLiteral("signed"));
        QVERIFY(journal.record(stranded).ok());
        auto next = service.prepare(
            key.address(), TxRequest {deadAddress(), UInt256(4), {}, nullptr}, QStringLiteral("test"), QString());
        QVERIFY2(next.ok(), qPrintable(next.message()));
        QCOMPARE(next.value().transaction.nonce, stranded.nonce + UInt256(1));
        auto sent = service.signAndSend(next.value());
        QVERIFY2(sent.ok(), qPrintable(sent.message()));
        QVERIFY(chain.waitForReceipt(fromHex(stranded.hash).value()).ok());
    }

    // The journal after a restart, a dropped transaction, a replaced one and one the node
    // refuses: the tracker settles each from the chain and resends what can still land.
    void journalIsReconciledWithTheChain()
    {
        QTemporaryDir dir;
        dao::TransactionJournal journal(dir.filePath(QStringLiteral("local.sqlite")));
        QVERIFY(journal.open().ok());
        ClientThread network({m_anvil.url()}, fastOptions());
        ChainSession chain(network.client(), std::chrono::seconds(10));
        dao::TransactionTracker tracker(chain, journal);
        const crypto::PrivateKey key = devKey(6);
        auto fees = chain.suggestFees();
        QVERIFY2(fees.ok(), qPrintable(fees.message()));
        QVERIFY(fees.value().eip1559);
        QVERIFY(fees.value().maxFeePerGas > fees.value().maxPriorityFeePerGas);
        auto statusOf = [&journal](const QString &hash) {
            const auto entries = journal.entries();
            for (const auto &e : entries.value())
                if (e.hash == hash)
                    return e.status;
            return QString();
        };
        auto prepared = [&](std::uint64_t value) {
            return chain.prepare(key.address(), TxRequest {deadAddress(), UInt256(value), {}, nullptr}).value();
        };

        // Signed and journaled, then the app stopped before sending it: it is sent now.
        const dao::JournalEntry unsent = journalEntry(key, prepared(1), QStringLiteral("signed"));
        QVERIFY(journal.record(unsent).ok());
        auto changes = tracker.reconcile(31337);
        QVERIFY2(changes.ok(), qPrintable(changes.message()));
        QCOMPARE(changes.value().size(), 1);
        QCOMPARE(changes.value()[0].status, QStringLiteral("pending"));
        QVERIFY(changes.value()[0].note.contains(QStringLiteral("signed but not sent")));
        QVERIFY(chain.waitForReceipt(fromHex(unsent.hash).value()).ok());
        changes = tracker.reconcile(31337);
        QCOMPARE(changes.value().size(), 1);
        QCOMPARE(changes.value()[0].status, QStringLiteral("mined"));
        QVERIFY(changes.value()[0].block > 0);
        QCOMPARE(statusOf(unsent.hash), QStringLiteral("mined"));
        QVERIFY(tracker.reconcile(31337).value().isEmpty()); // nothing left to settle

        // Dropped from the node's pool: sent again from the journal's bytes.
        QVERIFY(chain.call(QStringLiteral("evm_setAutomine"), {false}).ok());
        auto automine = qScopeGuard([&chain] { (void)chain.call(QStringLiteral("evm_setAutomine"), {true}); });
        const dao::JournalEntry dropped = journalEntry(key, prepared(2), QStringLiteral("pending"));
        QVERIFY(journal.record(dropped).ok());
        QVERIFY(chain.sendRaw(dropped.raw).ok());
        QVERIFY(chain.call(QStringLiteral("anvil_dropTransaction"), {dropped.hash}).ok());
        QVERIFY(!chain.knowsTransaction(fromHex(dropped.hash).value()).value());
        changes = tracker.reconcile(31337);
        QCOMPARE(changes.value().size(), 1);
        QVERIFY(changes.value()[0].note.contains(QStringLiteral("Sent again")));
        QVERIFY(chain.knowsTransaction(fromHex(dropped.hash).value()).value());
        QVERIFY(chain.call(QStringLiteral("evm_mine")).ok());
        QCOMPARE(tracker.reconcile(31337).value().value(0).status, QStringLiteral("mined"));

        // Replaced: another transaction with the same nonce was mined first.
        Transaction first = prepared(3);
        const dao::JournalEntry replaced = journalEntry(key, first, QStringLiteral("signed"));
        QVERIFY(journal.record(replaced).ok());
        Transaction other = first;
        other.value = UInt256(4);
        QVERIFY(chain.sendRaw(other.sign(key)).ok());
        QVERIFY(chain.call(QStringLiteral("evm_mine")).ok());
        changes = tracker.reconcile(31337);
        QCOMPARE(changes.value().size(), 1);
        QCOMPARE(changes.value()[0].status, QStringLiteral("replaced"));
        QVERIFY(changes.value()[0].note.contains(QStringLiteral("nonce %1").arg(first.nonce.toDecimal())));

        // Refused when sent again (its account has no funds): dropped, in the node's words.
        const crypto::PrivateKey poor = devKey(40);
        Transaction broke = first;
        broke.nonce = 0;
        QVERIFY(journal.record(journalEntry(poor, broke, QStringLiteral("pending"))).ok());
        changes = tracker.reconcile(31337);
        QCOMPARE(changes.value().size(), 1);
        QCOMPARE(changes.value()[0].status, QStringLiteral("dropped"));
        QVERIFY2(changes.value()[0].note.contains(QStringLiteral("refuses it again: ")),
            qPrintable(changes.value()[0].note));

        // Another chain's node settles nothing: a transaction journaled for chain 1 is not
        // checked against this one.
        Transaction elsewhere = first;
        elsewhere.chainId = 1;
        QVERIFY(journal.record(journalEntry(poor, elsewhere, QStringLiteral("pending"))).ok());
        auto wrongChain = tracker.reconcile(1);
        QCOMPARE(wrongChain.code(), ErrorCode::WrongNetwork);
    }

    // A node whose answers contradict what it was asked: the hash of another transaction for
    // the one sent, the receipt of another transaction. Neither answer is believed.
    void contradictingNodeIsCaught()
    {
        test::FaultProxy liar(m_anvil.url());
        ClientThread network({liar.url()}, fastOptions());
        ChainSession chain(network.client(), std::chrono::seconds(10));
        const crypto::PrivateKey key = devKey(7);
        // The proxy serves on this thread: the blocking session runs on a worker meanwhile.
        auto tx = await(QtConcurrent::run([&] {
            return chain.prepare(key.address(), TxRequest {deadAddress(), UInt256(5), {}, nullptr});
        }));
        QVERIFY2(tx.ok(), qPrintable(tx.message()));
        const QByteArray raw = tx.value().sign(key);
        liar.setFault(test::FaultProxy::Fault::LyingHash);
        auto sent = await(QtConcurrent::run([&] { return chain.sendRaw(raw); }));
        QVERIFY(!sent.ok());
        QVERIFY2(sent.message().contains(QStringLiteral("contradicts itself")), qPrintable(sent.message()));
        // The node did take it: its receipt comes, but not while the node names another one.
        const QByteArray hash = crypto::keccak256(raw);
        liar.setFault(test::FaultProxy::Fault::ForeignReceipt);
        auto foreign = await(QtConcurrent::run([&] { return chain.waitForReceipt(hash); }));
        QVERIFY(!foreign.ok());
        QVERIFY2(
            foreign.message().contains(QStringLiteral("not of %1").arg(toHex(hash))), qPrintable(foreign.message()));
        liar.setFault(test::FaultProxy::Fault::None);
        auto honest = await(QtConcurrent::run([&] { return chain.waitForReceipt(hash); }));
        QVERIFY2(honest.ok(), qPrintable(honest.message()));
    }

    // The governance indexer on a seeded devnet: through a node that refuses wide log ranges,
    // stopped halfway and resumed, through a node that fails midway, and across a reorg made
    // with anvil_reorg. Every time the cache agrees with the Governor.
private:
    // Empty when the cache file holds every seeded proposal with the Governor's state and tally
    // for it; otherwise what differs.
    // The cache file's indexes (name and SQL), read on a connection of its own.
    static QStringList indexesOf(const QString &file)
    {
        static int connections = 0;
        cache::CacheDatabase db(
            file, QStringLiteral("indexes-%1").arg(++connections), cache::CacheDatabase::Role::Reader);
        if (!db.open())
            return {QStringLiteral("(could not open %1)").arg(file)};
        QSqlQuery q(db.db());
        QStringList out;
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "ORDER BY name")))
            return {q.lastError().text()};
        while (q.next())
            out.append(q.value(0).toString() + QLatin1String(": ") + q.value(1).toString());
        return out;
    }

    static QString cacheAgreesWithChain(ChainSession &chain, const dao::DaoProfile &profile, qsizetype seededCount,
        const QString &file, const QString &connection)
    {
        const dao::DaoAbis &abis = dao::DaoAbis::load().value();
        cache::CacheDatabase db(file, connection, cache::CacheDatabase::Role::Reader);
        if (auto opened = db.open(); !opened)
            return opened.message();
        cache::GovernanceReader reader(db);
        auto proposals = reader.proposals();
        if (!proposals || proposals.value().size() != seededCount)
            return QStringLiteral("proposals: %1").arg(proposals ? proposals.value().size() : -1);
        for (const cache::ProposalSummary &p : proposals.value()) {
            const UInt256 id = UInt256::fromDecimal(p.id).value();
            auto votes = chain.ethCall({},
                {profile.governor, {},
                    abis.governor.encodeCall(QStringLiteral("proposalVotes"), {AbiValue::number(id)}).value(),
                    nullptr});
            auto state = chain.ethCall({},
                {profile.governor, {},
                    abis.governor.encodeCall(QStringLiteral("state"), {AbiValue::number(id)}).value(), nullptr});
            if (!votes || !state)
                return QStringLiteral("eth_call failed");
            const auto tally = abis.governor.decodeResult(QStringLiteral("proposalVotes"), votes.value()).value();
            const int chainState
                = int(abis.governor.decodeResult(QStringLiteral("state"), state.value()).value()[0].asNumber().low64());
            if (tally[0].asNumber() != p.againstVotes || tally[1].asNumber() != p.forVotes
                || tally[2].asNumber() != p.abstainVotes)
                return QStringLiteral("tally of %1").arg(p.title);
            if (int(p.state) != chainState)
                return QStringLiteral("state of %1: %2 vs %3").arg(p.title).arg(int(p.state)).arg(chainState);
        }
        return QString();
    }

private slots:
    void governanceIndexer()
    {
        FreshChain fresh;
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        test::AnvilProcess &anvil = fresh.anvil;
        ChainSession &chain = fresh.chain;
        const QList<crypto::PrivateKey> &keys = fresh.keys;
        auto profile = fresh.deploy();
        QVERIFY2(profile.ok(), qPrintable(profile.message()));
        auto seeded = dao::seedDevnet(chain, fresh.requester, profile.value(), fresh.addresses());
        QVERIFY2(seeded.ok(), qPrintable(seeded.message()));
        const dao::DaoAbis &abis = dao::DaoAbis::load().value();
        const sync::IndexerSettings settings {
            profile.value().governor, profile.value().token, profile.value().deploymentBlock, 3};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));

        // The cache against the Governor: every seeded proposal, its state and its tally.
        int readers = 0;
        auto agreesWithChain = [&](const QString &file) {
            return cacheAgreesWithChain(
                chain, profile.value(), seeded.value().size(), file, QStringLiteral("reader-%1").arg(++readers));
        };

        // A node that refuses ranges over 8 blocks (as Infura answers -32005); stopped after the
        // first stored range, as a killed app would be.
        test::FaultProxy capped(anvil.url());
        capped.setFault(test::FaultProxy::Fault::LogRangeLimit);
        ClientThread cappedNetwork({capped.url()}, fastOptions());
        ChainSession cappedChain(cappedNetwork.client(), std::chrono::seconds(30));
        // SQLite connections belong to the thread that opened them: each worker opens its own.
        quint64 stoppedAt = 0;
        auto stopped = await(QtConcurrent::run([&] {
            cache::CacheDatabase db(path, QStringLiteral("writer-1"), cache::CacheDatabase::Role::Writer);
            if (auto opened = db.open(); !opened)
                return Result<sync::SyncReport>(opened.error());
            sync::ChainIndexer indexer(cappedChain, db, abis.governor, abis.token, settings);
            std::atomic_bool stop = false;
            return indexer.syncOnce(&stop, [&](quint64 synced, quint64, qsizetype) {
                stoppedAt = synced;
                stop = true;
            });
        }));
        QCOMPARE(stopped.code(), ErrorCode::Cancelled);
        QVERIFY(stoppedAt > 0);
        // A first sync builds the readers' indexes once, at its end, stopped or not, each as the
        // migrations make it.
        const QString migrated = dir.filePath(QStringLiteral("migrated.sqlite"));
        QStringList migratedIndexes;
        {
            cache::CacheDatabase db(migrated, QStringLiteral("migrated"), cache::CacheDatabase::Role::Writer);
            QVERIFY(db.open().ok());
            migratedIndexes = indexesOf(migrated);
        }
        QVERIFY2(migratedIndexes.filter(QStringLiteral("votes_voter: ")).size() == 1,
            qPrintable(migratedIndexes.join(u'\n')));
        QCOMPARE(indexesOf(path), migratedIndexes);
        // One killed before its end leaves them out (here: dropped by hand); the next sync
        // builds them before it goes on.
        {
            cache::CacheDatabase db(path, QStringLiteral("writer-killed"), cache::CacheDatabase::Role::Writer);
            QVERIFY(db.open().ok());
            QVERIFY(db.dropSecondaryIndexes().ok());
        }
        QCOMPARE(indexesOf(path).filter(QStringLiteral("votes_")).size(), 0);
        // Restarted: it resumes after the last stored range and finishes.
        std::optional<quint64> resumedFrom;
        auto resumed = await(QtConcurrent::run([&] {
            cache::CacheDatabase db(path, QStringLiteral("writer-2"), cache::CacheDatabase::Role::Writer);
            if (auto opened = db.open(); !opened)
                return Result<sync::SyncReport>(opened.error());
            resumedFrom = cache::GovernanceWriter(db).syncedBlock();
            sync::ChainIndexer indexer(cappedChain, db, abis.governor, abis.token, settings);
            return indexer.syncOnce();
        }));
        QVERIFY2(resumed.ok(), qPrintable(resumed.message()));
        QCOMPARE(indexesOf(path), migratedIndexes);
        QCOMPARE(resumedFrom.value_or(0), stoppedAt);
        QCOMPARE(resumed.value().fromBlock, stoppedAt + 1);
        QVERIFY2(resumed.value().rangeSize <= 8, qPrintable(QString::number(resumed.value().rangeSize)));
        QString disagreement = agreesWithChain(path);
        QVERIFY2(disagreement.isEmpty(), qPrintable(disagreement));

        // A vote lands, then a reorg takes its block away.
        cache::CacheDatabase db(path, QStringLiteral("writer-3"), cache::CacheDatabase::Role::Writer);
        QVERIFY(db.open().ok());
        sync::ChainIndexer indexer(chain, db, abis.governor, abis.token, settings);
        QString active;
        for (const auto &p : seeded.value())
            if (p.state == 1)
                active = p.id.toDecimal();
        QVERIFY(!active.isEmpty());
        std::optional<Receipt> voted;
        for (const auto &key : keys) {
            auto receipt = chain.send(key,
                {profile.value().governor, {},
                    abis.governor
                        .encodeCall(QStringLiteral("castVoteWithReason"),
                            {AbiValue::number(UInt256::fromDecimal(active).value()), AbiValue::number(UInt256(0)),
                                AbiValue::text(QStringLiteral("reorg test"))})
                        .value(),
                    &abis.governor});
            if (receipt) {
                voted = receipt.value();
                break;
            }
        }
        QVERIFY2(voted.has_value(), "no member could still vote on the active proposal");
        cache::GovernanceReader reader(db);
        const auto votesBefore = reader.votes(active).value().size();
        auto report = indexer.syncOnce();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(reader.votes(active).value().size(), votesBefore + 1);
        const quint64 head = chain.blockNumber().value();
        QVERIFY(chain.call(QStringLiteral("anvil_reorg"), {qint64(head - voted->blockNumber + 1), QJsonArray()}).ok());
        report = indexer.syncOnce();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(report.value().reorgFrom.has_value());
        QVERIFY(*report.value().reorgFrom <= voted->blockNumber);
        QCOMPARE(reader.votes(active).value().size(), votesBefore);
        disagreement = agreesWithChain(path);
        QVERIFY2(disagreement.isEmpty(), qPrintable(disagreement));

        // A node that replays old blocks (issue 16): the chain goes back three blocks under the
        // synced cache. Nothing is rolled back on its word, the pass says why in words; once the
        // node is past the cache again, the blocks it replaced are found and rolled back.
        const QJsonValue snapshot = chain.call(QStringLiteral("evm_snapshot"), {}).value();
        QVERIFY(chain.call(QStringLiteral("anvil_mine"), {3}).ok());
        report = indexer.syncOnce();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        const quint64 syncedHead = report.value().toBlock;
        QVERIFY(chain.call(QStringLiteral("evm_revert"), {snapshot}).ok());
        report = indexer.syncOnce();
        QVERIFY(!report.ok());
        QCOMPARE(report.message(),
            QStringLiteral("The node is at block %1, behind block %2 that is synced already: it lags, or it went "
                           "back to older blocks. The cache is kept; syncing goes on once the node is past block %2.")
                .arg(syncedHead - 3)
                .arg(syncedHead));
        QCOMPARE(cache::GovernanceWriter(db).syncedBlock().value_or(0), syncedHead);
        QCOMPARE(reader.votes(active).value().size(), votesBefore);
        QVERIFY(chain.call(QStringLiteral("anvil_mine"), {4}).ok());
        report = indexer.syncOnce();
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QVERIFY(report.value().reorgFrom.has_value() && *report.value().reorgFrom > syncedHead - 3);
        QCOMPARE(report.value().toBlock, syncedHead + 1);
        disagreement = agreesWithChain(path);
        QVERIFY2(disagreement.isEmpty(), qPrintable(disagreement));

        // A node that fails midway: the error names it; the cache stays consistent and the next
        // pass finishes.
        test::FaultProxy flaky(anvil.url());
        ClientThread flakyNetwork({flaky.url()}, fastOptions());
        ChainSession flakyChain(flakyNetwork.client(), std::chrono::seconds(30));
        const QString freshPath = dir.filePath(QStringLiteral("fresh.sqlite"));
        flaky.setFault(test::FaultProxy::Fault::LogRangeLimit);
        auto runFlaky = [&](bool failMidway) {
            cache::CacheDatabase fresh(freshPath, QStringLiteral("writer-4"), cache::CacheDatabase::Role::Writer);
            if (auto opened = fresh.open(); !opened)
                return Result<sync::SyncReport>(opened.error());
            sync::ChainIndexer flakyIndexer(flakyChain, fresh, abis.governor, abis.token, settings);
            return flakyIndexer.syncOnce(nullptr, [&](quint64, quint64, qsizetype) {
                if (failMidway)
                    QMetaObject::invokeMethod(
                        &flaky, [&flaky] { flaky.setFault(test::FaultProxy::Fault::ServerError); },
                        Qt::BlockingQueuedConnection);
            });
        };
        auto failed = await(QtConcurrent::run([&] { return runFlaky(true); }));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.message().contains(QStringLiteral("HTTP 502")), qPrintable(failed.message()));
        QVERIFY2(failed.message().contains(flaky.url().toString()), qPrintable(failed.message()));
        flaky.setFault(test::FaultProxy::Fault::None);
        auto recovered = await(QtConcurrent::run([&] { return runFlaky(false); }));
        QVERIFY2(recovered.ok(), qPrintable(recovered.message()));
        const QString after = agreesWithChain(freshPath);
        QVERIFY2(after.isEmpty(), qPrintable(after));
    }

    // A GovernorBravo-style governor (tests/fixtures/contracts/BravoGovernor.sol, Compound's
    // interface): found and recognised from its address, synced into the cache, voted on by
    // transaction and by signature, queued and executed by id.
    void bravoGovernorIsReadAndVotedOn()
    {
        FreshChain fresh;
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        test::AnvilProcess &anvil = fresh.anvil;
        ChainSession &chain = fresh.chain;
        const QList<crypto::PrivateKey> &keys = fresh.keys;
        const dao::DaoAbis &abis = dao::DaoAbis::load().value();
        const UInt256 token18 = UInt256(1000000000000000000ULL);
        auto deploy = [&](const eth::ContractAbi &abi, const QByteArray &bytecode, const AbiValue::List &args) {
            auto receipt
                = chain.send(keys[0], TxRequest {std::nullopt, {}, abi.encodeDeployment(bytecode, args).value(), &abi});
            return receipt ? receipt.value().contractAddress.value_or(crypto::Address()) : crypto::Address();
        };
        QByteArray tokenCode;
        const auto tokenAbi = eth::ContractAbi::embedded(QStringLiteral("DaoToken"), &tokenCode).value();
        const crypto::Address token = deploy(tokenAbi, tokenCode,
            {AbiValue::text(QStringLiteral("Comp-ish")), AbiValue::text(QStringLiteral("CMP")),
                AbiValue::bytes(keys[0].address().bytes()), AbiValue::number(UInt256(1000000) * token18)});
        QFile fixture(QStringLiteral(DD_FIXTURES "/contracts/artifacts/BravoGovernor.json"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        QByteArray bravoCode;
        const auto fixtureAbi = eth::ContractAbi::fromArtifact(fixture.readAll(), &bravoCode).value();
        const crypto::Address governor = deploy(fixtureAbi, bravoCode,
            {AbiValue::bytes(token.bytes()), AbiValue::number(1), AbiValue::number(20),
                AbiValue::number(UInt256(1000) * token18), AbiValue::number(60)});
        QVERIFY(!token.isZero() && !governor.isZero());
        auto send = [&](int from, const crypto::Address &to, const eth::ContractAbi &abi, const QString &function,
                        const AbiValue::List &args) {
            auto receipt = chain.send(keys[from], TxRequest {to, {}, abi.encodeCall(function, args).value(), &abi});
            return receipt ? QString() : receipt.message();
        };
        for (int i = 1; i <= 2; ++i)
            QCOMPARE(send(0, token, abis.token, QStringLiteral("transfer"),
                         {AbiValue::bytes(keys[i].address().bytes()), AbiValue::number(UInt256(50000) * token18)}),
                QString());
        QCOMPARE(send(0, token, abis.token, QStringLiteral("transfer"),
                     {AbiValue::bytes(governor.bytes()), AbiValue::number(UInt256(5000) * token18)}),
            QString());
        for (int i = 1; i <= 2; ++i)
            QCOMPARE(
                send(i, token, abis.token, QStringLiteral("delegate"), {AbiValue::bytes(keys[i].address().bytes())}),
                QString());

        // Recognised as GovernorBravo from its address alone; its token is comp().
        auto found = dao::discoverDao(chain, {anvil.url()}, governor);
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(found.value().governorKind, dao::GovernorKind::Bravo);
        QCOMPARE(found.value().token, token);
        QCOMPARE(found.value().name, QStringLiteral("Bravo Test Governor"));
        auto reloaded = dao::DaoProfile::fromJson(found.value().toJson());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded.value().governorKind, dao::GovernorKind::Bravo);

        // Proposed with Bravo's propose (a signature per action; empty: calldata has the selector).
        const QByteArray pay
            = abis.token
                  .encodeCall(QStringLiteral("transfer"),
                      {AbiValue::bytes(keys[3].address().bytes()), AbiValue::number(UInt256(100) * token18)})
                  .value();
        QCOMPARE(send(1, governor, abis.bravo, QStringLiteral("propose"),
                     {AbiValue::list({AbiValue::bytes(token.bytes())}), AbiValue::list({AbiValue::number(0)}),
                         AbiValue::list({AbiValue::text(QString())}), AbiValue::list({AbiValue::bytes(pay)}),
                         AbiValue::text(QStringLiteral("# Pay member 3\n\nA Bravo-style proposal."))}),
            QString());
        QVERIFY(chain.call(QStringLiteral("anvil_mine"), {QStringLiteral("0x2")}).ok());
        const UInt256 id(1);
        QCOMPARE(send(1, governor, abis.bravo, QStringLiteral("castVoteWithReason"),
                     {AbiValue::number(id), AbiValue::number(1), AbiValue::text(QStringLiteral("Bravo works."))}),
            QString());
        // By signature: Bravo's Ballot carries no reason and no nonce.
        auto withReason = dao::prepareBallot(
            chain, dao::GovernorKind::Bravo, abis.bravo, governor, id, 1, keys[2].address(), QStringLiteral("x"));
        QVERIFY(withReason.message().contains(QStringLiteral("carries no reason")));
        auto ballot
            = dao::prepareBallot(chain, dao::GovernorKind::Bravo, abis.bravo, governor, id, 1, keys[2].address(), {});
        QVERIFY2(ballot.ok(), qPrintable(ballot.message()));
        QCOMPARE(ballot.value().domainName, QStringLiteral("Bravo Test Governor"));
        const QByteArray signature
            = keys[2].sign(eth::eip712::hash(dao::ballotTypedData(ballot.value())).value().digest).toRsv();
        const dao::RelayCall relay = dao::ballotRelayCall(ballot.value(), signature);
        QCOMPARE(relay.function, QStringLiteral("castVoteBySig"));
        QCOMPARE(send(0, governor, abis.bravo, relay.function, relay.args), QString());
        auto receipt = chain.ethCall({},
            {governor, {},
                abis.bravo
                    .encodeCall(QStringLiteral("getReceipt"),
                        {AbiValue::number(id), AbiValue::bytes(keys[2].address().bytes())})
                    .value(),
                nullptr});
        QVERIFY(receipt.ok());
        QVERIFY(abis.bravo.decodeResult(QStringLiteral("getReceipt"), receipt.value()).value()[0].asList()[0].asBool());

        // The indexer reads it like an OpenZeppelin governor, with quorumVotes() as the quorum.
        QTemporaryDir dir;
        sync::IndexerSettings settings {governor, token, found.value().deploymentBlock, 0};
        settings.fixedQuorum = true;
        auto syncAndRead = [&](const QString &connection) -> std::optional<cache::ProposalSummary> {
            cache::CacheDatabase db(
                dir.filePath(QStringLiteral("bravo.sqlite")), connection, cache::CacheDatabase::Role::Writer);
            if (!db.open())
                return std::nullopt;
            sync::ChainIndexer indexer(chain, db, abis.governor, abis.token, settings);
            if (!indexer.syncOnce())
                return std::nullopt;
            auto proposals = cache::GovernanceReader(db).proposals();
            if (!proposals || proposals.value().size() != 1)
                return std::nullopt;
            return proposals.value().first();
        };
        QVERIFY(chain.call(QStringLiteral("anvil_mine"), {QStringLiteral("0x15")}).ok()); // past the voting period
        auto read = syncAndRead(QStringLiteral("bravo-1"));
        QVERIFY(read);
        QCOMPARE(read->title, QStringLiteral("Pay member 3"));
        QCOMPARE(read->voters, 2);
        QCOMPARE(read->forVotes, UInt256(100000) * token18);
        QCOMPARE(read->state, cache::ProposalState::Succeeded);
        QVERIFY(read->quorum.has_value());
        QCOMPARE(*read->quorum, UInt256(1000) * token18);

        // Queue and execute by id.
        QCOMPARE(send(0, governor, abis.bravo, QStringLiteral("queue"), {AbiValue::number(id)}), QString());
        QVERIFY(chain.call(QStringLiteral("evm_increaseTime"), {QStringLiteral("0x3d")}).ok());
        QVERIFY(chain.call(QStringLiteral("evm_mine")).ok());
        QCOMPARE(send(0, governor, abis.bravo, QStringLiteral("execute"), {AbiValue::number(id)}), QString());
        read = syncAndRead(QStringLiteral("bravo-2"));
        QVERIFY(read);
        QCOMPARE(read->state, cache::ProposalState::Executed);
        const QByteArray balanceCall
            = abis.token.encodeCall(QStringLiteral("balanceOf"), {AbiValue::bytes(keys[3].address().bytes())}).value();
        auto balance = chain.ethCall({}, {token, {}, balanceCall, nullptr});
        QCOMPARE(abis.token.decodeResult(QStringLiteral("balanceOf"), balance.value()).value()[0].asNumber(),
            UInt256(100) * token18);
    }

    void nothingListening()
    {
        const QUrl closed(QStringLiteral("http://127.0.0.1:%1").arg(test::freeLoopbackPort()));
        JsonRpcClient client({closed}, fastOptions());
        auto result = await(client.call(QStringLiteral("eth_blockNumber")));
        QVERIFY(!result.ok());
        QVERIFY2(result.message().contains(QStringLiteral("cannot be reached")), qPrintable(result.message()));
    }

    // DatasetRegistry on anvil: submit with a stake, no duplicates, stake below the minimum
    // refused, access bought (contributor paid, treasury fee taken, grant recorded), only the
    // curation contract settles, a rejection slashes part of the stake, governance alone sets the fee.
    void datasetRegistry()
    {
        FreshChain fresh;
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        const QList<crypto::PrivateKey> &keys = fresh.keys;
        dao::DaoParameters parameters;
        parameters.curators = {keys[1].address()};
        parameters.reviewQuorum = 1;
        auto deployed = fresh.deploy(parameters);
        QVERIFY2(deployed.ok(), qPrintable(deployed.message()));
        const dao::DaoProfile profile = deployed.value();
        QVERIFY(!profile.datasetRegistry.isZero());
        const auto abis = dao::DaoAbis::load().value();
        const UInt256 unit = UInt256(1000000000000000000ULL);
        auto send = [&](int from, const crypto::Address &to, const ContractAbi &abi, const QString &function,
                        const AbiValue::List &args) { return fresh.send(from, to, abi, function, args); };
        auto view = [&](const crypto::Address &to, const ContractAbi &abi, const QString &function,
                        const AbiValue::List &args) { return fresh.view(to, abi, function, args); };
        auto balanceOf = [&](const crypto::Address &who) { return fresh.balanceOf(profile, who); };
        const crypto::Address registry = profile.datasetRegistry;
        const crypto::Address contributor = keys[2].address();
        const crypto::Address buyer = keys[3].address();
        for (int i : {2, 3}) {
            QVERIFY(send(0, profile.token, abis.token, QStringLiteral("transfer"),
                {AbiValue::bytes(keys[i].address().bytes()), AbiValue::number(UInt256(1000) * unit)})
                        .ok());
            QVERIFY(send(i, profile.token, abis.token, QStringLiteral("approve"),
                {AbiValue::bytes(registry.bytes()), AbiValue::number(UInt256(1000) * unit)})
                        .ok());
        }
        const auto content
            = storage::Cid::parse(QStringLiteral("bafybeihkca5scgup2eaxdclt7dqbky2wpmyoaziyo2rega6olojesj7d4e"))
                  .value();
        const auto metadata
            = storage::Cid::parse(QStringLiteral("bafkreicupfz2vbdxjc7fqdaya5a6tms3e77dpc36gglftrc5edrhdwdyte"))
                  .value();
        auto submit = [&](const UInt256 &stake) {
            return send(2, registry, abis.registry, QStringLiteral("submit"),
                {AbiValue::bytes(content.bytes()), AbiValue::bytes(metadata.bytes()), AbiValue::number(3000123),
                    AbiValue::text(QStringLiteral("CC-BY-4.0")), AbiValue::number(UInt256(40) * unit),
                    AbiValue::number(stake)});
        };
        auto low = submit(UInt256(99) * unit);
        QVERIFY(!low.ok());
        QVERIFY2(low.message().contains(QLatin1String("StakeTooLow")), qPrintable(low.message()));
        auto submitted = submit(UInt256(100) * unit);
        QVERIFY2(submitted.ok(), qPrintable(submitted.message()));
        // The event carries everything the catalog needs, the CIDs in binary form.
        bool sawEvent = false;
        for (const QJsonValue &log : submitted.value().logs) {
            QList<QByteArray> topics;
            for (const QJsonValue &topic : log.toObject().value(u"topics").toArray())
                topics.append(fromHex(topic.toString()).value());
            auto decoded = abis.registry.decodeLog(topics, fromHex(log.toObject().value(u"data").toString()).value());
            if (!decoded || decoded.value().event->name != QLatin1String("DatasetSubmitted"))
                continue;
            sawEvent = true;
            QCOMPARE(decoded.value().values[0].asNumber(), UInt256(1));
            qsizetype used = 0;
            QCOMPARE(storage::Cid::fromBytes(decoded.value().values[2].asBytes(), used).value().toString(),
                content.toString());
            QCOMPARE(decoded.value().values[5].asText(), QStringLiteral("CC-BY-4.0"));
        }
        QVERIFY(sawEvent);
        QCOMPARE(balanceOf(registry), UInt256(100) * unit);
        auto again = submit(UInt256(100) * unit);
        QVERIFY(!again.ok());
        QVERIFY2(again.message().contains(QLatin1String("DatasetAlreadyRegistered")), qPrintable(again.message()));

        // Access: 40 DATA, 2.5% to the treasury, the rest to the contributor, a grant recorded.
        const UInt256 contributorBefore = balanceOf(contributor);
        const UInt256 treasuryBefore = balanceOf(profile.timelock);
        QVERIFY(send(3, registry, abis.registry, QStringLiteral("buyAccess"), {AbiValue::number(1)}).ok());
        QCOMPARE(balanceOf(contributor), contributorBefore + UInt256(39) * unit);
        QCOMPARE(balanceOf(profile.timelock), treasuryBefore + unit);
        QCOMPARE(view(registry, abis.registry, QStringLiteral("hasAccess"),
                     {AbiValue::number(1), AbiValue::bytes(buyer.bytes())})[0]
                     .asBool(),
            true);
        auto twice = send(3, registry, abis.registry, QStringLiteral("buyAccess"), {AbiValue::number(1)});
        QVERIFY2(twice.message().contains(QLatin1String("AlreadyHasAccess")), qPrintable(twice.message()));

        // Decided by the curation contract (one review is the quorum here): a rejection with a 50%
        // slash; only the curation contract settles.
        auto direct = send(1, registry, abis.registry, QStringLiteral("settle"),
            {AbiValue::number(1), AbiValue::boolean(false), AbiValue::number(5000), AbiValue::text(QString())});
        QVERIFY2(
            direct.message().contains(QLatin1String("AccessControlUnauthorizedAccount")), qPrintable(direct.message()));
        const UInt256 beforeReview = balanceOf(contributor);
        QVERIFY(send(1, profile.datasetCuration, abis.curation, QStringLiteral("review"),
            {AbiValue::number(1), AbiValue::boolean(false), AbiValue::number(5),
                AbiValue::text(QStringLiteral("Column 3 is empty in every row")), AbiValue::text(QString()),
                AbiValue::number(5000)})
                    .ok());
        QCOMPARE(balanceOf(contributor), beforeReview + UInt256(50) * unit);
        QCOMPARE(balanceOf(profile.timelock), treasuryBefore + unit + UInt256(50) * unit);
        auto closed = send(3, registry, abis.registry, QStringLiteral("buyAccess"), {AbiValue::number(1)});
        QVERIFY2(closed.message().contains(QLatin1String("DatasetNotAvailable"))
                || closed.message().contains(QLatin1String("AlreadyHasAccess")),
            qPrintable(closed.message()));
        // A rejected dataset's content can be submitted again (fixed), and withdrawn while pending.
        QVERIFY(submit(UInt256(100) * unit).ok());
        QVERIFY(send(2, registry, abis.registry, QStringLiteral("withdraw"), {AbiValue::number(2)}).ok());

        // Governance alone sets the fee.
        auto fee = send(0, registry, abis.registry, QStringLiteral("setFee"), {AbiValue::number(100)});
        QVERIFY2(fee.message().contains(QLatin1String("AccessControlUnauthorizedAccount")), qPrintable(fee.message()));
    }

    // DatasetCuration on anvil, every path: a quorum of two decides; one review per curator, none
    // of one's own dataset, none by a non-curator; reward, review fees and the capped slash to the
    // unit; a tie and an expired review period go to governance; appeals upheld and overturned,
    // and the tie and the expiry decided, by one real proposal voted through, queued and executed
    // by the timelock; a challenge sends an approved dataset back to review. Reverts in words.
    void datasetCuration()
    {
        FreshChain fresh;
        QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
        ChainSession &chain = fresh.chain;
        const QList<crypto::PrivateKey> &keys = fresh.keys;
        const UInt256 unit = UInt256(1000000000000000000ULL);
        dao::DaoParameters parameters;
        parameters.curators = {keys[1].address(), keys[4].address()};
        parameters.reviewPeriodSeconds = 3600;
        parameters.appealWindowSeconds = 3600;
        auto deployed = fresh.deploy(parameters);
        QVERIFY2(deployed.ok(), qPrintable(deployed.message()));
        const dao::DaoProfile profile = deployed.value();
        const auto abis = dao::DaoAbis::load().value();
        const crypto::Address registry = profile.datasetRegistry;
        const crypto::Address curation = profile.datasetCuration;
        auto address = [](const crypto::Address &a) { return AbiValue::bytes(a.bytes()); };
        auto balance = [&](const crypto::Address &who) { return fresh.balanceOf(profile, who); };
        auto tokens = [&](std::uint64_t n) { return UInt256(n) * unit; };
        // Members 2 (contributor), 3 (challenger) and 4 (curator) hold 1,000 DATA each and let the
        // registry and the curation contract take stakes and deposits; member 0 funds the pool.
        QVERIFY(
            fresh.send(0, profile.token, abis.token, QStringLiteral("delegate"), {address(keys[0].address())}).ok());
        for (int i : {2, 3, 4}) {
            QVERIFY(fresh
                        .send(0, profile.token, abis.token, QStringLiteral("transfer"),
                            {address(keys[i].address()), AbiValue::number(tokens(1000))})
                        .ok());
            for (const crypto::Address &spender : {registry, curation})
                QVERIFY(fresh
                            .send(i, profile.token, abis.token, QStringLiteral("approve"),
                                {address(spender), AbiValue::number(tokens(1000))})
                            .ok());
        }
        QVERIFY(fresh
                    .send(0, profile.token, abis.token, QStringLiteral("approve"),
                        {address(curation), AbiValue::number(tokens(1000))})
                    .ok());
        QVERIFY(fresh.send(0, curation, abis.curation, QStringLiteral("fund"), {AbiValue::number(tokens(1000))}).ok());
        auto pool = [&] { return fresh.view(curation, abis.curation, QStringLiteral("pool"), {})[0].asNumber(); };
        QCOMPARE(pool(), tokens(1000));

        int submitted = 0;
        auto submit = [&](int from) {
            ++submitted;
            auto r = fresh.send(from, registry, abis.registry, QStringLiteral("submit"),
                {AbiValue::bytes(QByteArray("content-") + QByteArray::number(submitted)),
                    AbiValue::bytes(QByteArrayLiteral("metadata")), AbiValue::number(1000),
                    AbiValue::text(QStringLiteral("CC0-1.0")), AbiValue::number(0), AbiValue::number(tokens(100))});
            return r ? submitted : -r.message().size(); // a negative id: refused
        };
        enum Reason { None = 0, PersonalData = 2, LowQuality = 6 };
        auto review = [&](int curator, int id, bool approve, int reason, std::uint64_t slash) {
            return fresh.send(curator, curation, abis.curation, QStringLiteral("review"),
                {AbiValue::number(UInt256(id)), AbiValue::boolean(approve), AbiValue::number(UInt256(reason)),
                    AbiValue::text(QStringLiteral("Checked against the metadata")),
                    AbiValue::text(QStringLiteral("ipfs://bafkreievidence/evidence.json")),
                    AbiValue::number(UInt256(slash))});
        };
        auto refusedWith = [](const Result<Receipt> &r, const char *error) {
            return !r.ok() && r.message().contains(QLatin1String(error));
        };
        auto registryStatus = [&](int id) {
            return int(
                fresh.view(registry, abis.registry, QStringLiteral("dataset"), {AbiValue::number(UInt256(id))})[0]
                    .asList()[3]
                    .asNumber()
                    .low64());
        };
        auto stage = [&](int id) {
            return int(fresh.view(curation, abis.curation, QStringLiteral("caseOf"), {AbiValue::number(UInt256(id))})[0]
                           .asList()[0]
                           .asNumber()
                           .low64());
        };
        enum Status { Pending = 1, Approved = 2, Rejected = 3 };
        enum Stage { InReview = 1, AwaitingGovernance = 2, StageRejected = 4, Appealed = 5 };
        const crypto::Address contributor = keys[2].address();
        const crypto::Address treasury = profile.timelock;

        // A: approved by the quorum. After the first review it can no longer be withdrawn; after
        // the second the stake comes back with the reward, and both curators earn the fee.
        const int a = submit(2);
        QVERIFY(a > 0);
        const UInt256 contributorBefore = balance(contributor);
        const UInt256 curator1Before = balance(keys[1].address());
        QVERIFY(refusedWith(review(3, a, true, None, 0), "AccessControlUnauthorizedAccount"));
        QVERIFY(refusedWith(review(1, a, true, PersonalData, 0), "ReasonMismatch"));
        QVERIFY(review(1, a, true, None, 0).ok());
        QCOMPARE(registryStatus(a), int(Pending));
        QVERIFY(refusedWith(review(1, a, true, None, 0), "AlreadyReviewed"));
        QVERIFY(refusedWith(
            fresh.send(2, registry, abis.registry, QStringLiteral("withdraw"), {AbiValue::number(UInt256(a))}),
            "DatasetUnderReview"));
        QVERIFY(review(4, a, true, None, 0).ok());
        QCOMPARE(registryStatus(a), int(Approved));
        QCOMPARE(balance(contributor), contributorBefore + tokens(100 + 50));
        QCOMPARE(balance(keys[1].address()), curator1Before + tokens(5));
        QCOMPARE(pool(), tokens(1000 - 50 - 5 - 5));

        // A curator's own dataset is not theirs to review.
        const int own = submit(4);
        QVERIFY(refusedWith(review(4, own, true, None, 0), "OwnDataset"));

        // B: rejected; the curators propose 40% and 80%, the average is capped at 50%.
        const int b = submit(2);
        UInt256 treasuryBefore = balance(treasury);
        UInt256 before = balance(contributor);
        QVERIFY(review(1, b, false, PersonalData, 4000).ok());
        QVERIFY(review(4, b, false, LowQuality, 8000).ok());
        QCOMPARE(registryStatus(b), int(Rejected));
        QCOMPARE(balance(treasury), treasuryBefore + tokens(50));
        QCOMPARE(balance(contributor), before + tokens(50));
        QCOMPARE(pool(), tokens(930));
        // Only its contributor appeals, once, with the deposit.
        QVERIFY(refusedWith(fresh.send(3, curation, abis.curation, QStringLiteral("appeal"),
                                {AbiValue::number(UInt256(b)), AbiValue::text(QStringLiteral("not mine"))}),
            "NotContributor"));
        QVERIFY(
            fresh
                .send(2, curation, abis.curation, QStringLiteral("appeal"),
                    {AbiValue::number(UInt256(b)), AbiValue::text(QStringLiteral("The e-mail column is synthetic"))})
                .ok());
        QCOMPARE(stage(b), int(Appealed));

        // C: a tie waits for governance; nobody is paid yet.
        const int c = submit(2);
        QVERIFY(review(1, c, true, None, 0).ok());
        QVERIFY(review(4, c, false, LowQuality, 1000).ok());
        QCOMPARE(stage(c), int(AwaitingGovernance));
        QCOMPARE(registryStatus(c), int(Pending));
        QCOMPARE(pool(), tokens(930));

        // E: rejected and appealed (to be upheld); F: rejected, its appeal comes too late.
        const int e = submit(2);
        const int f = submit(2);
        for (int id : {e, f}) {
            QVERIFY(review(1, id, false, PersonalData, 0).ok());
            QVERIFY(review(4, id, false, PersonalData, 0).ok());
        }
        QVERIFY(fresh
                    .send(2, curation, abis.curation, QStringLiteral("appeal"),
                        {AbiValue::number(UInt256(e)), AbiValue::text(QStringLiteral("Please look again"))})
                    .ok());
        QCOMPARE(pool(), tokens(930 - 4 * 5));

        // The cache the queue is read from: synced now and again at the end (a second sync
        // rebuilds what new events touched).
        QTemporaryDir cacheDir;
        const QString cachePath = cacheDir.filePath(QStringLiteral("cache.sqlite"));
        sync::IndexerSettings settings {profile.governor, profile.token, profile.deploymentBlock, 0};
        settings.registry = registry;
        settings.curation = curation;
        int syncs = 0;
        auto syncCache = [&]() -> QString {
            return await(QtConcurrent::run([&]() -> QString {
                cache::CacheDatabase db(
                    cachePath, QStringLiteral("curation-writer-%1").arg(++syncs), cache::CacheDatabase::Role::Writer);
                if (auto opened = db.open(); !opened)
                    return opened.message();
                sync::ChainIndexer indexer(chain, db, abis.governor, abis.token, settings);
                auto synced = indexer.syncOnce();
                return synced ? QString() : synced.message();
            }));
        };
        // Read on a thread of its own, as views do.
        struct Queue {
            QList<int> counts1, counts4, mine2; // counts for curator 1, curator 4; contributor 2's tab
            QList<cache::QueueItem> waiting1, appealed;
            QList<cache::ReviewEntry> reviewsOfA;
            QList<cache::CurationEvent> historyOfB;
            QList<cache::CuratorRecord> curators;
            cache::CurationRules rules;
            QString error;
        };
        auto readQueue = [&] {
            return await(QtConcurrent::run([&] {
                Queue q;
                cache::CacheDatabase db(
                    cachePath, QStringLiteral("curation-reader-%1").arg(syncs), cache::CacheDatabase::Role::Reader);
                if (auto opened = db.open(); !opened) {
                    q.error = opened.message();
                    return q;
                }
                cache::CurationReader reader(db);
                const QString one = keys[1].address().toChecksumString();
                q.counts1 = reader.counts(one).value_or({});
                q.counts4 = reader.counts(keys[4].address().toChecksumString()).value_or({});
                q.mine2 = reader.counts(contributor.toChecksumString()).value_or({});
                q.waiting1 = reader.queue(cache::QueueTab::WaitingForMe, one).value_or({});
                q.appealed = reader.queue(cache::QueueTab::AppealedOrChallenged, one).value_or({});
                q.reviewsOfA = reader.reviews(quint64(a)).value_or({});
                q.historyOfB = reader.history(quint64(b)).value_or({});
                q.curators = reader.curators().value_or({});
                auto rules = reader.rules();
                q.error = rules ? QString() : rules.message();
                q.rules = rules.value_or({});
                return q;
            }));
        };
        QString synced = syncCache();
        QVERIFY2(synced.isEmpty(), qPrintable(synced));
        Queue middle = readQueue();
        QVERIFY2(middle.error.isEmpty(), qPrintable(middle.error));
        QCOMPARE(middle.rules.quorum, 2);
        QCOMPARE(middle.rules.reviewPeriod, qint64(3600));
        QCOMPARE(middle.rules.pool, tokens(910).toDecimal());
        // Tabs: waiting for me, in review, decided, appealed or challenged, my own submissions.
        // Curator 1 may review the curator's own dataset; curator 4 may not. In review: that one
        // and the tie; decided: A and F; appealed: B and E.
        QCOMPARE(middle.counts1, (QList<int> {1, 2, 2, 2, 0}));
        QCOMPARE(middle.counts4, (QList<int> {0, 2, 2, 2, 1}));
        QCOMPARE(middle.mine2, (QList<int> {0, 2, 2, 2, 5}));
        QCOMPARE(middle.waiting1.size(), 1);
        QCOMPARE(middle.waiting1[0].dataset.id, quint64(own));
        QCOMPARE(middle.waiting1[0].reviews, 0);
        QVERIFY(middle.waiting1[0].reviewEndsAt > middle.waiting1[0].dataset.submittedAt);
        QCOMPARE(middle.waiting1[0].reviewEndsAt - middle.waiting1[0].dataset.submittedAt, qint64(3600));
        QCOMPARE(middle.appealed.size(), 2);
        QCOMPARE(middle.appealed[0].dataset.stage, cache::CurationStage::Appealed);

        // D: one review, then the period runs out: no more reviews; anyone hands it to governance.
        const int d = submit(2);
        QVERIFY(review(1, d, true, None, 0).ok());
        QVERIFY(chain.call(QStringLiteral("evm_increaseTime"), {QStringLiteral("0xe11")}).ok()); // 3601 s
        QVERIFY(chain.call(QStringLiteral("anvil_mine"), {QStringLiteral("0x1")}).ok());
        QVERIFY(refusedWith(review(4, d, true, None, 0), "ReviewPeriodOver"));
        QVERIFY(fresh.send(3, curation, abis.curation, QStringLiteral("expire"), {AbiValue::number(UInt256(d))}).ok());
        QCOMPARE(stage(d), int(AwaitingGovernance));
        QVERIFY(refusedWith(fresh.send(2, curation, abis.curation, QStringLiteral("appeal"),
                                {AbiValue::number(UInt256(f)), AbiValue::text(QStringLiteral("late"))}),
            "AppealWindowOver"));
        // Governance alone decides.
        QVERIFY(refusedWith(fresh.send(1, curation, abis.curation, QStringLiteral("resolveAppeal"),
                                {AbiValue::number(UInt256(b)), AbiValue::boolean(true)}),
            "AccessControlUnauthorizedAccount"));

        // One proposal: C approved, D rejected with a 20% slash, B's rejection overturned (with
        // its slash sent back from the treasury), E's upheld.
        auto call = [&](const ContractAbi &abi, const QString &function, const AbiValue::List &args) {
            return abi.encodeCall(function, args).value();
        };
        const QList<std::pair<crypto::Address, QByteArray>> actions {
            {curation,
                call(abis.curation, QStringLiteral("resolve"),
                    {AbiValue::number(UInt256(c)), AbiValue::boolean(true), AbiValue::number(0),
                        AbiValue::text(QStringLiteral("Approved by token holders"))})},
            {curation,
                call(abis.curation, QStringLiteral("resolve"),
                    {AbiValue::number(UInt256(d)), AbiValue::boolean(false), AbiValue::number(2000),
                        AbiValue::text(QStringLiteral("Rejected by token holders"))})},
            {curation,
                call(abis.curation, QStringLiteral("resolveAppeal"),
                    {AbiValue::number(UInt256(b)), AbiValue::boolean(true)})},
            {profile.token,
                call(abis.token, QStringLiteral("transfer"), {address(contributor), AbiValue::number(tokens(50))})},
            {curation,
                call(abis.curation, QStringLiteral("resolveAppeal"),
                    {AbiValue::number(UInt256(e)), AbiValue::boolean(false)})},
        };
        AbiValue::List targets, values, calldatas;
        for (const auto &[to, data] : actions) {
            targets.push_back(address(to));
            values.push_back(AbiValue::number(0));
            calldatas.push_back(AbiValue::bytes(data));
        }
        const QString description
            = QStringLiteral("Curation: decide #%1 and #%2, appeals of #%3 and #%4").arg(c).arg(d).arg(b).arg(e);
        const AbiValue descriptionHash = AbiValue::bytes(crypto::keccak256(description.toUtf8()));
        const AbiValue::List proposal {AbiValue::list(targets), AbiValue::list(values), AbiValue::list(calldatas)};
        auto proposed = fresh.send(0, profile.governor, abis.governor, QStringLiteral("propose"),
            {proposal[0], proposal[1], proposal[2], AbiValue::text(description)});
        QVERIFY2(proposed.ok(), qPrintable(proposed.message()));
        const UInt256 proposalId = fresh
                                       .view(profile.governor, abis.governor, QStringLiteral("hashProposal"),
                                           {proposal[0], proposal[1], proposal[2], descriptionHash})[0]
                                       .asNumber();
        QVERIFY(chain.call(QStringLiteral("anvil_mine"), {QStringLiteral("0x2")}).ok());
        QVERIFY(fresh
                    .send(0, profile.governor, abis.governor, QStringLiteral("castVote"),
                        {AbiValue::number(proposalId), AbiValue::number(1)})
                    .ok());
        QVERIFY(chain.call(QStringLiteral("anvil_mine"), {QStringLiteral("0x33")}).ok()); // past the voting period
        QVERIFY(fresh
                    .send(0, profile.governor, abis.governor, QStringLiteral("queue"),
                        {proposal[0], proposal[1], proposal[2], descriptionHash})
                    .ok());
        QVERIFY(chain.call(QStringLiteral("evm_increaseTime"), {QStringLiteral("0x3d")}).ok());
        QVERIFY(chain.call(QStringLiteral("anvil_mine"), {QStringLiteral("0x1")}).ok());
        treasuryBefore = balance(treasury);
        before = balance(contributor);
        const UInt256 curator1BeforeVote = balance(keys[1].address());
        auto executed = fresh.send(0, profile.governor, abis.governor, QStringLiteral("execute"),
            {proposal[0], proposal[1], proposal[2], descriptionHash});
        QVERIFY2(executed.ok(), qPrintable(executed.message()));
        QCOMPARE(registryStatus(c), int(Approved));
        QCOMPARE(registryStatus(d), int(Rejected));
        QCOMPARE(registryStatus(b), int(Approved));
        QCOMPARE(registryStatus(e), int(Rejected));
        // C: stake 100 + reward 50; D: 80 of 100; B: deposit 50 + reward 50 + the slash 50.
        QCOMPARE(balance(contributor), before + tokens(150 + 80 + 150));
        // D's 20 in, B's slash 50 out, E's deposit 50 in.
        QCOMPARE(balance(treasury), treasuryBefore + tokens(20));
        // Curator 1 approved C (the outcome) and D (not the outcome).
        QCOMPARE(balance(keys[1].address()), curator1BeforeVote + tokens(5));
        QCOMPARE(pool(), tokens(910 - 50 - 5 - 50));

        // A challenged: back to review; rejected in the new round, the challenger's deposit returns.
        const UInt256 challengerBefore = balance(keys[3].address());
        QVERIFY(fresh
                    .send(3, curation, abis.curation, QStringLiteral("challenge"),
                        {AbiValue::number(UInt256(a)), AbiValue::text(QStringLiteral("Rows 10-99 copy dataset #3")),
                            AbiValue::text(QStringLiteral("ipfs://bafkreichallenge/evidence.json"))})
                    .ok());
        QCOMPARE(balance(keys[3].address()), challengerBefore - tokens(50));
        QCOMPARE(registryStatus(a), int(Pending));
        QCOMPARE(stage(a), int(InReview));
        QVERIFY(review(1, a, false, LowQuality, 0).ok());
        QVERIFY(review(4, a, false, LowQuality, 0).ok());
        QCOMPARE(registryStatus(a), int(Rejected));
        QCOMPARE(stage(a), int(StageRejected));
        QCOMPARE(balance(keys[3].address()), challengerBefore);

        // The cache after it all agrees with the chain: every dataset's stage, A's four reviews
        // over two rounds, B's appeal overturned with its payments, each curator's record.
        synced = syncCache();
        QVERIFY2(synced.isEmpty(), qPrintable(synced));
        Queue end = readQueue();
        QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
        // Nothing waits (the curator's own dataset's period ran out); it alone is in review.
        QCOMPARE(end.counts1, (QList<int> {0, 1, 6, 0, 0}));
        QCOMPARE(end.mine2, (QList<int> {0, 1, 6, 0, 6}));
        QCOMPARE(end.reviewsOfA.size(), 4);
        QCOMPARE(end.reviewsOfA[2].round, 1);
        QCOMPARE(end.reviewsOfA[2].curator, keys[1].address().toChecksumString());
        QCOMPARE(end.reviewsOfA[2].reason, int(LowQuality));
        QCOMPARE(end.reviewsOfA[2].evidenceUri, QStringLiteral("ipfs://bafkreievidence/evidence.json"));
        QVERIFY(end.reviewsOfA[2].time > end.reviewsOfA[0].time);
        QStringList kinds;
        for (const cache::CurationEvent &e : end.historyOfB)
            kinds.append(e.kind);
        QCOMPARE(kinds.join(u' '),
            QStringLiteral("evidence evidence decided fee fee appealed reinstated reward appealResolved"));
        QCOMPARE(end.historyOfB[2].data.value(u"slashed").toString(), tokens(50).toDecimal());
        QCOMPARE(end.historyOfB.last().data.value(u"overturned").toBool(), true);
        // Curator 1 agreed with 6 of 7 decided reviews (not D), curator 4 with 5 of 6 (not C).
        QCOMPARE(end.curators.size(), 2);
        QCOMPARE(end.curators[0].address, keys[1].address().toChecksumString());
        QCOMPARE(end.curators[0].active, true);
        QCOMPARE(end.curators[0].reviews, 7);
        QCOMPARE(end.curators[0].decided, 7);
        QCOMPARE(end.curators[0].agreed, 6);
        QCOMPARE(end.curators[0].feesEarned, tokens(30).toDecimal());
        QCOMPARE(end.curators[1].reviews, 6);
        QCOMPARE(end.curators[1].agreed, 5);
        QCOMPARE(end.curators[1].feesEarned, tokens(25).toDecimal());

        // The workflow's live reads, and a verdict that cannot pass refused before it is asked.
        auto live = dao::readCurationParameters(chain, profile);
        QVERIFY2(live.ok(), qPrintable(live.message()));
        QCOMPARE(live.value().quorum, 2);
        QCOMPARE(live.value().pool, tokens(910 - 50 - 5 - 50 - 10));
        auto caseOfA = dao::readCurationCase(chain, profile, quint64(a));
        QVERIFY2(caseOfA.ok(), qPrintable(caseOfA.message()));
        QCOMPARE(caseOfA.value().round, 1u);
        QCOMPARE(caseOfA.value().challenger, keys[3].address());
        QCOMPARE(dao::isCurator(chain, profile, keys[4].address()).value_or(false), true);
        QCOMPARE(dao::isCurator(chain, profile, keys[3].address()).value_or(true), false);
        dao::ReviewVerdict noReason {quint64(own), QStringLiteral("own"), false, dao::ReviewReason::None, {}, {}, 0};
        QVERIFY(dao::reviewAsk(profile, keys[1].address(), noReason).message().contains(QLatin1String("reason")));
        dao::ReviewVerdict approvalWithSlash {
            quint64(own), QStringLiteral("own"), true, dao::ReviewReason::None, {}, {}, 100};
        QVERIFY(!dao::reviewAsk(profile, keys[1].address(), approvalWithSlash).ok());
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
