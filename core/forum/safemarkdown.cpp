#include "forum/safemarkdown.h"

#include <QStringList>

namespace dd::forum {

namespace {

// Outside code spans, "<" starts no HTML and "![" starts no image.
QString escapeInline(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    qsizetype i = 0;
    while (i < line.size()) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size()) { // an escape stays an escape
            out.append(c).append(line[i + 1]);
            i += 2;
            continue;
        }
        if (c == u'`') {
            qsizetype run = 0;
            while (i + run < line.size() && line[i + run] == u'`')
                ++run;
            const QString fence(run, u'`');
            const qsizetype close = line.indexOf(fence, i + run);
            if (close >= 0) {
                out.append(line.mid(i, close + run - i));
                i = close + run;
                continue;
            }
            out.append(fence);
            i += run;
            continue;
        }
        if (c == u'<') {
            out.append(QLatin1String("\\<"));
        } else if (c == u'!' && i + 1 < line.size() && line[i + 1] == u'[') {
            out.append(QLatin1String("\\!"));
        } else {
            out.append(c);
        }
        ++i;
    }
    return out;
}

bool isFence(const QString &line, QString *marker)
{
    const QString trimmed = line.trimmed();
    const qsizetype indent = line.indexOf(trimmed.isEmpty() ? QString() : trimmed.left(1));
    if (indent > 3)
        return false;
    for (const QString &candidate : {QStringLiteral("```"), QStringLiteral("~~~")}) {
        if (trimmed.startsWith(candidate)) {
            *marker = candidate;
            return true;
        }
    }
    return false;
}

} // namespace

QString safeMarkdown(const QString &untrusted)
{
    QString text = untrusted;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');
    QString cleaned;
    cleaned.reserve(qMin(text.size(), maxDescriptionChars));
    for (QChar c : text) {
        if (cleaned.size() >= maxDescriptionChars)
            break;
        if ((c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') || c == QChar(0xFFFE))
            continue;
        cleaned.append(c);
    }
    const bool cut = text.size() > cleaned.size() && cleaned.size() >= maxDescriptionChars;

    QStringList lines = cleaned.split(u'\n');
    QString fence; // the marker of the open code block, if any
    for (QString &line : lines) {
        QString marker;
        if (!fence.isEmpty()) {
            if (isFence(line, &marker) && marker == fence)
                fence.clear();
            continue;
        }
        if (isFence(line, &marker)) {
            fence = marker;
            continue;
        }
        line = escapeInline(line);
    }
    QString out = lines.join(u'\n');
    if (!fence.isEmpty())
        out += QLatin1Char('\n') + fence; // an unclosed block ends where the text does
    if (cut)
        out += QStringLiteral("\n\n*[The description is longer than %1 characters; the rest is not shown.]*")
                   .arg(maxDescriptionChars);
    return out;
}

} // namespace dd::forum
