// A forum post's HTML (forum/safehtml) reduced to the safe subset: whatever comes in, what goes
// out holds no script, style, event attribute or remote resource (images are off here).

#include "fuzzinput.h"

#include "forum/safehtml.h"

#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString untrusted = dd::fuzz::text(data, size);
    dd::forum::SafeHtmlOptions options;
    options.base = QUrl(QStringLiteral("https://forum.example.org/t/x/1"));
    const dd::forum::SafeHtml out = dd::forum::sanitizeHtml(untrusted, options);
    const QString lower = out.html.toLower();
    dd::fuzz::require(!lower.contains(QLatin1String("<script")), "safe html: no script");
    dd::fuzz::require(!lower.contains(QLatin1String("<style")), "safe html: no style element");
    dd::fuzz::require(!lower.contains(QLatin1String("<img")), "safe html: no image while images are off");
    dd::fuzz::require(!lower.contains(QLatin1String("<iframe")) && !lower.contains(QLatin1String("<object")),
        "safe html: no frames or objects");
    // Inside tags (text that reads "style=" is escaped text, not an attribute).
    static const QRegularExpression eventAttribute(QStringLiteral("<[^>]*\\son[a-z]+\\s*="));
    static const QRegularExpression styleAttribute(QStringLiteral("<[^>]*\\sstyle\\s*="));
    dd::fuzz::require(!eventAttribute.match(lower).hasMatch(), "safe html: no event attribute");
    dd::fuzz::require(!styleAttribute.match(lower).hasMatch(), "safe html: no style attribute");
    for (const QString &link : out.links) {
        const QString scheme = QUrl(link).scheme();
        dd::fuzz::require(
            scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"),
            "safe html: links are http, https or mailto");
    }
    (void)dd::forum::htmlToPlainText(untrusted);
    return 0;
}
