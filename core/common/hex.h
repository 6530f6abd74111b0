#pragma once

// Hex strings as Ethereum tools write them: lower case, with or without 0x.

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dd {

QString toHex(QByteArrayView bytes, bool withPrefix = true);

// Accepts an optional 0x/0X prefix; refuses odd length and non-hex characters with a message.
Result<QByteArray> fromHex(QStringView text);
Result<QByteArray> fromHex(QLatin1StringView text); // the same, on bytes as a JSON parser hands them over

bool hasHexPrefix(QStringView text);

} // namespace dd
