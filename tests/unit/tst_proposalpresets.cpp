// The proposal builder's presets: each builds the calldata Foundry's cast builds for the same
// call, keeps the curation rules it does not change as they are, reads back into words, and
// names the field a mistake is in.

#include "testregistry.h"

#include "common/hex.h"
#include "dao/proposalpresets.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace dd;

class TestProposalPresets : public QObject {
    Q_OBJECT

    static QString castCalldata(const QStringList &sigAndArgs)
    {
        QProcess process;
        process.start(QStringLiteral(DD_CAST), QStringList {QStringLiteral("calldata")} + sigAndArgs);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }

    static dao::DaoProfile profile()
    {
        dao::DaoProfile p;
        p.token = crypto::Address::parse(QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3")).value();
        p.timelock = crypto::Address::parse(QStringLiteral("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512")).value();
        p.datasetRegistry
            = crypto::Address::parse(QStringLiteral("0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0")).value();
        p.datasetCuration
            = crypto::Address::parse(QStringLiteral("0xCf7Ed3AccA5a467e9e704C703E8D87F634fB0Fc9")).value();
        return p;
    }

    static dao::CurationParameters current()
    {
        const eth::UInt256 token(1000000000000000000ULL);
        return {2, 7 * 86400, eth::UInt256(20) * token, eth::UInt256(5) * token, 5000, 3 * 86400,
            eth::UInt256(50) * token, eth::UInt256(50) * token, {}};
    }

    static Result<QList<dao::PresetAction>> build(const QString &id, const QHash<QString, QString> &values)
    {
        const dao::DaoProfile p = profile();
        const dao::CurationParameters now = current();
        return dao::presetActions(id, values, {p, dao::DaoAbis::load().value(), &now, QStringLiteral("DATA")});
    }

private slots:
    void presetsEncodeAsCastDoes()
    {
        QVERIFY2(QFile::exists(QStringLiteral(DD_CAST)), "cast is missing: run npm ci in scripts/");
        QVERIFY(dao::DaoAbis::load());
        const QString member = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        auto grant = build(QStringLiteral("grant-curator"), {{QStringLiteral("account"), member}});
        QVERIFY2(grant, qPrintable(grant.message()));
        QCOMPARE(grant.value().size(), 1);
        QCOMPARE(grant.value().first().action.target, profile().datasetCuration);
        QCOMPARE(
            grant.value().first().words, QStringLiteral("make 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 a curator"));

        // The quorum changes; every other rule is as it is now.
        auto quorum = build(QStringLiteral("curation-quorum"), {{QStringLiteral("quorum"), QStringLiteral("3")}});
        QVERIFY2(quorum, qPrintable(quorum.message()));
        QCOMPARE(toHex(quorum.value().first().action.calldata),
            castCalldata({QStringLiteral("setParameters((uint8,uint64,uint256,uint256,uint16,uint64,uint256,uint256))"),
                QStringLiteral("(3,604800,20000000000000000000,5000000000000000000,5000,259200,50000000000000000000,"
                               "50000000000000000000)")}));
        QVERIFY(quorum.value().first().words.startsWith(
            QStringLiteral("set the curation rules: 3 reviews decide a dataset, within 7 days; a reward of 20 DATA")));

        auto period = build(QStringLiteral("review-period"), {{QStringLiteral("days"), QStringLiteral("0.5")}});
        QVERIFY2(period, qPrintable(period.message()));
        QCOMPARE(toHex(period.value().first().action.calldata),
            castCalldata({QStringLiteral("setParameters((uint8,uint64,uint256,uint256,uint16,uint64,uint256,uint256))"),
                QStringLiteral("(2,43200,20000000000000000000,5000000000000000000,5000,259200,50000000000000000000,"
                               "50000000000000000000)")}));
        QVERIFY(period.value().first().words.contains(QStringLiteral("within 12 hours")));

        auto cap = build(QStringLiteral("slash-cap"), {{QStringLiteral("percent"), QStringLiteral("12.5")}});
        QVERIFY2(cap, qPrintable(cap.message()));
        QVERIFY(cap.value().first().words.contains(QStringLiteral("at most 12.5% of a rejected stake kept")));

        // Funding the pool: the treasury's allowance, then fund(), in one proposal.
        auto fund = build(QStringLiteral("fund-pool"), {{QStringLiteral("amount"), QStringLiteral("1000")}});
        QVERIFY2(fund, qPrintable(fund.message()));
        QCOMPARE(fund.value().size(), 2);
        QCOMPARE(fund.value().at(0).action.target, profile().token);
        QCOMPARE(toHex(fund.value().at(0).action.calldata),
            castCalldata({QStringLiteral("approve(address,uint256)"), profile().datasetCuration.toChecksumString(),
                QStringLiteral("1000000000000000000000")}));
        QCOMPARE(toHex(fund.value().at(1).action.calldata),
            castCalldata({QStringLiteral("fund(uint256)"), QStringLiteral("1000000000000000000000")}));
        QCOMPARE(
            fund.value().at(1).words, QStringLiteral("add 1000 DATA from the treasury to the curation rewards pool"));

        auto overturn = build(QStringLiteral("resolve-appeal"),
            {{QStringLiteral("dataset"), QStringLiteral("4")}, {QStringLiteral("decision"), QStringLiteral("0")}});
        QVERIFY2(overturn, qPrintable(overturn.message()));
        QCOMPARE(toHex(overturn.value().first().action.calldata),
            castCalldata({QStringLiteral("resolveAppeal(uint256,bool)"), QStringLiteral("4"), QStringLiteral("true")}));
        QVERIFY(overturn.value().first().words.startsWith(QStringLiteral("overturn the rejection of dataset #4")));

        auto reject = build(QStringLiteral("resolve-dataset"),
            {{QStringLiteral("dataset"), QStringLiteral("7")}, {QStringLiteral("decision"), QStringLiteral("1")},
                {QStringLiteral("percent"), QStringLiteral("10")}, {QStringLiteral("reason"), QStringLiteral("Tie")}});
        QVERIFY2(reject, qPrintable(reject.message()));
        QCOMPARE(toHex(reject.value().first().action.calldata),
            castCalldata({QStringLiteral("resolve(uint256,bool,uint16,string)"), QStringLiteral("7"),
                QStringLiteral("false"), QStringLiteral("1000"), QStringLiteral("Tie")}));

        auto fee = build(QStringLiteral("marketplace-fee"), {{QStringLiteral("percent"), QStringLiteral("2.5")}});
        QVERIFY2(fee, qPrintable(fee.message()));
        QCOMPARE(fee.value().first().action.target, profile().datasetRegistry);
        QCOMPARE(toHex(fee.value().first().action.calldata),
            castCalldata({QStringLiteral("setFee(uint16)"), QStringLiteral("250")}));
        QCOMPARE(fee.value().first().words, QStringLiteral("set the marketplace fee to 2.5% of each access sale"));
    }

    void theCuratorRoleIsTheContractsOwn()
    {
        auto grant = build(QStringLiteral("grant-curator"),
            {{QStringLiteral("account"), QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")}});
        QVERIFY(grant);
        // keccak256("CURATOR_ROLE"), as cast computes it, is the first argument.
        QProcess process;
        process.start(QStringLiteral(DD_CAST), {QStringLiteral("keccak"), QStringLiteral("CURATOR_ROLE")});
        process.waitForFinished(60000);
        const QString role = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QCOMPARE(role.size(), 66);
        QCOMPARE(toHex(grant.value().first().action.calldata),
            castCalldata({QStringLiteral("grantRole(bytes32,address)"), role,
                QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")}));
    }

    void mistakesNameTheirField()
    {
        QCOMPARE(build(QStringLiteral("grant-curator"), {{QStringLiteral("account"), QStringLiteral("0x12")}})
                     .message()
                     .left(9),
            QStringLiteral("Account: "));
        QCOMPARE(build(QStringLiteral("curation-quorum"), {{QStringLiteral("quorum"), QStringLiteral("0")}}).message(),
            QStringLiteral("Reviews: a whole number from 1 to 255."));
        QCOMPARE(build(QStringLiteral("slash-cap"), {{QStringLiteral("percent"), QStringLiteral("101")}}).message(),
            QStringLiteral("Share (%): a share from 0 to 100 (%), up to two decimals."));
        QCOMPARE(build(QStringLiteral("fund-pool"), {{QStringLiteral("amount"), QStringLiteral("0")}}).message(),
            QStringLiteral("Amount in DATA: an amount above zero."));
        QCOMPARE(build(QStringLiteral("resolve-appeal"), {{QStringLiteral("dataset"), QStringLiteral("4")}}).message(),
            QStringLiteral("Decision: choose one."));
        QCOMPARE(build(QStringLiteral("nonsense"), {}).message(), QStringLiteral("Choose what the proposal does."));
        // Presets that keep the other rules need the rules as they are now.
        const dao::DaoProfile p = profile();
        QCOMPARE(dao::presetActions(QStringLiteral("review-fee"), {{QStringLiteral("amount"), QStringLiteral("1")}},
                     {p, dao::DaoAbis::load().value(), nullptr, QStringLiteral("DATA")})
                     .message(),
            QStringLiteral("The curation contract's rules could not be read now."));
    }

    void unknownCallsHaveNoWords()
    {
        const dao::DaoProfile p = profile();
        const auto &abis = dao::DaoAbis::load().value();
        QCOMPARE(dao::proposalActionWords(
                     {p.datasetCuration, {}, QByteArray::fromHex("deadbeef")}, p, abis, QStringLiteral("DATA")),
            QString());
        QCOMPARE(dao::proposalActionWords({crypto::Address(), {}, QByteArray()}, p, abis, QStringLiteral("DATA")),
            QString());
    }
};

DD_REGISTER_TEST(TestProposalPresets);
#include "tst_proposalpresets.moc"
