#pragma once

// ForumService: reads forum discussions on a thread of its own, with the only writer
// connection to cache/forum.sqlite (one file for every forum: a discussion is the same whichever
// DAO links it). The GUI thread asks for a topic and hears when it was stored or why it could
// not be read; views read the stored copy through their own connection, so a discussion read
// once opens at once and offline.

#include "forum/discoursetopic.h"

#include <QObject>
#include <QThread>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace dd {
class Executor;
}

namespace dd::cache {
class CacheDatabase;
class ForumCache;
} // namespace dd::cache

namespace dd::forum {
class DiscourseClient;
}

namespace dd::app {

// Lives on the forum thread.
class ForumWorker : public QObject {
    Q_OBJECT
public:
    explicit ForumWorker(QString cachePath);
    ~ForumWorker() override;

    void fetch(const forum::TopicLink &link);

signals:
    void stored(const QString &forum, qint64 topicId);
    void failed(const QString &forum, qint64 topicId, const QString &message);

private:
    QString m_cachePath;
    std::unique_ptr<forum::DiscourseClient> m_client;
    std::unique_ptr<cache::CacheDatabase> m_database;
    std::unique_ptr<cache::ForumCache> m_cache;
};

class ForumService : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    ForumService(Executor &executor, QString cachePath, QObject *parent = nullptr);
    ~ForumService() override;
    static ForumService *create(QQmlEngine *, QJSEngine *);

    const QString &cachePath() const { return m_cachePath; }
    // Where views read the stored copy (off the GUI thread).
    Executor &executor() const { return m_executor; }
    void fetch(const forum::TopicLink &link);

signals:
    void stored(const QString &forum, qint64 topicId);
    void failed(const QString &forum, qint64 topicId, const QString &message);

private:
    Executor &m_executor;
    QString m_cachePath;
    QThread m_thread;
    ForumWorker *m_worker = nullptr;
};

} // namespace dd::app
