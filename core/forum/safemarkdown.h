#pragma once

// A proposal's description is markdown anyone can write. Qt renders markdown with raw HTML and
// loads images from anywhere, so before a description reaches the view: raw HTML becomes text,
// images become links (nothing loads by itself), control characters go, and an enormous
// description is cut with a note. Code blocks and code spans stay exactly as written.

#include <QString>

namespace dd::forum {

constexpr qsizetype maxDescriptionChars = 100000;

QString safeMarkdown(const QString &untrusted);

} // namespace dd::forum
