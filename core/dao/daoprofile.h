#pragma once

// DaoProfile: everything the app needs to open a DAO: the chain, its nodes and the addresses of
// the DAO's contracts. Stored as JSON; `datadao-cli devnet up` writes one for the local devnet.

#include "common/result.h"
#include "crypto/address.h"

#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace dd::dao {

// OpenZeppelin's Governor (the DAO's own) or a GovernorBravo-style one (Compound's interface:
// queue and execute by proposal id, quorumVotes(), votes by signature without a nonce).
enum class GovernorKind { OpenZeppelin, Bravo };

struct DaoProfile {
    QString name;
    quint64 chainId = 0;
    QList<QUrl> rpcUrls;
    crypto::Address token;
    crypto::Address timelock;
    crypto::Address governor;
    crypto::Address datasetRegistry; // zero when the DAO has none
    crypto::Address datasetCuration; // who decides the registry's datasets (zero: none known)
    GovernorKind governorKind = GovernorKind::OpenZeppelin;
    quint64 deploymentBlock = 0;
    QUrl storageApi; // a Kubo RPC API for uploads (empty: none configured)
    QList<QUrl> gateways; // trustless gateways for downloads, tried in order
    QString mnemonic; // devnet only: the well-known development phrase of its funded accounts

    QJsonObject toJson() const;
    static Result<DaoProfile> fromJson(const QJsonObject &json);
    static Result<DaoProfile> load(const QString &path);
    Status save(const QString &path) const;
};

} // namespace dd::dao
