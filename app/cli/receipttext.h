#pragma once

// A transaction receipt as cast prints it: the aligned field list of `cast receipt` and `cast
// send`, or one field (`cast receipt HASH FIELD`), from the node's JSON.

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace dd::cli {

// withOtherFields: also the node's fields cast does not know (anvil's blockTimestamp), after
// the known ones, as `cast receipt` prints them (`cast send` leaves them out).
QString receiptText(const QJsonObject &receipt, bool withOtherFields);
Result<QString> receiptField(const QJsonObject &receipt, const QString &field);

} // namespace dd::cli
