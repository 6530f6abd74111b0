#include "forum/forumdiscussion.h"

#include "appcontext.h"
#include "forum/forumservice.h"
#include "settings/appsettings.h"

#include "cache/forumcache.h"
#include "forum/safehtml.h"

#include <QFile>
#include <QLocale>

namespace dd::app {

ForumDiscussion::ForumDiscussion(QObject *parent) : QObject(parent)
{
    if (AppContext *context = AppContext::instance()) {
        m_service = context->forumService();
        m_settings = context->settings();
    }
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

void ForumDiscussion::readStored()
{
    m_posts.clear();
    m_title.clear();
    m_savedText.clear();
    m_blockedImages = 0;
    if (!m_link || !m_service || !QFile::exists(m_service->cachePath())) {
        emit contentChanged();
        return;
    }
    if (!m_reader) {
        m_reader = std::make_unique<cache::CacheDatabase>(m_service->cachePath(),
            QStringLiteral("forum-view-%1").arg(quintptr(this)), cache::CacheDatabase::Role::Reader,
            cache::CacheDatabase::Schema::Forum);
        if (!m_reader->open()) {
            m_reader.reset();
            emit contentChanged();
            return;
        }
    }
    auto stored = cache::ForumCache(*m_reader).load(*m_link);
    if (!stored || !stored.value()) {
        emit contentChanged();
        return;
    }
    const forum::Topic &topic = *stored.value();
    const QLocale locale;
    m_title = topic.title;
    const QString when = locale.toString(topic.fetchedAt.toLocalTime(), QLocale::ShortFormat);
    m_savedText = m_readThisSession ? tr("Read from %1 at %2.").arg(m_link->host(), when)
                                    : tr("Saved copy from %1; it may have changed since.").arg(when);
    forum::SafeHtmlOptions options;
    options.base = m_link->forum;
    options.allowImages = imagesAllowed();
    options.imagePlaceholder = tr("[image: %1]");
    for (const forum::Post &post : topic.posts) {
        const forum::SafeHtml html = forum::sanitizeHtml(post.cooked, options);
        m_blockedImages += html.blockedImages;
        QVariantMap item;
        item.insert(QStringLiteral("number"), post.number);
        item.insert(QStringLiteral("author"),
            post.name.isEmpty() || post.name == post.username ? post.username
                                                              : tr("%1 (%2)").arg(post.name, post.username));
        item.insert(QStringLiteral("time"), locale.toString(post.createdAt.toLocalTime(), QLocale::ShortFormat));
        item.insert(QStringLiteral("replyTo"),
            post.replyToNumber > 0
                ? tr("in reply to %1, post %2")
                      .arg(post.replyToUsername.isEmpty() ? tr("an earlier post") : post.replyToUsername)
                      .arg(post.replyToNumber)
                : QString());
        item.insert(QStringLiteral("html"), html.html);
        m_posts.append(item);
    }
    emit contentChanged();
}

} // namespace dd::app
