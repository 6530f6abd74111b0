// TransactionController (the confirmation sheet) with fake services: requests come up one at a
// time, in order; a signature is prepared (Preparing), shown in words (Review) and made only on
// confirm; each request's caller hears exactly how it ended (signed, declined, withdrawn, failed
// in words, the app closing); a refusal speaks only while the sheet is free; without a node a
// transaction fails in words instead of waiting. Sending itself needs a node: tests/e2e.

#include "../unit/testregistry.h"
#include "fakes.h"

#include "transactions/transactioncontroller.h"

#include "dao/tokencalls.h"

#include <QSignalSpy>
#include <QTest>

using namespace dd;

namespace {

using Stage = app::TransactionController::Stage;

// A signature ask whose preparation says what is signed, or fails with `failure`.
app::SignatureAsk signatureAsk(const QString &summary, const QString &failure = {})
{
    app::SignatureAsk ask;
    ask.summary = summary;
    ask.prepare = [summary, failure]() -> Result<app::PreparedSignature> {
        if (!failure.isEmpty())
            return Result<app::PreparedSignature>::failure(failure);
        app::PreparedSignature prepared;
        prepared.details = {{QStringLiteral("support"), QStringLiteral("For")}};
        prepared.sign = [summary]() -> Result<QString> { return QStringLiteral("Signed: ") + summary; };
        return prepared;
    };
    return ask;
}

QString detailLabel(const QVariantList &details, int row)
{
    return details.value(row).toMap().value(QStringLiteral("label")).toString();
}

} // namespace

class TestTransactionController : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;
    std::unique_ptr<app::TransactionController> m_sheet;
    test::FakeDao m_dao;
    test::FakeWatch m_watch;

    static QString member() { return QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8"); }

    // Asks for a signature and waits until the sheet shows it for review.
    app::TransactionRequest *reviewSignature(const QString &summary)
    {
        app::TransactionRequest *request = m_sheet->askSignature(signatureAsk(summary));
        if (!QTest::qWaitFor([&] { return m_sheet->stage() == Stage::Review && m_sheet->summary() == summary; }))
            qWarning() << "not in review:" << m_sheet->stage() << m_sheet->summary() << m_sheet->message();
        return request;
    }

private slots:
    void init()
    {
        m_local = std::make_unique<test::LocalServices>();
        QVERIFY(m_local->journal.open());
        m_dao.openDao = test::testProfile();
        m_watch.listeners.clear();
        m_sheet = std::make_unique<app::TransactionController>(
            m_local->executor, m_local->wallet, m_dao, m_local->journal, m_watch);
    }

    void cleanup()
    {
        m_sheet.reset();
        m_local.reset();
    }

    void aSignatureIsShownInWordsAndMadeOnlyOnConfirm()
    {
        app::TransactionRequest *request = m_sheet->askSignature(signatureAsk(QStringLiteral("Vote for \"A\"")));
        QSignalSpy signedOnly(request, &app::TransactionRequest::signedOnly);
        QSignalSpy failed(request, &app::TransactionRequest::failed);
        QTRY_COMPARE(m_sheet->stage(), Stage::Review);
        QCOMPARE(m_sheet->summary(), QStringLiteral("Vote for \"A\""));
        QVERIFY(m_sheet->signatureOnly());
        QCOMPARE(m_sheet->details().size(), 1);
        QCOMPARE(detailLabel(m_sheet->details(), 0), QStringLiteral("support"));
        QCOMPARE(signedOnly.size(), 0); // nothing is signed before the member confirms
        m_sheet->confirm();
        QTRY_COMPARE(m_sheet->stage(), Stage::Done);
        QCOMPARE(m_sheet->message(), QStringLiteral("Signed: Vote for \"A\""));
        QCOMPARE(signedOnly.size(), 1);
        QCOMPARE(signedOnly.first().first().toString(), QStringLiteral("Signed: Vote for \"A\""));
        QCOMPARE(failed.size(), 0);
    }

    void aPreparationThatFailsFailsTheSheetAndTheRequest()
    {
        app::TransactionRequest *request
            = m_sheet->askSignature(signatureAsk(QStringLiteral("Vote"), QStringLiteral("The node did not answer.")));
        QSignalSpy failed(request, &app::TransactionRequest::failed);
        QTRY_COMPARE(m_sheet->stage(), Stage::Failed);
        QCOMPARE(m_sheet->message(), QStringLiteral("The node did not answer."));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("The node did not answer."));
    }

    void requestsComeUpOneAtATimeInOrder()
    {
        app::TransactionRequest *first = reviewSignature(QStringLiteral("First"));
        app::TransactionRequest *second = m_sheet->askSignature(signatureAsk(QStringLiteral("Second")));
        QSignalSpy firstSigned(first, &app::TransactionRequest::signedOnly);
        QSignalSpy secondSigned(second, &app::TransactionRequest::signedOnly);
        QCoreApplication::processEvents();
        QCOMPARE(m_sheet->summary(), QStringLiteral("First")); // the second waits its turn
        m_sheet->confirm();
        QTRY_COMPARE(firstSigned.size(), 1);
        QTRY_VERIFY(m_sheet->stage() == Stage::Review && m_sheet->summary() == QStringLiteral("Second"));
        m_sheet->confirm();
        QTRY_COMPARE(secondSigned.size(), 1);
    }

    void dismissingTheSheetDeclinesTheRequestShown()
    {
        app::TransactionRequest *request = reviewSignature(QStringLiteral("Vote for \"B\""));
        QSignalSpy failed(request, &app::TransactionRequest::failed);
        m_sheet->dismiss();
        QCOMPARE(m_sheet->stage(), Stage::Idle);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(),
            QStringLiteral("The confirmation was closed before \"Vote for \"B\"\" was sent."));
    }

    void aWithdrawnRequestNeverComesUp()
    {
        reviewSignature(QStringLiteral("Shown"));
        app::TransactionRequest *waiting = m_sheet->askSignature(signatureAsk(QStringLiteral("Withdrawn")));
        QSignalSpy failed(waiting, &app::TransactionRequest::failed);
        m_sheet->withdraw(waiting);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("Cancelled."));
        m_sheet->confirm();
        QTRY_COMPARE(m_sheet->stage(), Stage::Done);
        QCoreApplication::processEvents();
        QCOMPARE(m_sheet->stage(), Stage::Done);
        QCOMPARE(m_sheet->summary(), QStringLiteral("Shown"));
    }

    void closingTheAppFailsEveryRequestNotSent()
    {
        app::TransactionRequest *shown = reviewSignature(QStringLiteral("Shown"));
        app::TransactionRequest *waiting = m_sheet->askSignature(signatureAsk(QStringLiteral("Waiting")));
        QSignalSpy shownFailed(shown, &app::TransactionRequest::failed);
        QSignalSpy waitingFailed(waiting, &app::TransactionRequest::failed);
        m_sheet->failAll(QStringLiteral("The app is closing."));
        QCOMPARE(shownFailed.size(), 1);
        QCOMPARE(waitingFailed.size(), 1);
        QCOMPARE(waitingFailed.first().first().toString(), QStringLiteral("The app is closing."));
    }

    void withoutANodeATransactionFailsInWords()
    {
        auto delegation = dao::delegateAsk(*m_dao.openDao, crypto::Address::parse(member()).value(),
            crypto::Address::parse(member()).value(), m_dao.symbol);
        QVERIFY2(delegation, qPrintable(delegation.message()));
        app::TransactionRequest *request = m_sheet->ask(delegation.value());
        QSignalSpy failed(request, &app::TransactionRequest::failed);
        QTRY_COMPARE(m_sheet->stage(), Stage::Failed);
        QCOMPARE(m_sheet->message(), QStringLiteral("No node is connected."));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_watch.checks, 0); // nothing was sent
    }

    void aRefusalSpeaksOnlyWhileTheSheetIsFree()
    {
        m_sheet->refuse(QStringLiteral("Unlock the account first."));
        QCOMPARE(m_sheet->stage(), Stage::Failed);
        QCOMPARE(m_sheet->message(), QStringLiteral("Unlock the account first."));
        reviewSignature(QStringLiteral("Busy"));
        m_sheet->refuse(QStringLiteral("Something else."));
        QCOMPARE(m_sheet->stage(), Stage::Review);
        QCOMPARE(m_sheet->summary(), QStringLiteral("Busy"));
    }

    void aBadTransferIsRefusedInWords()
    {
        m_sheet->requestTransfer(member(), QStringLiteral("0x1234"), QStringLiteral("1"));
        QCOMPARE(m_sheet->stage(), Stage::Failed);
        QVERIFY2(m_sheet->message().contains(QStringLiteral("address"), Qt::CaseInsensitive),
            qPrintable(m_sheet->message()));
        m_sheet->requestTransfer(member(), member(), QStringLiteral("1.2.3"));
        QCOMPARE(m_sheet->stage(), Stage::Failed);
        QVERIFY(!m_sheet->message().isEmpty());
        m_dao.openDao.reset();
        m_sheet->requestDelegate(member(), member());
        QCOMPARE(m_sheet->message(), QStringLiteral("Open a DAO profile first (Settings)."));
    }

    void aSettlementOfAnotherTransactionLeavesTheSheetAlone()
    {
        reviewSignature(QStringLiteral("Shown"));
        dao::TrackedChange change;
        change.hash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
        change.status = QStringLiteral("mined");
        change.block = 7;
        change.receipt = eth::Receipt {};
        m_watch.settle(change);
        QCOMPARE(m_sheet->stage(), Stage::Review);
        QCOMPARE(m_sheet->summary(), QStringLiteral("Shown"));
    }
};

DD_REGISTER_TEST(TestTransactionController);

#include "tst_transactioncontroller.moc"
