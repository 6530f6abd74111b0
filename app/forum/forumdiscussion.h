#pragma once

// ForumDiscussion: the forum discussion a proposal's description links, for the view beside
// the proposal. It finds the Discourse topic link, shows the copy read last (offline too), and
// refreshes it through ForumService once the user allowed that forum. Posts reach QML with
// their HTML already reduced to the safe subset; images stay out until the user allows the
// forum's images.

#include "forum/discoursetopic.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dd {
class Executor;
}

namespace dd::app {

class ForumService;
class AppSettings;

class ForumDiscussion : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY linkChanged)
    Q_PROPERTY(bool hasLink READ hasLink NOTIFY linkChanged)
    Q_PROPERTY(QString linkUrl READ linkUrl NOTIFY linkChanged)
    Q_PROPERTY(QString forumHost READ forumHost NOTIFY linkChanged)
    Q_PROPERTY(bool allowed READ allowed NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    Q_PROPERTY(QString savedText READ savedText NOTIFY contentChanged)
    Q_PROPERTY(QVariantList posts READ posts NOTIFY contentChanged)
    Q_PROPERTY(bool imagesAllowed READ imagesAllowed NOTIFY contentChanged)
    Q_PROPERTY(int blockedImages READ blockedImages NOTIFY contentChanged)
public:
    explicit ForumDiscussion(QObject *parent = nullptr);
    ~ForumDiscussion() override;

    // Its services are the engine's singletons (ForumService, AppSettings), found once QML has
    // made it; a description set before that is read then.
    void classBegin() override { }
    void componentComplete() override;

    QString description() const { return m_description; }
    void setDescription(const QString &description);
    bool hasLink() const { return m_link.has_value(); }
    QString linkUrl() const { return m_link ? m_link->url.toString() : QString(); }
    QString forumHost() const { return m_link ? m_link->host() : QString(); }
    bool allowed() const;
    bool loading() const { return m_loading; }
    QString error() const { return m_error; }
    QString title() const { return m_title; }
    QString savedText() const { return m_savedText; }
    QVariantList posts() const { return m_posts; }
    bool imagesAllowed() const;
    int blockedImages() const { return m_blockedImages; }

    // Allows the linked forum (remembered) and reads the discussion.
    Q_INVOKABLE void load();
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void allowImages();

signals:
    void linkChanged();
    void stateChanged();
    void contentChanged();

private:
    void readStored();
    void onStored(const QString &forum, qint64 topicId);
    void onFailed(const QString &forum, qint64 topicId, const QString &message);
    bool isMine(const QString &forum, qint64 topicId) const;

    ForumService *m_service = nullptr;
    AppSettings *m_settings = nullptr;
    QString m_description;
    std::optional<forum::TopicLink> m_link;
    int m_readGeneration = 0; // only the newest read is shown
    bool m_loading = false;
    bool m_readThisSession = false;
    QString m_error;
    QString m_title;
    QString m_savedText;
    QVariantList m_posts;
    int m_blockedImages = 0;
};

} // namespace dd::app
