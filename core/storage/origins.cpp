#include "storage/origins.h"

#include <QHostAddress>

namespace dd::storage {

namespace {

// Addresses a service elsewhere on the internet cannot reach (RFC 1918, RFC 6598, RFC 3927,
// RFC 4193, loopback, unspecified).
bool unreachableFromElsewhere(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isNull() || address.isMulticast()
        || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6)
        return true;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 ip = address.toIPv4Address();
        const auto in = [ip](quint32 net, int bits) { return (ip >> (32 - bits)) == (net >> (32 - bits)); };
        return in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x64400000, 10) || in(0x00000000, 8);
    }
    return address.isUniqueLocalUnicast();
}

} // namespace

std::optional<QString> gatewayMultiaddr(const QUrl &gateway)
{
    const QString scheme = gateway.scheme().toLower();
    if (!gateway.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || gateway.host().isEmpty() || !gateway.userInfo().isEmpty() || gateway.hasQuery())
        return std::nullopt;
    if (!gateway.path().isEmpty() && gateway.path() != QLatin1String("/"))
        return std::nullopt; // /ipfs/<cid> is asked for at the root; a multiaddr has no path
    const QString host = gateway.host().toLower();
    const int port = gateway.port(scheme == QLatin1String("https") ? 443 : 80);
    QString base;
    QHostAddress address;
    if (address.setAddress(host)) {
        if (unreachableFromElsewhere(address))
            return std::nullopt;
        base = address.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("/ip4/%1").arg(address.toString())
                                                                   : QStringLiteral("/ip6/%1").arg(address.toString());
    } else {
        if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))
            || host.endsWith(QLatin1String(".local")) || !host.contains(u'.'))
            return std::nullopt;
        base = QStringLiteral("/dns/%1").arg(host);
    }
    return QStringLiteral("%1/tcp/%2/%3").arg(base).arg(port).arg(scheme);
}

QStringList originsForGateways(const QList<QUrl> &gateways)
{
    QStringList out;
    for (const QUrl &gateway : gateways) {
        auto address = gatewayMultiaddr(gateway);
        if (address && !out.contains(*address) && out.size() < 20)
            out.append(*address);
    }
    return out;
}

} // namespace dd::storage
