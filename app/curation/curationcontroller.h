#pragma once

// CurationController: the Curation section. The queue's five tabs with their counts for the
// member chosen on the page (waiting for my review, in review, decided, appealed or challenged,
// my submissions), read off the GUI thread from the cache the indexer keeps; the curators'
// ranking; the selected dataset's reviews and history. A curator's review: the app downloads the
// dataset again and measures it (core/dao prepareCurationReport, cancellable, with progress),
// shows the report beside the metadata's claims, then publishes it as ERC-1497 evidence and asks
// for DatasetCuration.review through the confirmation sheet.

#include "common/executor.h"
#include "common/services.h"
#include "dao/transactionrequester.h"
#include "quality/qualityreport.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class CurationController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // The member whose queue it is (an account of the wallet, checksummed or not; "": none).
    Q_PROPERTY(QString member READ member WRITE setMember NOTIFY queryChanged)
    Q_PROPERTY(int tab READ tab WRITE setTab NOTIFY queryChanged) // cache::QueueTab
    Q_PROPERTY(QVariantList counts READ counts NOTIFY queueChanged)
    Q_PROPERTY(QVariantList items READ items NOTIFY queueChanged)
    Q_PROPERTY(QVariantList curators READ curators NOTIFY queueChanged)
    Q_PROPERTY(QVariantMap rules READ rules NOTIFY queueChanged)
    Q_PROPERTY(bool memberIsCurator READ memberIsCurator NOTIFY queueChanged)
    Q_PROPERTY(QString readError READ readError NOTIFY queueChanged)
    Q_PROPERTY(bool hasCuration READ hasCuration NOTIFY queueChanged)
    Q_PROPERTY(QVariantList reasons READ reasons CONSTANT) // [{key, label}], None first
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(ReportState reportState READ reportState NOTIFY reportChanged)
    Q_PROPERTY(double reportProgress READ reportProgress NOTIFY reportChanged)
    Q_PROPERTY(QString reportStep READ reportStep NOTIFY reportChanged)
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
    Q_PROPERTY(ReviewState reviewState READ reviewState NOTIFY reviewChanged)
    Q_PROPERTY(QString reviewMessage READ reviewMessage NOTIFY reviewChanged)
    // An appeal (the contributor, of a rejection) or a challenge (any member, of an approval).
    Q_PROPERTY(ActionState actionState READ actionState NOTIFY actionChanged)
    Q_PROPERTY(QString actionMessage READ actionMessage NOTIFY actionChanged)
public:
    enum class ReportState { NoReport, Measuring, Measured, ReportFailed };
    Q_ENUM(ReportState)
    enum class ReviewState { NotReviewing, Publishing, Confirming, Reviewed, ReviewFailed };
    Q_ENUM(ReviewState)
    enum class ActionState { NoAction, Sending, Sent, ActionFailed };
    Q_ENUM(ActionState)

    CurationController(Executor &executor, OpenDao &dao, DaoCache &cache, dao::TransactionRequester &requester,
        QString dataDirectory, QObject *parent = nullptr);
    ~CurationController() override;
    static CurationController *create(QQmlEngine *, QJSEngine *);

    QString member() const { return m_member; }
    void setMember(const QString &member);
    int tab() const { return m_tab; }
    void setTab(int tab);
    QVariantList counts() const { return m_counts; }
    QVariantList items() const { return m_items; }
    QVariantList curators() const { return m_curators; }
    QVariantMap rules() const { return m_rules; }
    bool memberIsCurator() const { return m_memberIsCurator; }
    QString readError() const { return m_readError; }
    bool hasCuration() const;
    QVariantList reasons() const;
    QVariantMap selected() const { return m_selected; }
    ReportState reportState() const { return m_reportState; }
    double reportProgress() const { return m_reportProgress; }
    QString reportStep() const { return m_reportStep; }
    QVariantMap report() const { return m_report; }
    ReviewState reviewState() const { return m_reviewState; }
    QString reviewMessage() const { return m_reviewMessage; }
    ActionState actionState() const { return m_actionState; }
    QString actionMessage() const { return m_actionMessage; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void select(qint64 id);
    Q_INVOKABLE void clearSelection();
    // Downloads the selected dataset again and measures it; cancelReport stops it.
    Q_INVOKABLE void measure();
    Q_INVOKABLE void cancelReport();
    // Publishes the measured report and asks for the review in the sheet. slashPercent: of the
    // stake, on a rejection.
    Q_INVOKABLE void submitReview(bool approve, int reason, const QString &text, double slashPercent);
    // The selected dataset's rejection appealed to the token holders, or its approval challenged
    // (back to review), by the member, with the deposit the rules ask: each step in the sheet.
    Q_INVOKABLE void appeal(const QString &reason);
    Q_INVOKABLE void challenge(const QString &reason);

signals:
    void queryChanged();
    void queueChanged();
    void selectionChanged();
    void reportChanged();
    void reviewChanged();
    void actionChanged();

private:
    void loadSelected();
    void setReport(ReportState state, const QString &step = {});
    void setReview(ReviewState state, const QString &message);
    void setAction(ActionState state, const QString &message);
    void sendWithDeposit(bool appeal, const QString &reason);
    QString reviewFolder(qint64 id) const;

    Executor &m_executor;
    OpenDao &m_dao;
    DaoCache &m_cache;
    dao::TransactionRequester &m_requester;
    QString m_dataDirectory;
    QString m_member; // checksummed
    int m_tab = 0;
    QVariantList m_counts;
    QVariantList m_items;
    QVariantList m_curators;
    QVariantMap m_rules;
    bool m_memberIsCurator = false;
    QString m_readError;
    qint64 m_selectedId = 0;
    QVariantMap m_selected;
    ReportState m_reportState = ReportState::NoReport;
    double m_reportProgress = 0;
    QString m_reportStep;
    QVariantMap m_report;
    QString m_reportFolder; // of the measured report, published on review
    std::optional<quality::QualityReport> m_measured; // kept for publishing
    std::shared_ptr<std::atomic_bool> m_cancel;
    ReviewState m_reviewState = ReviewState::NotReviewing;
    QString m_reviewMessage;
    ActionState m_actionState = ActionState::NoAction;
    QString m_actionMessage;
    int m_queryGeneration = 0;
    int m_selectionGeneration = 0;
};

} // namespace dd::app
