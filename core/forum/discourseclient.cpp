#include "forum/discourseclient.h"

#include "common/replylimits.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <algorithm>

namespace dd::forum {

struct DiscourseClient::Fetch {
    TopicLink link;
    Done done;
    TopicPage page;
    QHash<qint64, Post> posts;
    QList<qint64> missing; // stream ids not read yet, in order
};

namespace {

Error forumError(const TopicLink &link, const QString &why)
{
    return Error {QStringLiteral("The forum at %1 %2").arg(link.host(), why), ErrorCode::Network, {}};
}

QUrl topicUrl(const TopicLink &link, const QString &path)
{
    QUrl url = link.forum;
    url.setPath(link.forum.path() + path);
    return url;
}

} // namespace

DiscourseClient::DiscourseClient(DiscourseOptions options, QObject *parent) : QObject(parent), m_options(options)
{
}

DiscourseClient::~DiscourseClient() = default;

QNetworkAccessManager *DiscourseClient::network()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    return m_network;
}

void DiscourseClient::fetchTopic(const TopicLink &link, Done done)
{
    auto fetch = std::make_shared<Fetch>();
    fetch->link = link;
    fetch->done = std::move(done);
    get(fetch, topicUrl(link, QStringLiteral("/t/%1.json").arg(link.topicId)), [this, fetch](QByteArray body) {
        auto page = parseTopicPage(body);
        if (!page) {
            fetch->done(forumError(fetch->link,
                QStringLiteral("answered something else than topic %1: %2")
                    .arg(fetch->link.topicId)
                    .arg(page.message())));
            return;
        }
        fetch->page = std::move(page).value();
        if (fetch->page.id != fetch->link.topicId) {
            fetch->done(forumError(fetch->link,
                QStringLiteral("answered with topic %1 when asked for topic %2")
                    .arg(fetch->page.id)
                    .arg(fetch->link.topicId)));
            return;
        }
        for (const Post &post : std::as_const(fetch->page.posts))
            fetch->posts.insert(post.id, post);
        const QList<qint64> stream = fetch->page.stream.mid(0, m_options.maxPosts);
        for (qint64 id : stream)
            if (!fetch->posts.contains(id))
                fetch->missing.append(id);
        nextChunk(fetch);
    });
}

void DiscourseClient::nextChunk(std::shared_ptr<Fetch> fetch)
{
    if (fetch->missing.isEmpty()) {
        finish(fetch);
        return;
    }
    const QList<qint64> chunk = fetch->missing.mid(0, fetch->page.chunkSize);
    QUrl url = topicUrl(fetch->link, QStringLiteral("/t/%1/posts.json").arg(fetch->link.topicId));
    QUrlQuery query;
    for (qint64 id : chunk)
        query.addQueryItem(QStringLiteral("post_ids[]"), QString::number(id));
    url.setQuery(query);
    get(fetch, url, [this, fetch, chunk](QByteArray body) {
        auto posts = parsePosts(body);
        if (!posts) {
            fetch->done(forumError(fetch->link,
                QStringLiteral("answered a request for posts with something else: %1").arg(posts.message())));
            return;
        }
        for (const Post &post : std::as_const(posts.value()))
            fetch->posts.insert(post.id, post);
        // A post deleted since the topic was read is simply not there; a forum that answers with
        // none of the posts asked for would loop forever.
        if (std::none_of(chunk.begin(), chunk.end(), [&](qint64 id) { return fetch->posts.contains(id); })) {
            fetch->done(forumError(fetch->link, QStringLiteral("did not return the posts asked for")));
            return;
        }
        fetch->missing.remove(0, chunk.size());
        nextChunk(fetch);
    });
}

void DiscourseClient::finish(std::shared_ptr<Fetch> fetch)
{
    Topic topic;
    topic.link = fetch->link;
    topic.title = fetch->page.title;
    topic.postsCount = qMax(fetch->page.postsCount, int(fetch->page.stream.size()));
    topic.fetchedAt = QDateTime::currentDateTimeUtc();
    for (qint64 id : std::as_const(fetch->page.stream))
        if (const auto found = fetch->posts.constFind(id); found != fetch->posts.constEnd())
            topic.posts.append(found.value());
    fetch->done(std::move(topic));
}

void DiscourseClient::get(std::shared_ptr<Fetch> fetch, const QUrl &url, std::function<void(QByteArray)> onBody)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(int(m_options.timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QNetworkReply *reply = network()->get(request);
    const qint64 limit = m_options.maxAnswerBytes;
    limitReply(reply, limit, m_options.answerDeadline); // a page of 10 MB, or a forum that trickles
    connect(reply, &QNetworkReply::finished, this, [reply, fetch, limit, onBody = std::move(onBody)] {
        reply->deleteLater();
        if (const QString broken = replyLimitBroken(reply); !broken.isEmpty()) {
            fetch->done(forumError(fetch->link, broken));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // A transfer timeout aborts the reply: Qt reports it as canceled.
        if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
            fetch->done(forumError(fetch->link, QStringLiteral("did not answer in time")));
            return;
        }
        if (status == 0 && reply->error() != QNetworkReply::NoError) {
            fetch->done(forumError(fetch->link, QStringLiteral("cannot be reached: %1").arg(reply->errorString())));
            return;
        }
        if (status == 429) {
            fetch->done(forumError(fetch->link, QStringLiteral("asks to slow down (HTTP 429); try again later")));
            return;
        }
        if (status == 404 || status == 403) {
            fetch->done(forumError(
                fetch->link, QStringLiteral("has no public topic %1 (HTTP %2)").arg(fetch->link.topicId).arg(status)));
            return;
        }
        if (status != 200) {
            fetch->done(forumError(fetch->link, QStringLiteral("answered HTTP %1").arg(status)));
            return;
        }
        const QByteArray body = reply->readAll();
        if (body.size() > limit) {
            fetch->done(forumError(fetch->link, QStringLiteral("answered with more than %1 MiB").arg(limit >> 20)));
            return;
        }
        onBody(body);
    });
}

} // namespace dd::forum
