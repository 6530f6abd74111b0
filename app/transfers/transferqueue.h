#pragma once

// TransferQueue: the app's uploads and downloads, one at a time in order, on a thread of their
// own, never the GUI thread: uploads through a QNetworkAccessManager there, downloads through
// storage::HttpGet, which reads the socket on that same thread. Each item shows progress and can be
// paused, resumed and cancelled, with its own error in words. The queue is kept in a JSON file
// written atomically at every change of state, so after a restart (or a crash, or a dropped
// connection) an unfinished item continues where it stopped: an upload at its first segment the
// node has not acknowledged, a download with the blocks it has already verified (the block
// store keeps them). A finished download is written to its target folder only once every block
// is there and verified.

#include "common/executor.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace dd::app {

class TransferWorker;

struct TransferItem {
    QString id;
    QString kind; // upload, download
    QString label; // for people: "Weather stations (data)"
    QString state = QStringLiteral("queued"); // queued, running, paused, done, failed, cancelled
    quint64 done = 0;
    quint64 total = 0;
    QString error;
    QString result; // the root CID once done
    // upload
    QString carPath;
    QUrl api;
    int segmentsAcknowledged = 0;
    // download
    QString cid;
    QList<QUrl> gateways;
    QString target;

    QJsonObject toJson() const;
    static TransferItem fromJson(const QJsonObject &json);
    QVariantMap toVariant() const;
};

class TransferQueue : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QVariantList items READ items NOTIFY itemsChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY itemsChanged)
public:
    // A transfer's state as item() and items() give it ("state"); the state file keeps words.
    enum class State { Queued, Running, Paused, Done, Failed, Cancelled, Unknown };
    Q_ENUM(State)
    static State stateOf(const QString &word);

    TransferQueue(Executor &executor, QString stateFile, QString blockDirectory, QObject *parent = nullptr);
    ~TransferQueue() override;
    static TransferQueue *create(QQmlEngine *, QJSEngine *);

    QString addUpload(const QString &label, const QString &carPath, const QUrl &api);
    QString addDownload(const QString &label, const QString &cid, const QList<QUrl> &gateways, const QString &target);

    Q_INVOKABLE void pause(const QString &id);
    Q_INVOKABLE void resume(const QString &id);
    Q_INVOKABLE void cancel(const QString &id);
    Q_INVOKABLE void remove(const QString &id); // a finished, failed or cancelled item
    Q_INVOKABLE QVariantMap item(const QString &id) const;

    QVariantList items() const;
    int activeCount() const;
    bool loaded() const { return m_loaded; } // the state file's items are in (read off the GUI thread)

signals:
    void itemsChanged();
    void itemFinished(const QString &id, bool ok, const QString &message);

private:
    void startNext();
    void onProgress(const QString &id, quint64 done, quint64 total);
    void onSegment(const QString &id, int acknowledged);
    void onFinished(const QString &id, bool ok, const QString &message);
    TransferItem *find(const QString &id);
    void save() const;
    void load();

    QString m_stateFile;
    QString m_blockDirectory;
    QList<TransferItem> m_items;
    QString m_running; // the id being transferred, empty when idle
    QThread m_thread;
    bool m_loaded = false; // saved only once the file's items are in: a save would drop them
    mutable Executor::Sequence m_saving; // the state file is read, then written in order, off the GUI thread
    TransferWorker *m_worker = nullptr;
};

// Lives on the transfer thread: runs one item at a time.
class TransferWorker : public QObject {
    Q_OBJECT
public:
    explicit TransferWorker(QString blockDirectory) : m_blockDirectory(std::move(blockDirectory)) { }
    ~TransferWorker() override;

    void run(const dd::app::TransferItem &item);
    void stop(); // abort the running item (pause or cancel)

signals:
    void progress(const QString &id, quint64 done, quint64 total);
    void segmentDone(const QString &id, int acknowledged);
    void finished(const QString &id, bool ok, const QString &message);

private:
    void runDownload(const TransferItem &item, int gatewayIndex);

    QString m_blockDirectory;
    QNetworkAccessManager *m_network = nullptr;
    QObject *m_current = nullptr;
    QString m_currentId;
    bool m_stopping = false;
};

} // namespace dd::app
