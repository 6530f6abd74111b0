#include "testregistry.h"

#include "dao/transactionjournal.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrentRun>

using namespace dd;
using namespace dd::dao;

class TestJournal : public QObject {
    Q_OBJECT
private slots:
    void recordsSurviveReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("local.sqlite"));
        const auto sender = crypto::Address::parse(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266").value();
        {
            TransactionJournal journal(path);
            QVERIFY(journal.open().ok());
            QVERIFY(!journal.nextLocalNonce(31337, sender).value().has_value());
            JournalEntry e;
            e.hash = QStringLiteral("0x01");
            e.chainId = 31337;
            e.sender = sender;
            e.nonce = 7;
            e.raw = QByteArray::fromHex("02c0");
            e.summary = QStringLiteral("Send 1 DATA");
            e.status = QStringLiteral("signed");
            e.createdAt = QDateTime::currentDateTimeUtc();
            QVERIFY2(journal.record(e).ok(), qPrintable(journal.record(e).message()));
            // The same signed bytes again (a chain that was reset, as a restarted devnet is): one
            // record, started over, not a duplicate and not an error.
            QVERIFY(journal.setStatus(e.hash, QStringLiteral("mined"), 9).ok());
            QVERIFY(journal.record(e).ok());
            QCOMPARE(journal.entries().value().size(), 1);
            QCOMPARE(journal.entries().value().first().status, QStringLiteral("signed"));
            QCOMPARE(journal.nextLocalNonce(31337, sender).value().value(), eth::UInt256(8));
            QVERIFY(!journal.nextLocalNonce(1, sender).value().has_value());
            QVERIFY(journal.setStatus(e.hash, QStringLiteral("mined"), 42).ok());
        }
        TransactionJournal reopened(path);
        QVERIFY(reopened.open().ok());
        auto entries = reopened.entries();
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), 1);
        QCOMPARE(entries.value().first().status, QStringLiteral("mined"));
        QCOMPARE(entries.value().first().block, quint64(42));
        QCOMPARE(entries.value().first().raw, QByteArray::fromHex("02c0"));
        QVERIFY(!reopened.nextLocalNonce(31337, sender).value().has_value()); // mined ones no longer count
    }
    // The app opens its journal on the executor at startup while other work may already read
    // it on another thread: whatever comes first finds the tables (a fresh install used to log
    // "Parameter count mismatch").
    void anOperationBeforeOpenFindsTheTables()
    {
        QTemporaryDir dir;
        TransactionJournal journal(dir.filePath(QStringLiteral("local.sqlite")));
        auto read = QtConcurrent::run([&journal] { return journal.entries(10); }).result();
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QVERIFY(read.value().isEmpty());
        QVERIFY(journal.open());
    }

    void unwritableLocationIsAnError()
    {
        TransactionJournal journal(QStringLiteral("/proc/version/journal.sqlite"));
        auto opened = journal.open();
        QVERIFY(!opened.ok());
        QVERIFY2(opened.message().contains(QStringLiteral("transaction journal")), qPrintable(opened.message()));
    }
};
DD_REGISTER_TEST(TestJournal);
#include "tst_journal.moc"
