#pragma once

// The curation queue as curators and contributors read it, from the cache the indexer keeps:
// the queue's tabs and their counts for one member, a dataset's reviews and curation history,
// the curators with their record, and the curation contract's rules and pool as last synced.
// Opens no connection of its own: give it a reader (any thread but the writer's).

#include "cache/cachedatabase.h"
#include "cache/catalogwriter.h"

#include <QJsonObject>

#include <optional>

namespace dd::cache {

// DatasetCuration.parameters() and pool(), as the last sync read them. Amounts in wei, decimal.
struct CurationRules {
    bool known = false; // false: the DAO has no curation contract, or no sync read it yet
    int quorum = 0;
    qint64 reviewPeriod = 0; // seconds
    QString reward;
    QString reviewFee;
    int slashCapBasisPoints = 0;
    qint64 appealWindow = 0; // seconds
    QString appealDeposit;
    QString challengeDeposit;
    QString pool;
};

enum class QueueTab {
    WaitingForMe, // in review, not mine, not reviewed by me this round
    InReview, // every dataset still being reviewed, or waiting for governance
    Decided,
    AppealedOrChallenged,
    MySubmissions,
};
constexpr int queueTabCount = 5;

struct QueueItem {
    CatalogEntry dataset; // without its metadata JSON
    int reviews = 0; // this round's so far
    qint64 reviewEndsAt = 0; // the round's start plus the review period (0: rules unknown)
    qint64 appealEndsAt = 0; // a rejection's appeal window (0: none open)
    bool reviewedByMe = false;
};

// One curator's review (ReviewSubmitted), with where it was mined.
struct ReviewEntry {
    int round = 0;
    QString curator; // checksummed
    bool approve = false;
    int reason = 0; // DatasetCuration.Reason
    QString text;
    QString evidenceUri;
    int slashBasisPoints = 0;
    qint64 block = 0;
    QString tx;
    qint64 time = 0;
};

// Anything else curation did to a dataset: decided, awaiting, reward, fee, appealed,
// appealResolved, challenged, challengeResolved, evidence, reinstated, reopened, withdrawn.
struct CurationEvent {
    QString kind;
    QString actor;
    QJsonObject data;
    qint64 block = 0;
    QString tx;
    qint64 time = 0;
};

// Something curation did that concerns one of the member's accounts: to a dataset they contributed
// (a review, a decision, a challenge, the token holders' answer to an appeal), or to one they
// reviewed (an appeal, a challenge). What the notifications are raised from.
struct MemberCurationEvent {
    quint64 datasetId = 0;
    QString title; // the metadata's, empty until it was read
    QString kind;
    QString actor;
    QJsonObject data;
    qint64 block = 0;
    int logIndex = 0;
    bool contributedByMe = false;
    bool reviewedByMe = false;
};

// A curator's record: what they reviewed, how often their verdict was the outcome, what fees
// they earned (wei, decimal).
struct CuratorRecord {
    QString address;
    bool active = false; // holds the role now
    int reviews = 0;
    int decided = 0; // of those, reviews whose round was decided
    int agreed = 0; // of those, with the verdict that was the outcome
    QString feesEarned;
};

// One tab of the queue as a curator opens it: the rules, the chain's head time, the count of
// every tab and the tab's items (the window's Curation section and `curation queue`).
struct QueueView {
    CurationRules rules;
    qint64 now = 0; // the head block's time (0: never synced)
    QList<int> counts; // one per QueueTab, in order
    QList<QueueItem> items;
};

class CurationReader {
public:
    explicit CurationReader(CacheDatabase &database) : m_database(database) { }

    Result<CurationRules> rules();
    // The head block's time as last synced (0: never synced).
    Result<qint64> headTime();
    // The last block the sync read (0: never synced).
    Result<qint64> syncedBlock();
    // member: checksummed address (empty: the tabs that need one are empty).
    Result<QList<QueueItem>> queue(QueueTab tab, const QString &member, int limit = 500);
    Result<QList<int>> counts(const QString &member); // one per QueueTab, in order
    Result<QueueView> queueView(QueueTab tab, const QString &member);
    // One dataset as the queue shows it (none: no such dataset).
    Result<std::optional<QueueItem>> item(quint64 id, const QString &member);
    Result<QList<ReviewEntry>> reviews(quint64 id);
    Result<QList<CurationEvent>> history(quint64 id);
    // The events after afterBlock that concern members (addresses, any case), oldest first, at
    // most limit of them; what one of members did themselves is left out.
    Result<QList<MemberCurationEvent>> memberEvents(qint64 afterBlock, const QStringList &members, int limit = 200);
    // Everyone who ever held the role, ranked: agreement, then reviews.
    Result<QList<CuratorRecord>> curators();
    Result<bool> isCurator(const QString &member);

private:
    CacheDatabase &m_database;
};

} // namespace dd::cache
