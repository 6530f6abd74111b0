#pragma once

// Provider hints for the IPFS Pinning Service API's `origins` ("multiaddrs known to provide the
// data"): the DAO's trustless gateways, each as a multiaddr (multiformats/multiaddr:
// /dns, /ip4 or /ip6, then /tcp/<port>, then /http or /https), so a service that fetches over
// HTTP finds the blocks where the app uploaded them. Only what a remote service can reach is
// given: no loopback, private, link-local or .local host, and no gateway under a path (a
// multiaddr carries none). At most 20, the spec's limit.

#include <QList>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace dd::storage {

// The gateway's multiaddr; none when a remote service could not reach it or a multiaddr cannot
// say where it is.
std::optional<QString> gatewayMultiaddr(const QUrl &gateway);
QStringList originsForGateways(const QList<QUrl> &gateways);

} // namespace dd::storage
