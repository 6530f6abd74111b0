#include "forum/forumdiscussion.h"

#include "forum/forumservice.h"
#include "settings/appsettings.h"

#include "cache/cachedatabase.h"
#include "cache/forumcache.h"
#include "common/executor.h"
#include "forum/safehtml.h"

#include <QFile>
#include <QLocale>
#include <QQmlEngine>
#include <QUuid>

namespace dd::app {

ForumDiscussion::ForumDiscussion(QObject *parent) : QObject(parent)
{
}

void ForumDiscussion::componentComplete()
{
    QQmlEngine *engine = qmlEngine(this);
    if (!engine)
        return;
    m_service = engine->singletonInstance<ForumService *>(qmlTypeId("DataDao.Bridge", 1, 0, "ForumService"));
    m_settings = engine->singletonInstance<AppSettings *>(qmlTypeId("DataDao.Bridge", 1, 0, "AppSettings"));
    if (m_service) {
        connect(m_service, &ForumService::stored, this, &ForumDiscussion::onStored);
        connect(m_service, &ForumService::failed, this, &ForumDiscussion::onFailed);
    }
    if (m_settings) {
        connect(m_settings, &AppSettings::forumsChanged, this, [this] {
            emit stateChanged();
            readStored(); // images may now load
        });
    }
    emit stateChanged();
    readStored();
    if (allowed())
        refresh();
}

ForumDiscussion::~ForumDiscussion() = default;

bool ForumDiscussion::allowed() const
{
    return m_link && m_settings && m_settings->forumAllowed(m_link->host());
}

bool ForumDiscussion::imagesAllowed() const
{
    return m_link && m_settings && m_settings->forumImagesAllowed(m_link->host());
}

bool ForumDiscussion::isMine(const QString &forum, qint64 topicId) const
{
    return m_link && m_link->forumKey() == forum && m_link->topicId == topicId;
}

void ForumDiscussion::setDescription(const QString &description)
{
    if (description == m_description)
        return;
    m_description = description;
    const auto link = forum::findTopicLink(description);
    const bool same = link && m_link && link->forumKey() == m_link->forumKey() && link->topicId == m_link->topicId;
    m_link = link;
    emit linkChanged();
    if (same)
        return;
    m_loading = false;
    m_readThisSession = false;
    m_error.clear();
    m_posts.clear(); // another topic's posts do not stay while this one's are read
    m_title.clear();
    m_savedText.clear();
    m_blockedImages = 0;
    emit stateChanged();
    readStored();
    if (allowed())
        refresh();
}

void ForumDiscussion::load()
{
    if (!m_link || !m_settings)
        return;
    m_settings->allowForum(m_link->host());
    refresh();
}

void ForumDiscussion::refresh()
{
    if (!m_link || !m_service || !allowed() || m_loading)
        return;
    m_loading = true;
    m_error.clear();
    emit stateChanged();
    m_service->fetch(*m_link);
}

void ForumDiscussion::allowImages()
{
    if (m_link && m_settings)
        m_settings->allowForumImages(m_link->host()); // forumsChanged re-reads
}

void ForumDiscussion::onStored(const QString &forum, qint64 topicId)
{
    if (!isMine(forum, topicId))
        return;
    m_loading = false;
    m_readThisSession = true;
    m_error.clear();
    emit stateChanged();
    readStored();
}

void ForumDiscussion::onFailed(const QString &forum, qint64 topicId, const QString &message)
{
    if (!isMine(forum, topicId))
        return;
    m_loading = false;
    m_error = message.endsWith(u'.') ? message : message + u'.';
    emit stateChanged();
    readStored(); // the saved copy's note now says it is what is shown
}

namespace {

// The saved copy of a topic, read and made safe on the executor.
struct StoredTopic {
    QString title;
    QDateTime fetchedAt;
    QVariantList posts;
    int blockedImages = 0;
};

Result<std::optional<StoredTopic>> readTopic(
    const QString &path, const forum::TopicLink &link, const forum::SafeHtmlOptions &options)
{
    using Out = std::optional<StoredTopic>;
    if (!QFile::exists(path))
        return Out();
    cache::CacheDatabase database(path, QStringLiteral("forum-view-") + QUuid::createUuid().toString(QUuid::Id128),
        cache::CacheDatabase::Role::Reader, cache::CacheDatabase::Schema::Forum);
    if (auto opened = database.open(); !opened)
        return opened.error();
    auto stored = cache::ForumCache(database).load(link);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Out();
    const forum::Topic &topic = *stored.value();
    const QLocale locale;
    StoredTopic out {topic.title, topic.fetchedAt, {}, 0};
    for (const forum::Post &post : topic.posts) {
        const forum::SafeHtml html = forum::sanitizeHtml(post.cooked, options);
        out.blockedImages += html.blockedImages;
        QVariantMap item;
        item.insert(QStringLiteral("number"), post.number);
        item.insert(QStringLiteral("author"),
            post.name.isEmpty() || post.name == post.username
                ? post.username
                : ForumDiscussion::tr("%1 (%2)").arg(post.name, post.username));
        item.insert(QStringLiteral("time"), locale.toString(post.createdAt.toLocalTime(), QLocale::ShortFormat));
        item.insert(QStringLiteral("replyTo"),
            post.replyToNumber > 0 ? ForumDiscussion::tr("in reply to %1, post %2")
                                         .arg(post.replyToUsername.isEmpty() ? ForumDiscussion::tr("an earlier post")
                                                                             : post.replyToUsername)
                                         .arg(post.replyToNumber)
                                   : QString());
        item.insert(QStringLiteral("html"), html.html);
        out.posts.append(item);
    }
    return Out(out);
}

} // namespace

void ForumDiscussion::readStored()
{
    const int generation = ++m_readGeneration;
    if (!m_link || !m_service) {
        m_posts.clear();
        m_title.clear();
        m_savedText.clear();
        m_blockedImages = 0;
        emit contentChanged();
        return;
    }
    forum::SafeHtmlOptions options;
    options.base = m_link->forum;
    options.allowImages = imagesAllowed();
    options.imagePlaceholder = tr("[image: %1]");
    m_service->executor().submit(
        this, [path = m_service->cachePath(), link = *m_link, options] { return readTopic(path, link, options); },
        [this, generation](const Result<std::optional<StoredTopic>> &read) {
            if (generation != m_readGeneration)
                return;
            const std::optional<StoredTopic> topic = read ? read.value() : std::nullopt;
            m_title = topic ? topic->title : QString();
            m_posts = topic ? topic->posts : QVariantList();
            m_blockedImages = topic ? topic->blockedImages : 0;
            m_savedText.clear();
            if (topic && m_link) {
                const QString when = QLocale().toString(topic->fetchedAt.toLocalTime(), QLocale::ShortFormat);
                m_savedText = m_readThisSession ? tr("Read from %1 at %2.").arg(m_link->host(), when)
                                                : tr("Saved copy from %1; it may have changed since.").arg(when);
            }
            emit contentChanged();
        });
}

} // namespace dd::app
