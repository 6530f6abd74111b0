// Clear signing's names: what the sheet says beside an id, an address or a role, and that a value
// the app does not know, or one that only looks like a known id, stays raw.

#include "testaddress.h"
#include "testregistry.h"

#include "crypto/keccak.h"
#include "dao/daoprofile.h"
#include "dao/governancecalls.h"
#include "dao/knownnames.h"

#include <QTest>

using namespace dd;
using namespace dd::dao;

class TestKnownNames : public QObject {
    Q_OBJECT

    static crypto::Address address(char last) { return test::testAddress(last); }
    static eth::AbiType type(const char *text, const char *name)
    {
        eth::AbiType t = eth::AbiType::parse(QString::fromLatin1(text)).value();
        t.name = QString::fromLatin1(name);
        return t;
    }

private slots:
    void namesIdsAddressesAndRoles()
    {
        KnownNames names;
        names.nameId(eth::UInt256(7), QStringLiteral("Fund the bounty"));
        names.nameAddress(address(1), QStringLiteral("Main account"));
        const QByteArray curator = crypto::keccak256(QByteArrayLiteral("CURATOR_ROLE"));
        names.nameBytes32(curator, QStringLiteral("the curator role"));
        QCOMPARE(names.nameOf(type("uint256", "proposalId"), eth::AbiValue::number(eth::UInt256(7))),
            QStringLiteral("Fund the bounty"));
        QCOMPARE(names.nameOf(type("uint256", "datasetId"), eth::AbiValue::number(eth::UInt256(7))),
            QStringLiteral("Fund the bounty"));
        // An amount of 7 is not the proposal: only parameters named as ids are looked up.
        QCOMPARE(names.nameOf(type("uint256", "amount"), eth::AbiValue::number(eth::UInt256(7))), QString());
        QCOMPARE(names.nameOf(type("address", "to"), eth::AbiValue::bytes(address(1).bytes())),
            QStringLiteral("Main account"));
        QCOMPARE(names.nameOf(type("address", "to"), eth::AbiValue::bytes(address(2).bytes())), QString());
        QCOMPARE(
            names.nameOf(type("bytes32", "role"), eth::AbiValue::bytes(curator)), QStringLiteral("the curator role"));
        KnownNames later;
        later.nameAddress(address(1), QStringLiteral("Renamed"));
        names.merge(later);
        QCOMPARE(names.nameOf(address(1)), QStringLiteral("Renamed"));
    }

    void theDaosContractsAndRolesAreKnown()
    {
        DaoProfile profile;
        profile.token = address(1);
        profile.timelock = address(2);
        profile.governor = address(3);
        const KnownNames names = knownNames(profile);
        QCOMPARE(names.nameOf(address(2)), QStringLiteral("the DAO's treasury (timelock)"));
        QCOMPARE(names.nameOf(address(4)), QString());
        QCOMPARE(names.nameOf(type("bytes32", "role"), eth::AbiValue::bytes(QByteArray(32, '\0'))),
            QStringLiteral("the admin role (DEFAULT_ADMIN_ROLE)"));
        QCOMPARE(names.nameOf(type("bytes32", "role"),
                     eth::AbiValue::bytes(crypto::keccak256(QByteArrayLiteral("PROPOSER_ROLE")))),
            QStringLiteral("the PROPOSER_ROLE"));
        // No registry in this DAO: the zero address is not called one.
        QCOMPARE(names.nameOf(crypto::Address::fromBytes(QByteArray(20, '\0')).value()), QString());
    }

    void aReviewsReasonAndSlashAreInWords()
    {
        DaoProfile profile;
        profile.datasetCuration = address(5);
        const KnownNames names = knownNames(profile);
        QCOMPARE(names.nameOf(type("uint8", "reason"), eth::AbiValue::number(eth::UInt256(2))),
            QStringLiteral("Personal data"));
        QCOMPARE(names.nameOf(type("uint8", "reason"), eth::AbiValue::number(eth::UInt256(0))),
            QStringLiteral("None (an approval)"));
        // A code the contract does not define stays raw.
        QCOMPARE(names.nameOf(type("uint8", "reason"), eth::AbiValue::number(eth::UInt256(99))), QString());
        QCOMPARE(names.nameOf(type("uint16", "slashBasisPoints"), eth::AbiValue::number(eth::UInt256(1000))),
            QStringLiteral("10%"));
        QCOMPARE(names.nameOf(type("uint16", "slashBasisPoints"), eth::AbiValue::number(eth::UInt256(250))),
            QStringLiteral("2.5%"));
        QCOMPARE(names.nameOf(type("uint16", "slashBasisPoints"), eth::AbiValue::number(eth::UInt256(0))),
            QStringLiteral("0%"));
    }

    void aVoteNamesItsProposal()
    {
        DaoProfile profile;
        profile.governor = address(3);
        auto ask = voteAsk(profile, address(1), eth::UInt256(42), 1, QString(), QStringLiteral("Pay the operator"));
        QVERIFY2(ask.ok(), qPrintable(ask.message()));
        QCOMPARE(ask.value().names.nameOf(type("uint256", "proposalId"), eth::AbiValue::number(eth::UInt256(42))),
            QStringLiteral("\u201cPay the operator\u201d"));
    }
};

DD_REGISTER_TEST(TestKnownNames);
#include "tst_knownnames.moc"
