#pragma once

// DiscourseClient: reads a whole topic from a Discourse forum by its documented JSON API:
// GET /t/{id}.json for the topic and its first chunk of posts, then the rest of
// post_stream.stream in chunks through GET /t/{id}/posts.json?post_ids[]=…, one request at a
// time (forums rate-limit). Every failure says which forum and why, in words: unreachable,
// timed out, an HTTP status, an answer too large, or one that is not a Discourse topic.
// Asynchronous; lives on the thread that calls it.

#include "forum/discoursetopic.h"

#include <QObject>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace dd::forum {

struct DiscourseOptions {
    std::chrono::milliseconds timeout {15000}; // per request, without a byte arriving
    // The whole answer must be in by then: a forum that sends a byte at a time resets the
    // timeout above with each one.
    std::chrono::milliseconds answerDeadline {60000};
    qint64 maxAnswerBytes = 8 * 1024 * 1024;
    int maxPosts = 2000; // longer topics keep their first maxPosts posts
};

class DiscourseClient : public QObject {
    Q_OBJECT
public:
    explicit DiscourseClient(DiscourseOptions options = {}, QObject *parent = nullptr);
    ~DiscourseClient() override;

    using Done = std::function<void(Result<Topic>)>;
    // done runs once, on this object's thread; not at all if the client is destroyed first.
    void fetchTopic(const TopicLink &link, Done done);

private:
    struct Fetch;
    void get(std::shared_ptr<Fetch> fetch, const QUrl &url, std::function<void(QByteArray)> onBody);
    void nextChunk(std::shared_ptr<Fetch> fetch);
    void finish(std::shared_ptr<Fetch> fetch);
    QNetworkAccessManager *network();

    DiscourseOptions m_options;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace dd::forum
