#pragma once

// CatalogController: the Datasets section. The catalog (registry events plus each verified
// metadata file, kept in the DAO's cache by the indexer thread) is searched off the GUI thread
// through a read-only connection of its own: full-text search and filters on status, license,
// format, size and contributor. The selected dataset shows its metadata, schema, a preview of
// its first rows (fetched block by block from a gateway and verified), its CID, contributor,
// status and access price; buying access goes through the confirmation sheet (approve, then
// buy); a download goes through the transfer queue and is written only once verified whole.

#include "common/executor.h"
#include "dao/transactionrequester.h"

#include "common/services.h"

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class TransferQueue;

class CatalogController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY queryChanged)
    // Only datasets in this state (AnyStatus: all); an entry's "status" is one of these too.
    Q_PROPERTY(DatasetStatus status READ status WRITE setStatus NOTIFY queryChanged)
    Q_PROPERTY(QString license READ license WRITE setLicense NOTIFY queryChanged)
    Q_PROPERTY(QString format READ format WRITE setFormat NOTIFY queryChanged)
    Q_PROPERTY(QString order READ order WRITE setOrder NOTIFY queryChanged) // newest, title, largest, cheapest
    // "", small (under 1 MB), medium (1-100 MB), large (100 MB-1 GB), huge (over 1 GB); SI units,
    // as sizes are shown.
    Q_PROPERTY(QString size READ size WRITE setSize NOTIFY queryChanged)
    // A contributor's address ("" for anyone); set from a dataset's page ("More from this contributor").
    Q_PROPERTY(QString contributor READ contributor WRITE setContributor NOTIFY queryChanged)
    // Whether any words or filter narrow the list (an empty list then says "no match", not "none yet").
    Q_PROPERTY(bool filtered READ filtered NOTIFY queryChanged)
    Q_PROPERTY(QVariantList entries READ entries NOTIFY entriesChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY entriesChanged)
    Q_PROPERTY(QStringList licenses READ licenses NOTIFY entriesChanged)
    Q_PROPERTY(QStringList formats READ formats NOTIFY entriesChanged)
    Q_PROPERTY(QString readError READ readError NOTIFY entriesChanged)
    Q_PROPERTY(bool hasRegistry READ hasRegistry NOTIFY entriesChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectionChanged)
    Q_PROPERTY(QVariantMap preview READ preview NOTIFY previewChanged)
    Q_PROPERTY(Purchase purchaseState READ purchaseState NOTIFY purchaseChanged)
    Q_PROPERTY(QString purchaseMessage READ purchaseMessage NOTIFY purchaseChanged)
    // Why the last withdrawal could not be asked for, or that it went through ("" before any).
    Q_PROPERTY(QString withdrawMessage READ withdrawMessage NOTIFY withdrawChanged)
    Q_PROPERTY(QString downloadId READ downloadId NOTIFY selectionChanged)
    Q_PROPERTY(QString downloadError READ downloadError NOTIFY selectionChanged)
public:
    // Where a dataset stands in the registry: the numbers are DatasetRegistry's (cache::DatasetStatus).
    enum class DatasetStatus { AnyStatus = 0, InReview = 1, Approved = 2, Rejected = 3, Withdrawn = 4 };
    Q_ENUM(DatasetStatus)
    // Where buying access to the selected dataset stands.
    enum class Purchase { NotBuying, Buying, Bought, PurchaseFailed };
    Q_ENUM(Purchase)
    // The preview of the selected dataset's first rows (preview.state).
    enum class Preview { NoPreview, PreviewLoading, PreviewReady, PreviewFailed };
    Q_ENUM(Preview)

    CatalogController(Executor &executor, OpenDao &dao, DaoCache &cache, dao::TransactionRequester &requester,
        TransferQueue &transfers, QObject *parent = nullptr);
    ~CatalogController() override;
    static CatalogController *create(QQmlEngine *, QJSEngine *);

    QString search() const { return m_search; }
    void setSearch(const QString &search);
    DatasetStatus status() const { return m_status; }
    void setStatus(DatasetStatus status);
    QString license() const { return m_license; }
    void setLicense(const QString &license);
    QString format() const { return m_format; }
    void setFormat(const QString &format);
    QString order() const { return m_order; }
    void setOrder(const QString &order);
    QString size() const { return m_size; }
    void setSize(const QString &size);
    QString contributor() const { return m_contributor; }
    void setContributor(const QString &contributor);
    bool filtered() const;
    QVariantList entries() const { return m_entries; }
    int totalCount() const { return m_totalCount; }
    QStringList licenses() const { return m_licenses; }
    QStringList formats() const { return m_formats; }
    QString readError() const { return m_readError; }
    bool hasRegistry() const;
    QVariantMap selected() const { return m_selected; }
    QVariantMap preview() const { return m_preview; }
    Purchase purchaseState() const { return m_purchaseState; }
    QString purchaseMessage() const { return m_purchaseMessage; }
    QString withdrawMessage() const { return m_withdrawMessage; }
    QString downloadId() const { return m_downloadId; }
    QString downloadError() const { return m_downloadError; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void select(qint64 id);
    Q_INVOKABLE void clearSelection();
    // Whether this account holds access to the selected dataset (its contributor, or a buyer).
    Q_INVOKABLE bool hasAccess(const QString &account) const;
    Q_INVOKABLE void buyAccess(const QString &account);
    // Its contributor takes the selected dataset back (before any review), with the stake.
    Q_INVOKABLE void withdraw();
    // Downloads the selected dataset into a new folder inside `folder`: downloadId names its
    // transfer once it is queued, downloadError says why it was not.
    Q_INVOKABLE void download(const QUrl &folder);

signals:
    void queryChanged();
    void entriesChanged();
    void selectionChanged();
    void previewChanged();
    void purchaseChanged();
    void withdrawChanged();

private:
    void loadSelected();
    void loadPreview();
    QString cachePath() const;
    void setDownloadError(const QString &message);

    Executor &m_executor;
    OpenDao &m_dao;
    DaoCache &m_cache;
    dao::TransactionRequester &m_requester; // the confirmation sheet
    TransferQueue &m_transfers;
    QString m_search;
    DatasetStatus m_status = DatasetStatus::AnyStatus;
    QString m_license;
    QString m_format;
    QString m_order = QStringLiteral("newest");
    QString m_size;
    QString m_contributor; // checksummed
    QVariantList m_entries;
    int m_totalCount = 0;
    QStringList m_licenses;
    QStringList m_formats;
    QString m_readError;
    qint64 m_selectedId = 0;
    QVariantMap m_selected;
    QStringList m_accessHolders; // of the selected dataset: its contributor and buyers
    QVariantMap m_preview;
    QString m_previewedCid;
    Purchase m_purchaseState = Purchase::NotBuying;
    QString m_purchaseMessage;
    QString m_withdrawMessage;
    QString m_downloadId;
    QString m_downloadError;
    int m_queryGeneration = 0;
    int m_selectionGeneration = 0;
};

} // namespace dd::app
