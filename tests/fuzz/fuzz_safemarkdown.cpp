// A proposal's markdown description (forum/safemarkdown): made safe for Qt's markdown, bounded
// in size, with no raw HTML or image left active.

#include "fuzzinput.h"

#include "forum/safemarkdown.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString out = dd::forum::safeMarkdown(dd::fuzz::text(data, size));
    dd::fuzz::require(out.size() <= dd::forum::maxDescriptionChars + 200, "safe markdown: bounded");
    return 0;
}
