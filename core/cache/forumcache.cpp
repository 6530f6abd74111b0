#include "cache/forumcache.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dd::cache {

namespace {

// Qt binds a null QString as NULL; the columns want text.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

ForumCache::ForumCache(CacheDatabase &database) : m_database(database)
{
}

Status ForumCache::store(const forum::Topic &topic)
{
    QSqlDatabase &db = m_database.db();
    if (!db.transaction())
        return sqlError(QStringLiteral("start storing a discussion"), db.lastError().text());
    auto fail = [&db](QSqlQuery &q) {
        const QString text = q.lastError().text();
        db.rollback();
        return sqlError(QStringLiteral("store a discussion"), text);
    };
    const QString forum = topic.link.forumKey();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM posts WHERE forum = ? AND topic_id = ?"));
    q.addBindValue(forum);
    q.addBindValue(topic.link.topicId);
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO topics (forum, topic_id, title, posts_count, fetched_at) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(forum);
    q.addBindValue(topic.link.topicId);
    q.addBindValue(notNull(topic.title));
    q.addBindValue(topic.postsCount);
    q.addBindValue(topic.fetchedAt.toSecsSinceEpoch());
    if (!q.exec())
        return fail(q);
    q.prepare(QStringLiteral("INSERT INTO posts (forum, topic_id, position, post_id, post_number, username, name, "
                             "created_at, reply_to_number, reply_to_username, cooked) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < topic.posts.size(); ++i) {
        const forum::Post &post = topic.posts[i];
        q.addBindValue(forum);
        q.addBindValue(topic.link.topicId);
        q.addBindValue(qint64(i));
        q.addBindValue(post.id);
        q.addBindValue(post.number);
        q.addBindValue(notNull(post.username));
        q.addBindValue(notNull(post.name));
        q.addBindValue(post.createdAt.toMSecsSinceEpoch());
        q.addBindValue(post.replyToNumber);
        q.addBindValue(notNull(post.replyToUsername));
        q.addBindValue(notNull(post.cooked));
        if (!q.exec())
            return fail(q);
    }
    if (!db.commit())
        return sqlError(QStringLiteral("store a discussion"), db.lastError().text());
    return success();
}

Result<std::optional<forum::Topic>> ForumCache::load(const forum::TopicLink &link)
{
    const QString forum = link.forumKey();
    QSqlQuery q(m_database.db());
    q.prepare(QStringLiteral("SELECT title, posts_count, fetched_at FROM topics WHERE forum = ? AND topic_id = ?"));
    q.addBindValue(forum);
    q.addBindValue(link.topicId);
    if (!q.exec())
        return sqlError(QStringLiteral("read a discussion"), q.lastError().text());
    if (!q.next())
        return std::optional<forum::Topic>();
    forum::Topic topic;
    topic.link = link;
    topic.title = q.value(0).toString();
    topic.postsCount = q.value(1).toInt();
    topic.fetchedAt = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    q.prepare(
        QStringLiteral("SELECT post_id, post_number, username, name, created_at, reply_to_number, "
                       "reply_to_username, cooked FROM posts WHERE forum = ? AND topic_id = ? ORDER BY position"));
    q.addBindValue(forum);
    q.addBindValue(link.topicId);
    if (!q.exec())
        return sqlError(QStringLiteral("read a discussion"), q.lastError().text());
    while (q.next()) {
        forum::Post post;
        post.id = q.value(0).toLongLong();
        post.number = q.value(1).toInt();
        post.username = q.value(2).toString();
        post.name = q.value(3).toString();
        post.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        post.replyToNumber = q.value(5).toInt();
        post.replyToUsername = q.value(6).toString();
        post.cooked = q.value(7).toString();
        topic.posts.append(std::move(post));
    }
    return std::optional<forum::Topic>(std::move(topic));
}

} // namespace dd::cache
