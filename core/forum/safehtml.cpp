#include "forum/safehtml.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace dd::forum {

namespace {

struct Attribute {
    QString name;
    QString value;
};

struct Tag {
    QString name; // lower case
    bool closing = false;
    QList<Attribute> attributes;

    QString attribute(QStringView key) const
    {
        for (const Attribute &a : attributes)
            if (a.name == key)
                return a.value;
        return {};
    }
};

// Character references: the named ones cooked HTML uses, and every numeric one. An unknown
// name stays as written, as browsers do.
QString decodeEntities(QStringView text)
{
    static const QHash<QString, QString> named {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QString(QChar(0xA0))},
        {QStringLiteral("copy"), QString(QChar(0xA9))},
        {QStringLiteral("reg"), QString(QChar(0xAE))},
        {QStringLiteral("hellip"), QString(QChar(0x2026))},
        {QStringLiteral("mdash"), QString(QChar(0x2014))},
        {QStringLiteral("ndash"), QString(QChar(0x2013))},
        {QStringLiteral("lsquo"), QString(QChar(0x2018))},
        {QStringLiteral("rsquo"), QString(QChar(0x2019))},
        {QStringLiteral("ldquo"), QString(QChar(0x201C))},
        {QStringLiteral("rdquo"), QString(QChar(0x201D))},
        {QStringLiteral("laquo"), QString(QChar(0xAB))},
        {QStringLiteral("raquo"), QString(QChar(0xBB))},
        {QStringLiteral("times"), QString(QChar(0xD7))},
        {QStringLiteral("middot"), QString(QChar(0xB7))},
        {QStringLiteral("bull"), QString(QChar(0x2022))},
        {QStringLiteral("euro"), QString(QChar(0x20AC))},
        {QStringLiteral("deg"), QString(QChar(0xB0))},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&') {
            out.append(text[i]);
            continue;
        }
        // Only as far as the longest reference: looking to the end at every '&' is quadratic.
        const qsizetype reach = text.mid(i + 1, 12).indexOf(u';');
        const qsizetype semicolon = reach < 0 ? -1 : i + 1 + reach;
        if (semicolon < 0) {
            out.append(u'&');
            continue;
        }
        const QStringView name = text.mid(i + 1, semicolon - i - 1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X') ? name.mid(2).toUInt(&ok, 16)
                                                                                      : name.mid(1).toUInt(&ok, 10);
            if (!ok) {
                out.append(u'&');
                continue;
            }
            const bool valid = code != 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF);
            const char32_t character = valid ? char32_t(code) : char32_t(0xFFFD);
            out.append(QString::fromUcs4(&character, 1));
            i = semicolon;
            continue;
        }
        const auto found = named.constFind(name.toString());
        if (found == named.constEnd()) {
            out.append(u'&');
            continue;
        }
        out.append(found.value());
        i = semicolon;
    }
    return out;
}

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

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':';
}

// Walks HTML as a browser's tokenizer would, forgivingly: comments, doctypes and processing
// instructions are skipped; the content of script, style and other raw text elements is one
// text run up to its closing tag. onText gets decoded text; onTag gets every start or end tag.
template <typename TextFn, typename TagFn> void tokenize(const QString &html, TextFn onText, TagFn onTag)
{
    static const QSet<QString> rawText {QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("textarea"),
        QStringLiteral("title"), QStringLiteral("xmp"), QStringLiteral("iframe"), QStringLiteral("noembed"),
        QStringLiteral("noframes"), QStringLiteral("noscript"), QStringLiteral("plaintext")};
    const qsizetype n = html.size();
    qsizetype i = 0;
    QString text;
    auto flushText = [&] {
        if (!text.isEmpty())
            onText(decodeEntities(text));
        text.clear();
    };
    while (i < n) {
        const QChar c = html[i];
        if (c != u'<' || i + 1 >= n) {
            text.append(c);
            ++i;
            continue;
        }
        const QChar next = html[i + 1];
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            flushText();
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (next == u'!' || next == u'?') {
            flushText();
            const qsizetype end = html.indexOf(u'>', i + 2);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool closing = next == u'/';
        qsizetype p = i + (closing ? 2 : 1);
        if (p >= n || !html[p].isLetter()) {
            text.append(c); // a lone "<" is text
            ++i;
            continue;
        }
        flushText();
        Tag tag;
        tag.closing = closing;
        while (p < n && isNameChar(html[p]))
            tag.name.append(html[p++].toLower());
        // Attributes: name, name=value, name="value", name='value'.
        while (p < n && html[p] != u'>') {
            if (html[p].isSpace() || html[p] == u'/') {
                ++p;
                continue;
            }
            Attribute attribute;
            while (p < n && !html[p].isSpace() && html[p] != u'>' && html[p] != u'=' && html[p] != u'/')
                attribute.name.append(html[p++].toLower());
            while (p < n && html[p].isSpace())
                ++p;
            if (p < n && html[p] == u'=') {
                ++p;
                while (p < n && html[p].isSpace())
                    ++p;
                if (p < n && (html[p] == u'"' || html[p] == u'\'')) {
                    const QChar quote = html[p++];
                    const qsizetype end = html.indexOf(quote, p);
                    const qsizetype stop = end < 0 ? n : end;
                    attribute.value = decodeEntities(QStringView(html).mid(p, stop - p));
                    p = end < 0 ? n : end + 1;
                } else {
                    const qsizetype start = p;
                    while (p < n && !html[p].isSpace() && html[p] != u'>')
                        ++p;
                    attribute.value = decodeEntities(QStringView(html).mid(start, p - start));
                }
            }
            if (!attribute.name.isEmpty())
                tag.attributes.append(std::move(attribute));
        }
        i = p < n ? p + 1 : n;
        onTag(tag);
        if (!closing && rawText.contains(tag.name)) {
            // Everything up to </name> is this element's text, tags included.
            const qsizetype end = html.indexOf(QStringLiteral("</") + tag.name, i, Qt::CaseInsensitive);
            const qsizetype stop = end < 0 ? n : end;
            onText(html.mid(i, stop - i));
            i = stop;
            if (end >= 0) {
                const qsizetype close = html.indexOf(u'>', end);
                i = close < 0 ? n : close + 1;
                onTag(Tag {tag.name, true, {}});
            }
        }
    }
    flushText();
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

    void text(const QString &text)
    {
        if (m_skipDepth > 0)
            return;
        m_result.html.append(escapeText(text));
    }

    void tag(const Tag &tag)
    {
        if (m_skipDepth > 0) {
            if (tag.name == m_skipName)
                m_skipDepth += tag.closing ? -1 : 1;
            return;
        }
        if (droppedWithContent().contains(tag.name)) {
            if (!tag.closing) {
                m_skipName = tag.name;
                m_skipDepth = 1;
            }
            return;
        }
        const auto kept = keptTags().constFind(tag.name);
        if (kept == keptTags().constEnd())
            return;
        const QString &name = kept.value();
        if (tag.closing) {
            close(name);
            return;
        }
        if (name == u"img") {
            image(tag);
            return;
        }
        if (isVoid(name)) {
            m_result.html.append(QLatin1Char('<') + name + QLatin1Char('>'));
            return;
        }
        if (m_open.size() >= maxDepth)
            return;
        QString attributes;
        if (name == u"a") {
            const QUrl url = safeUrl(m_options.base, tag.attribute(u"href"), true);
            if (url.isEmpty())
                return; // the link text stays, without a link
            const QString href = QString::fromUtf8(url.toEncoded());
            m_result.links.append(href);
            attributes = QStringLiteral(" href=\"%1\"").arg(escapeText(href));
        } else if (name == u"td" || name == u"th") {
            for (const char *span : {"colspan", "rowspan"}) {
                const int value = qMin(dimension(tag.attribute(QString::fromLatin1(span))), 100);
                if (value > 1)
                    attributes += QStringLiteral(" %1=\"%2\"").arg(QLatin1String(span)).arg(value);
            }
        }
        m_open.append(name);
        m_result.html.append(QLatin1Char('<') + name + attributes + QLatin1Char('>'));
    }

    SafeHtml finish()
    {
        while (!m_open.isEmpty())
            m_result.html.append(QStringLiteral("</%1>").arg(m_open.takeLast()));
        return std::move(m_result);
    }

private:
    void close(const QString &name)
    {
        const qsizetype at = m_open.lastIndexOf(name);
        if (at < 0)
            return; // a stray end tag
        while (m_open.size() > at)
            m_result.html.append(QStringLiteral("</%1>").arg(m_open.takeLast()));
    }

    void image(const Tag &tag)
    {
        const QString classes = tag.attribute(u"class");
        const QString alt = tag.attribute(u"alt").simplified();
        // Emoji read as their name (":+1:"); avatars beside quotes say nothing the text does not.
        if (classes.split(u' ').contains(QStringLiteral("emoji"))) {
            const QString title = tag.attribute(u"title");
            m_result.html.append(escapeText(title.isEmpty() ? alt : title));
            return;
        }
        if (classes.split(u' ').contains(QStringLiteral("avatar")))
            return;
        const QUrl source = safeUrl(m_options.base, tag.attribute(u"src"), false);
        if (!m_options.allowImages || source.isEmpty()) {
            ++m_result.blockedImages;
            const QString label = m_options.imagePlaceholder.arg(alt.isEmpty() ? QStringLiteral("image") : alt);
            m_result.html.append(QStringLiteral("<i>%1</i>").arg(escapeText(label)));
            return;
        }
        int width = dimension(tag.attribute(u"width"));
        int height = dimension(tag.attribute(u"height"));
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
    QStringList m_open;
    QString m_skipName;
    int m_skipDepth = 0;
};

} // namespace

SafeHtml sanitizeHtml(const QString &untrusted, const SafeHtmlOptions &options)
{
    Sanitizer sanitizer(options);
    tokenize(
        untrusted, [&](const QString &text) { sanitizer.text(text); }, [&](const Tag &tag) { sanitizer.tag(tag); });
    return sanitizer.finish();
}

QString htmlToPlainText(const QString &untrusted)
{
    static const QSet<QString> blocks {QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("div"),
        QStringLiteral("li"), QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("tr"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4")};
    QString out;
    QString skip;
    int skipDepth = 0;
    tokenize(
        untrusted,
        [&](const QString &text) {
            if (skipDepth == 0)
                out.append(text);
        },
        [&](const Tag &tag) {
            if (skipDepth > 0) {
                if (tag.name == skip)
                    skipDepth += tag.closing ? -1 : 1;
                return;
            }
            if (!tag.closing && droppedWithContent().contains(tag.name)) {
                skip = tag.name;
                skipDepth = 1;
                return;
            }
            if (blocks.contains(tag.name))
                out.append(u' ');
        });
    return out.simplified();
}

} // namespace dd::forum
