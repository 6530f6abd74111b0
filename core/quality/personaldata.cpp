#include "quality/personaldata.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace dd::quality {

namespace {

struct PersonalWords {
    Q_DECLARE_TR_FUNCTIONS(PersonalData)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
char lower(char c)
{
    return isUpper(c) ? char(c - 'A' + 'a') : c;
}

bool isEmail(QByteArrayView v)
{
    const qsizetype at = v.indexOf('@');
    if (at <= 0 || at != v.lastIndexOf('@') || at + 4 > v.size() || v.size() > 254)
        return false;
    for (qsizetype i = 0; i < at; ++i) {
        const char c = v[i];
        if (!(isAlpha(c) || isDigit(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'))
            return false;
    }
    qsizetype lastDot = -1;
    for (qsizetype i = at + 1; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '.') {
            if (i == at + 1 || lastDot == i - 1)
                return false;
            lastDot = i;
        } else if (!(isAlpha(c) || isDigit(c) || c == '-')) {
            return false;
        }
    }
    if (lastDot < 0 || v.size() - lastDot - 1 < 2)
        return false;
    for (qsizetype i = lastDot + 1; i < v.size(); ++i)
        if (!isAlpha(v[i]))
            return false;
    return true;
}

bool isIpv4(QByteArrayView v)
{
    if (v.size() < 7 || v.size() > 15)
        return false;
    int parts = 0;
    int digits = 0;
    int value = 0;
    for (qsizetype i = 0; i <= v.size(); ++i) {
        if (i == v.size() || v[i] == '.') {
            if (digits == 0 || value > 255)
                return false;
            ++parts;
            digits = value = 0;
        } else if (isDigit(v[i]) && digits < 3) {
            value = value * 10 + (v[i] - '0');
            ++digits;
        } else {
            return false;
        }
    }
    return parts == 4;
}

bool isIpv6(QByteArrayView v)
{
    if (v.size() < 3 || v.size() > 45)
        return false;
    int colons = 0;
    int group = 0;
    for (char c : v) {
        if (c == ':') {
            ++colons;
            group = 0;
        } else if (isHex(c) && ++group <= 4) {
        } else {
            return false;
        }
    }
    return colons >= 2 && colons <= 7 && v.indexOf(":::") < 0;
}

// 8 to 15 digits, written as people write phone numbers; plainDigits: a bare number counts.
bool isPhone(QByteArrayView v, bool plainDigits)
{
    if (v.size() < 8 || v.size() > 24)
        return false;
    if (v.size() >= 10 && v[4] == '-' && v[7] == '-' && isDigit(v[0]) && isDigit(v[5]))
        return false; // an ISO date, 2024-01-01
    int digits = 0;
    bool separators = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (isDigit(c))
            ++digits;
        else if (c == '+' && i == 0)
            separators = true;
        else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '/')
            separators = true;
        else
            return false;
    }
    if (digits < 8 || digits > 15)
        return false;
    // A date or a decimal written with dots is not a phone number.
    if (!plainDigits && v.indexOf('+') != 0 && v.indexOf(' ') < 0 && v.indexOf('(') < 0 && v.count('-') < 2)
        return false;
    return separators || plainDigits;
}

bool isIban(QByteArrayView v)
{
    std::array<char, 34> c {};
    int n = 0;
    for (char ch : v) {
        if (ch == ' ')
            continue;
        if (n >= 34 || !(isDigit(ch) || isAlpha(ch)))
            return false;
        c[size_t(n++)] = ch >= 'a' && ch <= 'z' ? char(ch - 'a' + 'A') : ch;
    }
    if (n < 15 || !isUpper(c[0]) || !isUpper(c[1]) || !isDigit(c[2]) || !isDigit(c[3]))
        return false;
    // ISO 13616: the first four characters moved to the end, letters as 10..35, mod 97 is 1.
    int remainder = 0;
    for (int i = 0; i < n; ++i) {
        const char ch = c[size_t((i + 4) % n)];
        if (isDigit(ch)) {
            remainder = (remainder * 10 + (ch - '0')) % 97;
        } else {
            const int value = ch - 'A' + 10;
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder == 1;
}

bool isSsn(QByteArrayView v)
{
    if (v.size() != 11 || v[3] != '-' || v[6] != '-')
        return false;
    for (int i : {0, 1, 2, 4, 5, 7, 8, 9, 10})
        if (!isDigit(v[i]))
            return false;
    return !(v.startsWith("000") || v.startsWith("666") || v[0] == '9');
}

bool containsWord(QByteArrayView lowered, const char *word)
{
    const qsizetype length = qsizetype(std::strlen(word));
    for (qsizetype at = lowered.indexOf(word); at >= 0; at = lowered.indexOf(word, at + 1)) {
        const bool startOk = at == 0 || !isAlpha(lowered[at - 1]);
        const bool endOk = at + length >= lowered.size() || !isAlpha(lowered[at + length]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

bool isStreetAddress(QByteArrayView v)
{
    if (v.size() < 6 || v.size() > 120 || v.indexOf(' ') < 0)
        return false;
    bool digit = false;
    for (char c : v)
        digit |= isDigit(c);
    if (!digit)
        return false;
    QByteArray lowered(v.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < v.size(); ++i)
        lowered[i] = lower(v[i]);
    static const char *const words[] = {"street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "boulevard",
        "blvd", "drive", "dr", "way", "court", "ct", "place", "pl", "square", "strasse", "str", "gasse", "weg", "platz",
        "rue", "avenida", "calle", "via", "straat", "laan"};
    for (const char *word : words)
        if (containsWord(lowered, word))
            return true;
    // "Hauptstraße 5": the German suffix, in UTF-8.
    return lowered.contains("stra\xc3\x9f"
                            "e");
}

} // namespace

QString personalKindName(PersonalKind kind)
{
    static const char *const names[] = {"email", "phone", "iban", "ipAddress", "nationalId", "streetAddress"};
    return QString::fromLatin1(names[int(kind)]);
}

QString personalKindWords(PersonalKind kind)
{
    switch (kind) {
    case PersonalKind::Email:
        return PersonalWords::tr("e-mail addresses");
    case PersonalKind::Phone:
        return PersonalWords::tr("phone numbers");
    case PersonalKind::Iban:
        return PersonalWords::tr("bank account numbers (IBAN)");
    case PersonalKind::IpAddress:
        return PersonalWords::tr("IP addresses");
    case PersonalKind::NationalId:
        return PersonalWords::tr("national identifiers");
    case PersonalKind::StreetAddress:
        return PersonalWords::tr("street addresses");
    }
    return QString();
}

std::optional<PersonalKind> personalKindOfColumn(QStringView name)
{
    QString n = name.toString().toLower();
    n.remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char(' ')).remove(QLatin1Char('.'));
    static const std::pair<const char *, PersonalKind> names[]
        = {{"email", PersonalKind::Email}, {"mail", PersonalKind::Email}, {"emailaddress", PersonalKind::Email},
            {"phone", PersonalKind::Phone}, {"phonenumber", PersonalKind::Phone}, {"telephone", PersonalKind::Phone},
            {"tel", PersonalKind::Phone}, {"mobile", PersonalKind::Phone}, {"cell", PersonalKind::Phone},
            {"iban", PersonalKind::Iban}, {"bankaccount", PersonalKind::Iban}, {"ip", PersonalKind::IpAddress},
            {"ipaddress", PersonalKind::IpAddress}, {"ssn", PersonalKind::NationalId},
            {"socialsecuritynumber", PersonalKind::NationalId}, {"nationalid", PersonalKind::NationalId},
            {"passport", PersonalKind::NationalId}, {"passportnumber", PersonalKind::NationalId},
            {"taxid", PersonalKind::NationalId}, {"tin", PersonalKind::NationalId}, {"nino", PersonalKind::NationalId},
            {"personnummer", PersonalKind::NationalId}, {"address", PersonalKind::StreetAddress},
            {"streetaddress", PersonalKind::StreetAddress}, {"street", PersonalKind::StreetAddress},
            {"homeaddress", PersonalKind::StreetAddress}};
    for (const auto &[known, kind] : names)
        if (n == QLatin1String(known))
            return kind;
    return std::nullopt;
}

std::optional<PersonalKind> personalKindOfValue(QByteArrayView v, std::optional<PersonalKind> nameHint)
{
    if (v.isEmpty())
        return std::nullopt;
    const char first = v[0];
    if (v.indexOf('@') > 0)
        return isEmail(v) ? std::optional(PersonalKind::Email) : std::nullopt;
    if (nameHint == PersonalKind::NationalId)
        return PersonalKind::NationalId;
    if (isDigit(first)) {
        if (isSsn(v))
            return PersonalKind::NationalId;
        if (v.indexOf('.') > 0 && isIpv4(v))
            return PersonalKind::IpAddress;
    }
    if ((isDigit(first) || first == '+' || first == '(') && isPhone(v, nameHint == PersonalKind::Phone))
        return PersonalKind::Phone;
    if (isUpper(first) || (first >= 'a' && first <= 'z')) {
        if (v.size() >= 15 && isIban(v))
            return PersonalKind::Iban;
    }
    if (v.indexOf(':') >= 0 && isIpv6(v))
        return PersonalKind::IpAddress;
    if ((nameHint == PersonalKind::StreetAddress || v.indexOf(' ') > 0) && isStreetAddress(v))
        return PersonalKind::StreetAddress;
    return std::nullopt;
}

QString maskedValue(PersonalKind kind, QByteArrayView v)
{
    const QString text = QString::fromUtf8(v);
    auto keepEnds = [](const QString &s, int head, int tail) {
        if (s.size() <= head + tail)
            return QString(s.size(), QLatin1Char('*'));
        return s.left(head) + QString(s.size() - head - tail, QLatin1Char('*')) + s.right(tail);
    };
    if (kind == PersonalKind::Email) {
        const qsizetype at = text.indexOf(QLatin1Char('@'));
        const qsizetype dot = text.lastIndexOf(QLatin1Char('.'));
        return text.left(1) + QStringLiteral("***@") + text.mid(at + 1, 1) + QStringLiteral("***") + text.mid(dot);
    }
    if (kind == PersonalKind::StreetAddress)
        return keepEnds(text, 2, 0).left(4) + QStringLiteral("…");
    return keepEnds(text, 2, 2);
}

} // namespace dd::quality
