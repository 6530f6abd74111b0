#pragma once

// UiDriver: drives the real window the way a person does, by clicking items and typing, and
// saves screenshots. Items are found by objectName, through popups and delegates.

#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>

namespace dd::test {

class UiDriver {
public:
    UiDriver(QQuickWindow *window, QString screenshotDir);

    QQuickWindow *window() const { return m_window; }
    // The first visible object with this objectName under root (or the whole window).
    QObject *find(const QString &objectName, QObject *root = nullptr) const;
    QQuickItem *item(const QString &objectName, QObject *root = nullptr) const;
    // The same, for reading and setting at once (`ui->object(name)->property(...)`): never null.
    // A missing one is a placeholder (invisible, no properties) after a warning that names it,
    // so a check on it fails where it stands instead of the program crashing.
    QObject *object(const QString &objectName, QObject *root = nullptr) const;
    QQuickItem *element(const QString &objectName, QObject *root = nullptr) const;

    // Clicks the centre of a visible item with the mouse; false if it is missing, hidden, or
    // scrolled out of view (scrollTo first, as a person would).
    bool click(const QString &objectName, QObject *root = nullptr);
    bool clickItem(QQuickItem *item);
    bool setText(const QString &objectName, const QString &text, QObject *root = nullptr);
    // Chooses the entry at index in a ComboBox, as picking it from its popup does (activated is
    // emitted); false if the box is missing, hidden or has no such entry.
    bool choose(const QString &objectName, int index, QObject *root = nullptr);
    // Scrolls the view that holds the item (a Flickable or ScrollView) until the item shows, as a
    // person would before clicking it; false if it is missing.
    bool scrollTo(const QString &objectName, QObject *root = nullptr);
    // Drags a file onto the window and drops it, as a file manager would.
    void dropFile(const QUrl &url);

    // Once the window is still (every open popup done with its enter transition, no view
    // moving) and has drawn a frame: what a person would see after a moment.
    QString screenshot(const QString &name);
    bool settled() const;

private:
    void waitForFrame(); // until the window has drawn what changed, laid out
    void warnMissing(const QString &objectName) const;

    QQuickWindow *m_window;
    QString m_screenshotDir;
    std::unique_ptr<QQuickItem> m_missing; // what object() and element() give for a missing name
    mutable QSet<QString> m_warned;
};

} // namespace dd::test
