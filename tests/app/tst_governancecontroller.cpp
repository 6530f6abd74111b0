// GovernanceController with fake services and a real cache file: the list fills when the chain
// sync says the cache changed, filters and searches what it read, counts the member's own
// proposals, shows a selected proposal's actions in words, and says in words what it cannot read.

#include "../unit/testregistry.h"
#include "cachefiles.h"
#include "fakes.h"

#include "governance/governancecontroller.h"
#include "governance/proposallistmodel.h"
#include "governance/signedvotes.h"

#include "common/executor.h"
#include "dao/transactionjournal.h"
#include "dao/walletservice.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

namespace {

// Anvil's first development account.
const char *const kMemberKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const char *const kMember = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

// transfer(member, 1.5 tokens), as a proposal's action on the token.
QByteArray transferCalldata()
{
    return QByteArray::fromHex("a9059cbb000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"
                               "00000000000000000000000000000000000000000000000014d1120d7b160000");
}

} // namespace

class TestGovernanceController : public QObject {
    Q_OBJECT

    std::unique_ptr<test::LocalServices> m_local;
    std::unique_ptr<app::SignedVotes> m_signedVotes;
    test::FakeDao m_dao;
    test::FakeCache m_cache;

    QString cacheFile() const { return m_local->dir.filePath(QStringLiteral("cache.sqlite")); }

    // Two proposals: one by the member, one by someone else.
    bool writeTwoProposals()
    {
        const dao::DaoProfile profile = test::testProfile();
        return test::writeProposals(cacheFile(),
            {test::proposalRecord(eth::UInt256(11), QStringLiteral("# Fund the weather archive\n\nTwelve months."),
                 crypto::Address::parse(QString::fromLatin1(kMember)).value(), profile.token, transferCalldata(), 5),
                test::proposalRecord(eth::UInt256(12), QStringLiteral("Raise the review stake"), test::testAddress(9),
                    profile.governor, QByteArray::fromHex("deadbeef"), 6)});
    }

    std::unique_ptr<app::GovernanceController> makeController()
    {
        return std::make_unique<app::GovernanceController>(
            m_local->executor, m_dao, m_cache, m_local->wallet, *m_signedVotes);
    }

    static QStringList titles(const app::ProposalListModel *model)
    {
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out.append(model->data(model->index(row), app::ProposalListModel::TitleRole).toString());
        return out;
    }

private slots:
    void init()
    {
        m_local = std::make_unique<test::LocalServices>();
        QVERIFY(m_local->journal.open());
        m_signedVotes = std::make_unique<app::SignedVotes>(m_local->executor, m_local->journal, m_dao);
        m_dao.openDao = test::testProfile();
        m_cache.path.clear();
    }

    void cleanup()
    {
        m_signedVotes.reset();
        m_local.reset();
    }

    void nothingSyncedIsAnEmptyDaoNotAnError()
    {
        auto governance = makeController();
        QSignalSpy changed(governance.get(), &app::GovernanceController::changed);
        governance->reload();
        QVERIFY(changed.wait());
        QCOMPARE(governance->totalCount(), 0);
        QCOMPARE(governance->readError(), QString());
    }

    void theListFillsWhenTheCacheChanges()
    {
        auto governance = makeController();
        QVERIFY(writeTwoProposals());
        m_cache.changed(cacheFile());
        QTRY_COMPARE(governance->totalCount(), 2);
        QCOMPARE(titles(governance->proposals()),
            (QStringList {QStringLiteral("Raise the review stake"), QStringLiteral("Fund the weather archive")}));
        QCOMPARE(governance->readError(), QString());
    }

    void searchAndFilterNarrowWhatWasRead()
    {
        auto imported = m_local->wallet.importPrivateKey(
            QLatin1String(kMemberKey), QStringLiteral("a long password"), QStringLiteral("Main"));
        QTRY_VERIFY(imported.isFinished());
        QVERIFY2(imported.result().ok(), qPrintable(imported.result().message()));
        QVERIFY(writeTwoProposals());
        m_cache.path = cacheFile();
        auto governance = makeController();
        governance->reload();
        QTRY_COMPARE(governance->totalCount(), 2);

        governance->setSearch(QStringLiteral("weather"));
        QCOMPARE(titles(governance->proposals()), QStringList {QStringLiteral("Fund the weather archive")});
        governance->setSearch(QStringLiteral("12")); // an id's beginning finds it too
        QCOMPARE(titles(governance->proposals()), QStringList {QStringLiteral("Raise the review stake")});
        governance->setSearch(QString());
        governance->setFilter(app::GovernanceController::Filter::Mine); // proposed by the wallet's account
        QCOMPARE(titles(governance->proposals()), QStringList {QStringLiteral("Fund the weather archive")});
        QCOMPARE(governance->totalCount(), 2); // the count is of the whole DAO
    }

    void aSelectedProposalShowsItsActionsInWords()
    {
        QVERIFY(writeTwoProposals());
        m_cache.path = cacheFile();
        auto governance = makeController();
        governance->select(QStringLiteral("11"));
        QTRY_COMPARE(governance->selected().value(QStringLiteral("title")).toString(),
            QStringLiteral("Fund the weather archive"));
        QCOMPARE(governance->selected().value(QStringLiteral("body")).toString(), QStringLiteral("Twelve months."));
        const QVariantList actions = governance->selected().value(QStringLiteral("actions")).toList();
        QCOMPARE(actions.size(), 1);
        const QVariantMap action = actions.first().toMap();
        QVERIFY2(
            action.value(QStringLiteral("call")).toString().startsWith(QStringLiteral("transfer(address,uint256)")),
            qPrintable(action.value(QStringLiteral("call")).toString()));
        const QString arguments = action.value(QStringLiteral("arguments")).toStringList().join(u'|');
        QVERIFY2(arguments.contains(QLatin1String(kMember)), qPrintable(arguments));
        QVERIFY2(arguments.contains(QStringLiteral("1.5")) && arguments.contains(QStringLiteral("DATA")),
            qPrintable(arguments));

        // The other one's call is not the token's: it is shown as bytes this app cannot decode.
        governance->select(QStringLiteral("12"));
        QTRY_COMPARE(
            governance->selected().value(QStringLiteral("title")).toString(), QStringLiteral("Raise the review stake"));
        const QVariantMap other = governance->selected().value(QStringLiteral("actions")).toList().first().toMap();
        QCOMPARE(other.value(QStringLiteral("call")).toString(),
            QStringLiteral("4 byte(s) of calldata that this app cannot decode"));
    }

    void anUnknownProposalIsSaidInWords()
    {
        QVERIFY(writeTwoProposals());
        m_cache.path = cacheFile();
        auto governance = makeController();
        governance->select(QStringLiteral("99"));
        QTRY_COMPARE(governance->selected().value(QStringLiteral("error")).toString(),
            QStringLiteral("Proposal 99 is not in the cache."));
    }

    void aCacheThatIsNotADatabaseKeepsWhatWasShown()
    {
        QVERIFY(writeTwoProposals());
        m_cache.path = cacheFile();
        auto governance = makeController();
        governance->reload();
        QTRY_COMPARE(governance->totalCount(), 2);
        const QString broken = m_local->dir.filePath(QStringLiteral("broken.sqlite"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        m_cache.changed(broken);
        QTRY_VERIFY(!governance->readError().isEmpty());
        QCOMPARE(governance->totalCount(), 2); // what was read before stays, with the error beside it
    }
};

DD_REGISTER_TEST(TestGovernanceController);
#include "tst_governancecontroller.moc"
