#pragma once

// KnownNames: what the app knows a raw value of a call as, so the confirmation sheet can say it in
// the member's words beside the raw value (ERC-7730 clear signing): a proposal id as its title, a
// dataset id as its title, an address as the account or contract it is, a role as its name. The
// raw value always stays beside the name; a value the app does not know stays raw.

#include "crypto/address.h"
#include "eth/abitype.h"
#include "eth/abivalue.h"
#include "eth/uint256.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace dd::dao {

struct DaoProfile;

class KnownNames {
public:
    // An id argument (a uint whose parameter name ends in "id": proposalId, datasetId).
    void nameId(const eth::UInt256 &id, const QString &name);
    void nameAddress(const crypto::Address &address, const QString &name);
    // A bytes32 argument: a role, a description hash.
    void nameBytes32(const QByteArray &bytes, const QString &name);
    // A uint argument by its parameter's name: a review's reason code.
    void nameArgument(const QString &parameter, const eth::UInt256 &value, const QString &name);
    void merge(const KnownNames &other); // other's names win
    bool isEmpty() const { return m_names.isEmpty(); }

    QString nameOf(const crypto::Address &address) const;
    // The name of this argument's value, or empty when the app knows none.
    QString nameOf(const eth::AbiType &type, const eth::AbiValue &value) const;

private:
    // "id:<decimal>", "address:<lower hex>", "bytes32:<lower hex>", "arg:<parameter>:<decimal>"
    QHash<QString, QString> m_names;
};

// The open DAO's own contracts (its token, treasury, Governor, dataset registry) and the roles of
// its contracts (OpenZeppelin AccessControl's admin role, the timelock's, the registry's curator),
// the curation contract's review reasons.
KnownNames knownNames(const DaoProfile &profile);

} // namespace dd::dao
