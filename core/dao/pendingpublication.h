#pragma once

// A dataset publication in progress, kept in a small JSON file written atomically at each step,
// so that a publisher stopped in the middle (closed, crashed or killed) continues where it
// stopped: hashing is not done again (the CARs stay in the work folder), uploads resume at their
// first segment the node has not acknowledged, and registration first asks the registry whether
// the content is registered already, so nothing is uploaded or registered twice. The app and
// datadao-cli dataset publish share it.

#include "common/result.h"
#include "crypto/address.h"
#include "dao/daoprofile.h"
#include "dao/datasetpublisher.h"
#include "eth/chainsession.h"
#include "eth/uint256.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace dd::dao {

struct PendingPublication {
    QString path; // the dropped file or folder
    QString title;
    QString licenseId;
    quint64 replaces = 0; // the dataset this corrects (0: none)
    quint64 size = 0;
    storage::Cid content;
    storage::Cid metadata;
    QString contentCar;
    QString metadataCar;
    crypto::Address account;
    eth::UInt256 price;
    eth::UInt256 stake;
    quint64 chainId = 0;
    crypto::Address registry;
    QString stage = QStringLiteral("uploading"); // uploading, registering
    int contentSegments = 0; // segments the node acknowledged, per CAR
    int metadataSegments = 0;
    QStringList transferIds; // the app's transfer queue items for the two uploads

    static PendingPublication fromPrepared(const PreparedDataset &prepared, const QString &path,
        const crypto::Address &account, const eth::UInt256 &price, const eth::UInt256 &stake,
        const DaoProfile &profile);
    // What registration needs of the prepared dataset.
    PreparedDataset toPrepared() const;
    // Whether it belongs to this DAO (chain and registry), so it is not resumed against another.
    bool belongsTo(const DaoProfile &profile) const;

    QJsonObject toJson() const;
    static Result<PendingPublication> fromJson(const QJsonObject &json);
};

// nullopt when there is no file; an error in words when there is one that cannot be read.
Result<std::optional<PendingPublication>> loadPendingPublication(const QString &file);
Status savePendingPublication(const QString &file, const PendingPublication &publication);
Status removePendingPublication(const QString &file);

// The dataset registered with this content already, if any: its id, and whether account is its
// contributor (as far as the registry tells: the contributor has access from the start).
struct RegisteredContent {
    quint64 id = 0;
    bool byAccount = false;
};
Result<RegisteredContent> registeredContent(
    eth::ChainSession &chain, const DaoProfile &profile, const storage::Cid &content, const crypto::Address &account);

} // namespace dd::dao
