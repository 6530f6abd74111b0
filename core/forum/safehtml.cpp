#include "forum/safehtml.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <gumbo.h>

#include <functional>
#include <vector>

namespace dd::forum {

namespace {

// An element as the HTML5 parser built it: its name in lower case and its attributes, their
// character references decoded.
struct Element {
    QString name;
    const GumboVector *attributes = nullptr;

    QString attribute(const char *key) const
    {
        const GumboAttribute *found = attributes ? gumbo_get_attribute(attributes, key) : nullptr;
        return found ? QString::fromUtf8(found->value) : QString();
    }
};

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out.append(QLatin1String("&amp;"));
            break;
        case '<':
            out.append(QLatin1String("&lt;"));
            break;
        case '>':
            out.append(QLatin1String("&gt;"));
            break;
        case '"':
            out.append(QLatin1String("&quot;"));
            break;
        default:
            out.append(c);
        }
    }
    return out;
}

// A hostile post can nest elements hundreds of thousands deep; gumbo 0.10 builds and frees its
// tree recursively and checks scopes along the stack of open elements (quadratic in the depth;
// google/gumbo-parser issues 387 and 393). So the parser is given at most this many start tags:
// a Discourse post is at most 32,000 characters by default, a few thousand tags when cooked.
constexpr int maxStartTags = 10000;

// The untrusted HTML as UTF-8, cut before its (maxStartTags + 1)th start tag; cut says whether it was.
QByteArray boundedInput(const QString &html, bool &cut)
{
    QByteArray bytes = html.toUtf8();
    int tags = 0;
    cut = false;
    for (qsizetype i = 0; i + 1 < bytes.size(); ++i) {
        const char next = bytes[i + 1];
        if (bytes[i] != '<' || !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z')))
            continue;
        if (++tags > maxStartTags) {
            bytes.truncate(i);
            cut = true;
            break;
        }
    }
    return bytes;
}

// What the tree walk calls, in document order: text (decoded), an element's start (false: its
// content goes too), and its end.
struct TreeVisitor {
    std::function<void(const QString &)> text;
    std::function<bool(const Element &)> enter;
    std::function<void(const Element &)> leave;
};

// Parses with gumbo (HTML5's tree building, as browsers parse) and walks the tree without
// recursion. Comments go; template contents go with the template.
void walkHtml(const QByteArray &utf8, const TreeVisitor &visitor)
{
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    struct Frame {
        const GumboNode *node;
        unsigned next = 0; // the next child to visit
        bool entered = false;
        Element element;
    };
    std::vector<Frame> stack;
    stack.push_back({output->root, 0, false, {}});
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboNode *node = frame.node;
        if (node->type != GUMBO_NODE_ELEMENT) { // text of some kind (comments and templates are never pushed)
            if (node->type != GUMBO_NODE_COMMENT)
                visitor.text(QString::fromUtf8(node->v.text.text));
            stack.pop_back();
            continue;
        }
        const GumboElement &element = node->v.element;
        if (!frame.entered) {
            frame.entered = true;
            frame.element = {QString::fromLatin1(gumbo_normalized_tagname(element.tag)), &element.attributes};
            if (!visitor.enter(frame.element)) {
                stack.pop_back();
                continue;
            }
        }
        if (frame.next == element.children.length) {
            visitor.leave(frame.element);
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(element.children.data[frame.next++]);
        if (child->type == GUMBO_NODE_COMMENT || child->type == GUMBO_NODE_TEMPLATE)
            continue;
        stack.push_back({child, 0, false, {}}); // frame is not used after this: the vector may move
    }
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

// Elements that go with everything inside them.
const QSet<QString> &droppedWithContent()
{
    static const QSet<QString> names {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"),
        QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("svg"), QStringLiteral("math"),
        QStringLiteral("noscript"), QStringLiteral("template"), QStringLiteral("form"), QStringLiteral("textarea"),
        QStringLiteral("select"), QStringLiteral("button"), QStringLiteral("video"), QStringLiteral("audio"),
        QStringLiteral("canvas"), QStringLiteral("head"), QStringLiteral("title"), QStringLiteral("xmp"),
        QStringLiteral("noembed"), QStringLiteral("noframes"), QStringLiteral("plaintext"), QStringLiteral("frameset"),
        QStringLiteral("applet")};
    return names;
}

// Tags kept (under the name on the right); anything else goes and its content stays.
const QHash<QString, QString> &keptTags()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        for (const char *name : {"p", "br", "hr", "b", "strong", "i", "em", "u", "s", "del", "code", "pre",
                 "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr",
                 "td", "th", "sub", "sup", "small", "div", "a", "img"})
            map.insert(QLatin1String(name), QLatin1String(name));
        map.insert(QStringLiteral("ins"), QStringLiteral("u"));
        map.insert(QStringLiteral("strike"), QStringLiteral("s"));
        map.insert(QStringLiteral("tt"), QStringLiteral("code"));
        map.insert(QStringLiteral("kbd"), QStringLiteral("code"));
        map.insert(QStringLiteral("samp"), QStringLiteral("code"));
        map.insert(QStringLiteral("dl"), QStringLiteral("div"));
        map.insert(QStringLiteral("dt"), QStringLiteral("b"));
        map.insert(QStringLiteral("dd"), QStringLiteral("div"));
        map.insert(QStringLiteral("details"), QStringLiteral("div"));
        map.insert(QStringLiteral("summary"), QStringLiteral("b"));
        return map;
    }();
    return names;
}

bool isVoid(const QString &name)
{
    return name == u"br" || name == u"hr" || name == u"img";
}

constexpr int maxDepth = 64;

QUrl safeUrl(const QUrl &base, const QString &reference, bool allowMailto)
{
    const QString trimmed = reference.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl url = base.resolved(QUrl(trimmed));
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || !(scheme == u"http" || scheme == u"https" || (allowMailto && scheme == u"mailto")))
        return {};
    return url;
}

int dimension(const QString &value)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    return ok && number > 0 && number < 100000 ? number : 0;
}

class Sanitizer {
public:
    explicit Sanitizer(const SafeHtmlOptions &options) : m_options(options) { }

    void text(const QString &text) { m_result.html.append(escapeText(text)); }

    // False when the element goes with its content.
    bool enter(const Element &element)
    {
        if (droppedWithContent().contains(element.name))
            return false;
        m_kept.push_back(open(element));
        return true;
    }

    void leave(const Element &)
    {
        const QString name = m_kept.back();
        m_kept.pop_back();
        if (name.isEmpty())
            return;
        m_result.html.append(QStringLiteral("</%1>").arg(name));
        --m_depth;
    }

    SafeHtml finish(bool cut)
    {
        if (cut)
            m_result.html.append(QStringLiteral("<p><i>%1</i></p>")
                                     .arg(escapeText(QStringLiteral("[The rest of this post has over %1 tags and is "
                                                                    "not shown.]")
                                                         .arg(maxStartTags))));
        return std::move(m_result);
    }

private:
    // The tag written for element, or empty when it goes (its content stays) or needs no end tag.
    QString open(const Element &element)
    {
        const auto kept = keptTags().constFind(element.name);
        if (kept == keptTags().constEnd())
            return {};
        const QString &name = kept.value();
        if (name == u"img") {
            image(element);
            return {};
        }
        if (isVoid(name)) {
            m_result.html.append(QLatin1Char('<') + name + QLatin1Char('>'));
            return {};
        }
        if (m_depth >= maxDepth)
            return {}; // its content stays, at the depth it is
        QString attributes;
        if (name == u"a") {
            const QUrl url = safeUrl(m_options.base, element.attribute("href"), true);
            if (url.isEmpty())
                return {}; // the link text stays, without a link
            const QString href = QString::fromUtf8(url.toEncoded());
            m_result.links.append(href);
            attributes = QStringLiteral(" href=\"%1\"").arg(escapeText(href));
        } else if (name == u"td" || name == u"th") {
            for (const char *span : {"colspan", "rowspan"}) {
                const int value = qMin(dimension(element.attribute(span)), 100);
                if (value > 1)
                    attributes += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(span)).arg(value);
            }
        }
        m_result.html.append(QLatin1Char('<') + name + attributes + QLatin1Char('>'));
        ++m_depth;
        return name;
    }

    void image(const Element &element)
    {
        const QStringList classes = element.attribute("class").split(u' ');
        const QString alt = element.attribute("alt").simplified();
        // Emoji read as their name (":+1:"); avatars beside quotes say nothing the text does not.
        if (classes.contains(QStringLiteral("emoji"))) {
            const QString title = element.attribute("title");
            m_result.html.append(escapeText(title.isEmpty() ? alt : title));
            return;
        }
        if (classes.contains(QStringLiteral("avatar")))
            return;
        const QUrl source = safeUrl(m_options.base, element.attribute("src"), false);
        if (!m_options.allowImages || source.isEmpty()) {
            ++m_result.blockedImages;
            const QString label = m_options.imagePlaceholder.arg(alt.isEmpty() ? QStringLiteral("image") : alt);
            m_result.html.append(QStringLiteral("<i>%1</i>").arg(escapeText(label)));
            return;
        }
        int width = dimension(element.attribute("width"));
        int height = dimension(element.attribute("height"));
        if (width > m_options.maxImageWidth) {
            height = height > 0 ? int(qint64(height) * m_options.maxImageWidth / width) : 0;
            width = m_options.maxImageWidth;
        }
        QString html = QStringLiteral("<img src=\"%1\" alt=\"%2\"")
                           .arg(escapeText(QString::fromUtf8(source.toEncoded())), escapeText(alt));
        if (width > 0)
            html += QStringLiteral(" width=\"%1\"").arg(width);
        if (height > 0)
            html += QStringLiteral(" height=\"%1\"").arg(height);
        m_result.html.append(html + QLatin1Char('>'));
    }

    const SafeHtmlOptions &m_options;
    SafeHtml m_result;
    std::vector<QString> m_kept; // per open element: the end tag it needs, or empty
    int m_depth = 0; // kept elements open now
};

} // namespace

SafeHtml sanitizeHtml(const QString &untrusted, const SafeHtmlOptions &options)
{
    bool cut = false;
    const QByteArray input = boundedInput(untrusted, cut);
    Sanitizer sanitizer(options);
    walkHtml(input,
        {[&](const QString &text) { sanitizer.text(text); }, [&](const Element &e) { return sanitizer.enter(e); },
            [&](const Element &e) { sanitizer.leave(e); }});
    return sanitizer.finish(cut);
}

QString htmlToPlainText(const QString &untrusted)
{
    static const QSet<QString> blocks {QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("div"),
        QStringLiteral("li"), QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("tr"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4")};
    bool cut = false;
    QString out;
    walkHtml(boundedInput(untrusted, cut),
        {[&](const QString &text) { out.append(text); },
            [&](const Element &element) {
                if (droppedWithContent().contains(element.name))
                    return false;
                if (blocks.contains(element.name))
                    out.append(u' ');
                return true;
            },
            [&](const Element &element) {
                if (blocks.contains(element.name))
                    out.append(u' ');
            }});
    return out.simplified();
}

} // namespace dd::forum
