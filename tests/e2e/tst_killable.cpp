// The app as tests/cli/kill_campaign.py kills it (DD_E2E_INSTANCE=killable): the real Main.qml
// on a data folder of its own, doing one long job of a member's, DD_E2E_JOB:
// - sync: opens the DAO (DD_E2E_PROFILE) and waits until its chain sync is up to date;
// - publish: contributes the folder DD_E2E_FOLDER (drops it on the window, confirms both sheets),
//   or, after a kill, continues the publication the app offers to continue;
// - download: downloads dataset DD_E2E_DATASET into DD_E2E_DOWNLOADS through the transfer
//   queue, or, after a kill, waits for the download the queue continues by itself.
// It prints one line, "DONE <job> <detail>", when the job is over. The campaign kills it at
// random moments and starts it again until that line comes, then checks what is left on disk
// and on chain. Development account 2 (funded, and the contributor of the CLI's datasets) is
// imported at the first start with a light KDF.

#include "runningapp.h"

#include "contribute/contributecontroller.h"
#include "datasets/catalogcontroller.h"
#include "network/chaincontroller.h"
#include "network/chainsync.h"
#include "transactions/transactioncontroller.h"
#include "transfers/transferqueue.h"
#include "wallet/walletcontroller.h"

#include "crypto/keystore.h"
#include "dao/walletservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QQuickItem>
#include <QTest>

#include <cstdio>

using Stage = dd::app::TransactionController::Stage;
using namespace dd;

namespace {

const QString kAccount = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
const QString kKey = QStringLiteral("0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a");
const QString kPassword = QStringLiteral("killable");

QString setting(const char *name)
{
    const QString value = qEnvironmentVariable(name);
    if (value.isEmpty())
        qFatal("%s is not set: this program runs so for tests/cli/kill_campaign.py", name);
    return value;
}

void done(const QString &job, const QString &detail)
{
    std::printf("DONE %s %s\n", qPrintable(job), qPrintable(detail));
    std::fflush(stdout);
}

} // namespace

class TestKillable : public QObject {
    Q_OBJECT

    test::RunningApp m_app;

    // The account, imported at the first start, unlocked.
    void unlockAccount()
    {
        if (m_app.accountCount() == 0) {
            crypto::keystore::ScryptParams light;
            light.n = 1 << 10;
            m_app.context->wallet().setScryptParams(light);
            auto imported = m_app.context->wallet().importPrivateKey(kKey, kPassword, QStringLiteral("Member 2"));
            QTRY_VERIFY_WITH_TIMEOUT(imported.isFinished(), 30000);
            QVERIFY2(imported.result(), qPrintable(imported.result().message()));
            QTRY_COMPARE_WITH_TIMEOUT(m_app.accountCount(), 1, 10000);
        }
        m_app.context->walletController()->unlock(kAccount, kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(m_app.account(0).value(QStringLiteral("unlocked")).toBool(), 30000);
    }

    void sync()
    {
        auto *chainSync = m_app.context->chainSync();
        QTRY_VERIFY_WITH_TIMEOUT(
            !chainSync->syncing() && chainSync->statusText().startsWith(QStringLiteral("Up to date")), 120000);
        done(QStringLiteral("sync"), chainSync->cachePath());
    }

    void publish()
    {
        unlockAccount();
        if (QTest::currentTestFailed())
            return;
        auto *contribute = m_app.context->contributeController();
        auto *tx = m_app.context->transactionController();
        QVERIFY(m_app.ui->click(QStringLiteral("nav_contribute")));
        // A kill leaves a publication to continue, or nothing (killed before it was recorded,
        // or after it was registered: dropped again, it finds itself registered and sends nothing).
        QTest::qWait(200);
        QTRY_VERIFY_WITH_TIMEOUT(contribute->stage() != app::ContributeController::Stage::Idle
                || m_app.ui->element(QStringLiteral("contributeDropZone"))->isVisible(),
            10000);
        if (contribute->stage() == app::ContributeController::Stage::Interrupted) {
            QTRY_VERIFY(m_app.ui->element(QStringLiteral("resumePublish"))->isVisible());
            QVERIFY(m_app.ui->click(QStringLiteral("resumePublish")));
        } else {
            m_app.ui->dropFile(QUrl::fromLocalFile(setting("DD_E2E_FOLDER")));
            QTRY_COMPARE_WITH_TIMEOUT(contribute->stage(), app::ContributeController::Stage::Review, 60000);
            QVERIFY(m_app.ui->setText(QStringLiteral("contributeTitle"), setting("DD_E2E_TITLE")));
            m_app.chooseAccount(QStringLiteral("contributeAccount"), kAccount);
            QVERIFY(m_app.ui->click(QStringLiteral("publishDataset")));
        }
        // Every sheet that comes (approve, register) is confirmed, until the publication ends.
        QElapsedTimer waited;
        waited.start();
        while (contribute->stage() != app::ContributeController::Stage::Done && waited.elapsed() < 180000) {
            QVERIFY2(contribute->stage() != app::ContributeController::Stage::Failed, qPrintable(contribute->error()));
            QQuickItem *confirm = m_app.ui->item(QStringLiteral("sheetConfirm"));
            if (tx->stage() == Stage::Review && confirm && confirm->isVisible() && confirm->isEnabled())
                m_app.ui->click(QStringLiteral("sheetConfirm"));
            QTest::qWait(50);
        }
        QCOMPARE(contribute->stage(), app::ContributeController::Stage::Done);
        done(QStringLiteral("publish"), contribute->result().value(QStringLiteral("id")).toString());
    }

    void download()
    {
        unlockAccount();
        if (QTest::currentTestFailed())
            return;
        auto *queue = m_app.context->transferQueue();
        auto *catalog = m_app.context->catalogController();
        const QString downloads = setting("DD_E2E_DOWNLOADS");
        QVERIFY(QDir().mkpath(downloads));
        // The queue is read back from its file off the GUI thread: the item of an earlier run is
        // continued, never asked for again (a second download would land beside it as "(2)").
        QTRY_VERIFY_WITH_TIMEOUT(queue->loaded(), 30000);
        QString id;
        for (const QVariant &item : queue->items())
            if (item.toMap().value(QStringLiteral("target")).toString().startsWith(downloads))
                id = item.toMap().value(QStringLiteral("id")).toString();
        if (id.isEmpty()) {
            const qint64 dataset = setting("DD_E2E_DATASET").toLongLong();
            QTRY_VERIFY_WITH_TIMEOUT(catalog->totalCount() >= dataset, 60000);
            catalog->select(dataset);
            QTRY_VERIFY_WITH_TIMEOUT(
                !catalog->selected().value(QStringLiteral("contentCid")).toString().isEmpty(), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(catalog->hasAccess(kAccount), 30000);
            catalog->download(QUrl::fromLocalFile(downloads));
            QTRY_VERIFY_WITH_TIMEOUT(!catalog->downloadId().isEmpty(), 30000);
            QCOMPARE(catalog->downloadError(), QString());
            id = catalog->downloadId();
        }
        const auto state
            = [&] { return app::TransferQueue::State(queue->item(id).value(QStringLiteral("state")).toInt()); };
        QElapsedTimer waited;
        waited.start();
        while (state() != app::TransferQueue::State::Done && waited.elapsed() < 180000) {
            if (state() == app::TransferQueue::State::Paused)
                queue->resume(id);
            QVERIFY2(state() != app::TransferQueue::State::Failed && state() != app::TransferQueue::State::Cancelled,
                qPrintable(queue->item(id).value(QStringLiteral("error")).toString()));
            QTest::qWait(50);
        }
        QCOMPARE(state(), app::TransferQueue::State::Done);
        done(QStringLiteral("download"), queue->item(id).value(QStringLiteral("target")).toString());
    }

private slots:
    void runTheJob()
    {
        const QString job = setting("DD_E2E_JOB");
        m_app.start(setting("DD_E2E_DATA_DIR"), false, QString());
        if (QTest::currentTestFailed())
            return;
        auto *chain = m_app.context->chainController();
        const QString profile = setting("DD_E2E_PROFILE");
        if (chain->profilePath() != profile)
            chain->openProfile(profile);
        QTRY_COMPARE_WITH_TIMEOUT(chain->profilePath(), profile, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(chain->connected(), 20000);
        if (job == QLatin1String("sync"))
            sync();
        else if (job == QLatin1String("publish"))
            publish();
        else if (job == QLatin1String("download"))
            download();
        else
            QFAIL(qPrintable(QStringLiteral("DD_E2E_JOB is sync, publish or download, not %1").arg(job)));
    }

    void cleanupTestCase() { m_app.stop(); }
};

std::unique_ptr<QObject> makeKillableTest()
{
    return std::make_unique<TestKillable>();
}

#include "tst_killable.moc"
