#include "forum/forumservice.h"

#include "appcontext.h"
#include "cache/forumcache.h"
#include "forum/discourseclient.h"

#include <QQmlEngine>

namespace dd::app {

ForumWorker::ForumWorker(QString cachePath) : m_cachePath(std::move(cachePath))
{
}

ForumWorker::~ForumWorker() = default;

void ForumWorker::fetch(const forum::TopicLink &link)
{
    if (!m_client) // made here, on the forum thread, as the network and SQLite want
        m_client = std::make_unique<forum::DiscourseClient>();
    m_client->fetchTopic(link, [this, link](Result<forum::Topic> topic) {
        if (!topic) {
            emit failed(link.forumKey(), link.topicId, topic.message());
            return;
        }
        if (!m_cache) {
            m_database = std::make_unique<cache::CacheDatabase>(m_cachePath, QStringLiteral("forum-writer"),
                cache::CacheDatabase::Role::Writer, cache::CacheDatabase::Schema::Forum);
            if (auto opened = m_database->open(); !opened) {
                m_database.reset();
                emit failed(link.forumKey(), link.topicId, opened.message());
                return;
            }
            m_cache = std::make_unique<cache::ForumCache>(*m_database);
        }
        if (auto saved = m_cache->store(topic.value()); !saved) {
            emit failed(link.forumKey(), link.topicId, saved.message());
            return;
        }
        emit stored(link.forumKey(), link.topicId);
    });
}

ForumService::ForumService(Executor &executor, QString cachePath, QObject *parent)
    : QObject(parent), m_executor(executor), m_cachePath(std::move(cachePath))
{
    m_thread.setObjectName(QStringLiteral("forum"));
    m_thread.start();
    m_worker = new ForumWorker(m_cachePath);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &ForumWorker::stored, this, &ForumService::stored);
    connect(m_worker, &ForumWorker::failed, this, &ForumService::failed);
}

ForumService::~ForumService()
{
    ForumWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

ForumService *ForumService::create(QQmlEngine *, QJSEngine *)
{
    ForumService *service = AppContext::instance()->forumService();
    QQmlEngine::setObjectOwnership(service, QQmlEngine::CppOwnership);
    return service;
}

void ForumService::fetch(const forum::TopicLink &link)
{
    ForumWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, link] { worker->fetch(link); }, Qt::QueuedConnection);
}

} // namespace dd::app
