#include "uidriver.h"

#include <algorithm>

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTest>

namespace dd::test {

UiDriver::UiDriver(QQuickWindow *window, QString screenshotDir)
    : m_window(window), m_screenshotDir(std::move(screenshotDir)), m_missing(std::make_unique<QQuickItem>())
{
    m_missing->setVisible(false);
    m_missing->setEnabled(false);
    QDir().mkpath(m_screenshotDir);
}

static bool isShown(QObject *object)
{
    auto *item = qobject_cast<QQuickItem *>(object);
    if (!item)
        return object->property("visible").toBool() || !object->property("visible").isValid();
    for (QQuickItem *p = item; p; p = p->parentItem()) {
        if (!p->isVisible())
            return false;
    }
    return true;
}

QObject *UiDriver::find(const QString &objectName, QObject *root) const
{
    // Breadth-first over both the object tree and the visual item tree: popups live in the
    // overlay, delegates only in the item tree.
    QQueue<QObject *> queue;
    QSet<QObject *> seen;
    queue.enqueue(root                              ? root
            : m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem()
                                                    : m_window->contentItem());
    if (!root)
        queue.enqueue(m_window);
    QObject *hidden = nullptr;
    while (!queue.isEmpty()) {
        QObject *object = queue.dequeue();
        if (!object || seen.contains(object))
            continue;
        seen.insert(object);
        if (object->objectName() == objectName) {
            if (isShown(object))
                return object;
            if (!hidden)
                hidden = object;
        }
        for (QObject *child : object->children())
            queue.enqueue(child);
        if (auto *item = qobject_cast<QQuickItem *>(object)) {
            for (QQuickItem *child : item->childItems())
                queue.enqueue(child);
        }
    }
    return hidden;
}

QQuickItem *UiDriver::item(const QString &objectName, QObject *root) const
{
    return qobject_cast<QQuickItem *>(find(objectName, root));
}

void UiDriver::warnMissing(const QString &objectName) const
{
    // Once per name: a check that polls for it (QTRY_VERIFY) asks many times.
    if (!m_warned.contains(objectName)) {
        m_warned.insert(objectName);
        qWarning("no item named %s in the window", qPrintable(objectName));
    }
}

QObject *UiDriver::object(const QString &objectName, QObject *root) const
{
    if (QObject *found = find(objectName, root))
        return found;
    warnMissing(objectName);
    return m_missing.get();
}

QQuickItem *UiDriver::element(const QString &objectName, QObject *root) const
{
    if (QQuickItem *found = item(objectName, root))
        return found;
    warnMissing(objectName);
    return m_missing.get();
}

void UiDriver::waitForFrame()
{
    // Layouts are polished just before a frame is drawn: a button that has just appeared (its
    // model read off the GUI thread a moment ago) may still sit where the layout had it before.
    bool drawn = false;
    const auto connection = QObject::connect(m_window, &QQuickWindow::frameSwapped, [&drawn] { drawn = true; });
    m_window->update();
    (void)QTest::qWaitFor([&drawn] { return drawn; }, 1000); // nothing changed: no frame, and none needed
    QObject::disconnect(connection);
}

bool UiDriver::clickItem(QQuickItem *found)
{
    // The frame's events may destroy the item (a delegate whose model changed): keep a guard.
    QPointer<QQuickItem> item(found);
    if (item)
        waitForFrame();
    if (!item || !isShown(item) || !item->isEnabled())
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    // A person cannot click what is scrolled out of view or outside the window: neither can this.
    if (!QRectF(0, 0, m_window->width(), m_window->height()).contains(centre))
        return false;
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem())
        if (p->clip() && !QRectF(0, 0, p->width(), p->height()).contains(p->mapFromScene(centre)))
            return false;
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre.toPoint());
    return true;
}

bool UiDriver::choose(const QString &objectName, int index, QObject *root)
{
    QQuickItem *box = item(objectName, root);
    if (!box || !isShown(box) || !box->isEnabled() || index < 0 || index >= box->property("count").toInt())
        return false;
    box->setProperty("currentIndex", index);
    return QMetaObject::invokeMethod(box, "activated", Q_ARG(int, index));
}

bool UiDriver::click(const QString &objectName, QObject *root)
{
    return clickItem(item(objectName, root));
}

bool UiDriver::scrollTo(const QString &objectName, QObject *root)
{
    QQuickItem *target = item(objectName, root);
    if (!target)
        return false;
    // The nearest ancestor that scrolls: a Flickable's contentItem sits under an item with contentY.
    for (QQuickItem *content = target->parentItem(); content; content = content->parentItem()) {
        QQuickItem *flickable = content->parentItem();
        if (!flickable || !flickable->property("contentY").isValid() || !flickable->property("contentHeight").isValid())
            continue;
        const qreal y = target->mapToItem(content, QPointF(0, 0)).y();
        const qreal most = std::max(0.0, flickable->property("contentHeight").toReal() - flickable->height());
        flickable->setProperty("contentY", std::clamp(y - flickable->height() / 3, 0.0, most));
        return true;
    }
    return true; // nothing scrolls: it is where it is
}

bool UiDriver::setText(const QString &objectName, const QString &text, QObject *root)
{
    QObject *object = find(objectName, root);
    if (!object)
        return false;
    return object->setProperty("text", text);
}

void UiDriver::dropFile(const QUrl &url)
{
    auto *mime = new QMimeData;
    mime->setUrls({url});
    const QPointF centre(m_window->width() / 2.0, m_window->height() / 2.0);
    QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QGuiApplication::sendEvent(m_window, &enter);
    QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QGuiApplication::sendEvent(m_window, &drop);
    delete mime;
}

bool UiDriver::settled() const
{
    QQueue<QObject *> queue;
    queue.enqueue(m_window);
    queue.enqueue(
        m_window->contentItem()->parentItem() ? m_window->contentItem()->parentItem() : m_window->contentItem());
    QSet<QObject *> seen;
    while (!queue.isEmpty()) {
        QObject *object = queue.dequeue();
        if (seen.contains(object))
            continue;
        seen.insert(object);
        if (object->inherits("QQuickPopup") && object->property("visible").toBool()
            && !object->property("opened").toBool())
            return false; // still entering
        if (object->inherits("QQuickFlickable") && object->property("moving").toBool())
            return false;
        for (QObject *child : object->children())
            queue.enqueue(child);
        if (auto *item = qobject_cast<QQuickItem *>(object))
            for (QQuickItem *child : item->childItems())
                queue.enqueue(child);
    }
    return true;
}

QString UiDriver::screenshot(const QString &name)
{
    (void)QTest::qWaitFor([this] { return settled(); }, 3000); // still moving after 3 s: shown as it is
    waitForFrame();
    const QString path = QDir(m_screenshotDir).filePath(name + QStringLiteral(".png"));
    m_window->grabWindow().save(path);
    return path;
}

} // namespace dd::test
