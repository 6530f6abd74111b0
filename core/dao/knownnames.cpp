#include "dao/knownnames.h"

#include "common/hex.h"
#include "crypto/keccak.h"
#include "dao/curationcalls.h"
#include "dao/daoprofile.h"

#include <QCoreApplication>

namespace dd::dao {

namespace {

struct NameWords {
    Q_DECLARE_TR_FUNCTIONS(KnownNames)
};

} // namespace

void KnownNames::nameId(const eth::UInt256 &id, const QString &name)
{
    m_names.insert(QStringLiteral("id:") + id.toDecimal(), name);
}

void KnownNames::nameAddress(const crypto::Address &address, const QString &name)
{
    m_names.insert(QStringLiteral("address:") + address.toLowerHex(), name);
}

void KnownNames::nameBytes32(const QByteArray &bytes, const QString &name)
{
    m_names.insert(QStringLiteral("bytes32:") + toHex(bytes), name);
}

void KnownNames::nameArgument(const QString &parameter, const eth::UInt256 &value, const QString &name)
{
    m_names.insert(QStringLiteral("arg:%1:%2").arg(parameter, value.toDecimal()), name);
}

void KnownNames::merge(const KnownNames &other)
{
    m_names.insert(other.m_names);
}

QString KnownNames::nameOf(const crypto::Address &address) const
{
    return m_names.value(QStringLiteral("address:") + address.toLowerHex());
}

QString KnownNames::nameOf(const eth::AbiType &type, const eth::AbiValue &value) const
{
    using K = eth::AbiType::Kind;
    if (type.kind == K::Uint && type.name.endsWith(QLatin1String("id"), Qt::CaseInsensitive))
        return m_names.value(QStringLiteral("id:") + value.asNumber().toDecimal());
    if (type.kind == K::Uint && type.name.endsWith(QLatin1String("BasisPoints"))) {
        // A share in hundredths of a percent, as the contracts keep it: 1000 is 10%.
        const eth::UInt256 points = value.asNumber();
        if (points.fitsIn(32)) // 0 as well: "no slash" reads better as 0% than as a bare number
            return NameWords::tr("%1%").arg(QString::number(double(points.low64()) / 100.0, 'g', 6));
    }
    if (type.kind == K::Uint) {
        const QString argument
            = m_names.value(QStringLiteral("arg:%1:%2").arg(type.name, value.asNumber().toDecimal()));
        if (!argument.isEmpty())
            return argument;
    }
    if (type.kind == K::Address) {
        auto address = crypto::Address::fromBytes(value.asBytes());
        return address ? nameOf(address.value()) : QString();
    }
    if (type.kind == K::FixedBytes && type.size == 32)
        return m_names.value(QStringLiteral("bytes32:") + toHex(value.asBytes()));
    return {};
}

KnownNames knownNames(const DaoProfile &profile)
{
    KnownNames names;
    names.nameAddress(profile.token, NameWords::tr("the DAO's token"));
    names.nameAddress(profile.timelock, NameWords::tr("the DAO's treasury (timelock)"));
    names.nameAddress(profile.governor, NameWords::tr("the DAO's Governor"));
    if (!profile.datasetRegistry.isZero())
        names.nameAddress(profile.datasetRegistry, NameWords::tr("the dataset registry"));
    if (!profile.datasetCuration.isZero()) {
        names.nameAddress(profile.datasetCuration, NameWords::tr("the curation contract"));
        for (int reason = 0; reason < reviewReasonCount; ++reason)
            names.nameArgument(
                QStringLiteral("reason"), eth::UInt256(std::uint64_t(reason)), reviewReasonWords(reason));
    }
    names.nameBytes32(QByteArray(32, '\0'), NameWords::tr("the admin role (DEFAULT_ADMIN_ROLE)"));
    for (const char *role : {"PROPOSER_ROLE", "EXECUTOR_ROLE", "CANCELLER_ROLE", "CURATOR_ROLE", "CURATION_ROLE"})
        names.nameBytes32(crypto::keccak256(QByteArray(role)), NameWords::tr("the %1").arg(QLatin1String(role)));
    return names;
}

} // namespace dd::dao
