#include "forum/discoursetopic.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace dd::forum {

namespace {

Error garbage(const QString &why)
{
    return Error {QStringLiteral("The forum's answer is not a Discourse topic: %1.").arg(why), ErrorCode::Network, {}};
}

Result<QJsonObject> parseObject(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return garbage(
            QStringLiteral("it is not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return garbage(QStringLiteral("it is not a JSON object"));
    return document.object();
}

// Discourse documents reply_to_post_number as nullable; forums send a number, some proxies a
// string.
int intOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    if (value.isString())
        return value.toString().toInt();
    return 0;
}

// An id: a positive whole number a double holds exactly (JSON numbers are doubles); anything
// else (1e300, -3, 2.5, text) is -1. Converting a double out of qint64's range is undefined.
qint64 idOf(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    constexpr double kLargestExact = 9007199254740992.0; // 2^53
    if (!(d >= 1 && d <= kLargestExact) || d != std::floor(d))
        return -1;
    return qint64(d);
}

Result<Post> parsePost(const QJsonValue &value)
{
    if (!value.isObject())
        return garbage(QStringLiteral("a post is not an object"));
    const QJsonObject object = value.toObject();
    Post post;
    post.id = idOf(object.value(u"id"));
    post.number = intOf(object.value(u"post_number"));
    post.username = object.value(u"username").toString();
    post.name = object.value(u"name").toString();
    post.createdAt = QDateTime::fromString(object.value(u"created_at").toString(), Qt::ISODateWithMs);
    post.replyToNumber = intOf(object.value(u"reply_to_post_number"));
    post.replyToUsername = object.value(u"reply_to_user").toObject().value(u"username").toString();
    post.cooked = object.value(u"cooked").toString();
    if (post.id <= 0 || post.number <= 0)
        return garbage(QStringLiteral("a post has no id or post_number"));
    if (post.username.isEmpty())
        return garbage(QStringLiteral("post %1 has no username").arg(post.number));
    if (!post.createdAt.isValid())
        return garbage(QStringLiteral("post %1 has no valid created_at").arg(post.number));
    return post;
}

Result<QList<Post>> parsePostArray(const QJsonObject &object)
{
    const QJsonValue stream = object.value(u"post_stream");
    if (!stream.isObject() || !stream.toObject().value(u"posts").isArray())
        return garbage(QStringLiteral("post_stream.posts is missing"));
    QList<Post> posts;
    for (const QJsonValue &value : stream.toObject().value(u"posts").toArray()) {
        auto post = parsePost(value);
        if (!post)
            return post.error();
        posts.append(std::move(post).value());
    }
    return posts;
}

} // namespace

QString TopicLink::host() const
{
    return forum.port() > 0 ? QStringLiteral("%1:%2").arg(forum.host()).arg(forum.port()) : forum.host();
}

std::optional<TopicLink> findTopicLink(const QString &text)
{
    // scheme://authority, an optional folder (subfolder installs), /t/, an optional slug, the id.
    // A slug has a letter in it; /t/123/4 is post 4 of topic 123.
    static const QRegularExpression pattern(QStringLiteral(
        R"re((https?)://([A-Za-z0-9.\-]+(?::\d{1,5})?)((?:/[A-Za-z0-9._~\-]+)*?)/t/(?:[^\s/?#()<>"'\]]*[^\s/?#()<>"'\]\d][^\s/?#()<>"'\]]*/)?(\d{1,15})(?!\w))re"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    TopicLink link;
    link.forum = QUrl(QStringLiteral("%1://%2%3").arg(match.captured(1), match.captured(2), match.captured(3)));
    link.topicId = match.captured(4).toLongLong();
    link.url = QUrl(match.captured(0));
    if (!link.forum.isValid() || link.forum.host().isEmpty() || link.topicId <= 0)
        return std::nullopt;
    return link;
}

Result<TopicPage> parseTopicPage(const QByteArray &json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    const QJsonObject &o = object.value();
    TopicPage page;
    page.id = idOf(o.value(u"id"));
    page.title = o.value(u"title").toString();
    page.slug = o.value(u"slug").toString();
    page.postsCount = o.value(u"posts_count").toInt();
    page.chunkSize = qBound(1, o.value(u"chunk_size").toInt(20), 100);
    if (page.id <= 0)
        return garbage(QStringLiteral("it has no topic id"));
    if (page.title.isEmpty())
        return garbage(QStringLiteral("it has no title"));
    const QJsonValue stream = o.value(u"post_stream").toObject().value(u"stream");
    if (!stream.isArray())
        return garbage(QStringLiteral("post_stream.stream is missing"));
    for (const QJsonValue &id : stream.toArray()) {
        const qint64 postId = idOf(id);
        if (postId < 0)
            return garbage(QStringLiteral("post_stream.stream holds something other than post ids"));
        page.stream.append(postId);
    }
    auto posts = parsePostArray(o);
    if (!posts)
        return posts.error();
    page.posts = std::move(posts).value();
    return page;
}

Result<QList<Post>> parsePosts(const QByteArray &json)
{
    auto object = parseObject(json);
    if (!object)
        return object.error();
    return parsePostArray(object.value());
}

} // namespace dd::forum
