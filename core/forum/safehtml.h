#pragma once

// Untrusted HTML (a forum post's "cooked" HTML) reduced to a small, well-formed subset that Qt's
// rich text shows and that cannot run anything: paragraphs, emphasis, code, quotes, lists,
// headings, tables and links. Scripts, styles, frames, forms and media go with their content;
// every attribute goes except a link's href (http, https and mailto only, made absolute) and,
// when the user allows the forum's images, an image's src. Blocked images leave their alt text,
// so a post still reads. Unknown tags go and their text stays.

#include <QString>
#include <QStringList>
#include <QUrl>

namespace dd::forum {

struct SafeHtmlOptions {
    QUrl base; // relative links and images resolve against the forum's URL
    bool allowImages = false; // remote images load only once the user allows that forum
    int maxImageWidth = 320; // the discussion pane is narrow
    // What stands for an image that did not load; %1 is its alt text (or "image").
    QString imagePlaceholder = QStringLiteral("[%1]");
};

struct SafeHtml {
    QString html;
    int blockedImages = 0;
    QStringList links; // every href kept, absolute, in order
};

SafeHtml sanitizeHtml(const QString &untrusted, const SafeHtmlOptions &options);

// Plain text of untrusted HTML, for searching and notifications.
QString htmlToPlainText(const QString &untrusted);

} // namespace dd::forum
