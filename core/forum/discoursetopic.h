#pragma once

// A Discourse topic as the app keeps it: the posts of a forum discussion linked from a
// proposal's description. The JSON shapes are Discourse's documented API
// (https://docs.discourse.org, "Get a single topic" GET /t/{id}.json and "Get specific posts
// from a topic" GET /t/{id}/posts.json?post_ids[]=…): a topic answer carries the first chunk of
// posts in post_stream.posts and the ids of all posts, in order, in post_stream.stream.

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace dd::forum {

// Where a description points: the forum's base URL (scheme, host, port and the folder a
// subfolder install lives in) and the topic's id.
struct TopicLink {
    QUrl forum;
    qint64 topicId = 0;
    QUrl url; // as written in the description

    QString forumKey() const { return forum.toString(QUrl::StripTrailingSlash); }
    QString host() const; // host[:port], what the user is asked to trust
};

// The first link to a Discourse topic in a text: http(s)://host[/folder]/t/[slug/]id[/post].
std::optional<TopicLink> findTopicLink(const QString &text);

struct Post {
    qint64 id = 0;
    int number = 0; // post_number: 1 is the topic's first post
    QString username;
    QString name; // may be empty
    QDateTime createdAt;
    int replyToNumber = 0; // 0: not a reply to a particular post
    QString replyToUsername;
    QString cooked; // Discourse's HTML, untrusted; see safehtml.h
};

// One answer of /t/{id}.json.
struct TopicPage {
    qint64 id = 0;
    QString title;
    QString slug;
    int postsCount = 0;
    int chunkSize = 20;
    QList<qint64> stream; // every post id, in order
    QList<Post> posts; // the first chunk
};

// A whole discussion, in stream order.
struct Topic {
    TopicLink link;
    QString title;
    int postsCount = 0;
    QList<Post> posts;
    QDateTime fetchedAt;
};

Result<TopicPage> parseTopicPage(const QByteArray &json);
// The posts of one /t/{id}/posts.json answer.
Result<QList<Post>> parsePosts(const QByteArray &json);

} // namespace dd::forum
