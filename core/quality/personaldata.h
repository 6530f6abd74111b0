#pragma once

// Personal data in a table, by value pattern and by column name: e-mail addresses (RFC 5322's
// common form, local@domain.tld), phone numbers (E.164-like: 8 to 15 digits written with +,
// spaces, dashes or brackets), IBANs (ISO 13616, the mod-97 check), IP addresses (v4 dotted
// quads, v6), national identifiers (the US SSN's ddd-dd-dddd, and any value of a column named
// like ssn, passport, national_id, tax_id) and street addresses (a number and a street word).
// Each check looks at one value's bytes once; none allocates unless it matches.

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace dd::quality {

enum class PersonalKind { Email = 0, Phone, Iban, IpAddress, NationalId, StreetAddress };
constexpr int personalKindCount = 6;
QString personalKindName(PersonalKind kind); // "email", "phone", ... (the report's keys)
QString personalKindWords(PersonalKind kind); // "e-mail addresses", ...

// What a column's name says it holds, if it names a kind of personal data.
std::optional<PersonalKind> personalKindOfColumn(QStringView name);

// What this value looks like. nameHint: the column's kind by name, which lets weaker patterns
// count (a bare number in a column named phone; any value in one named ssn).
std::optional<PersonalKind> personalKindOfValue(QByteArrayView value, std::optional<PersonalKind> nameHint = {});

// The value with most of it hidden, for a report anyone may read: "j***@e***.org", "+49 ***** 21".
QString maskedValue(PersonalKind kind, QByteArrayView value);

} // namespace dd::quality
