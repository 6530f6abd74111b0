// A Discourse topic and its posts as a forum answers them (forum/discoursetopic; format:
// https://docs.discourse.org, "Get a single topic" and "Get specific posts from a topic").

#include "fuzzinput.h"

#include "forum/discoursetopic.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = dd::fuzz::bytes(data, size);
    if (auto page = dd::forum::parseTopicPage(json)) {
        dd::fuzz::require(page.value().id > 0, "discourse: a topic has a positive id");
        for (qint64 id : page.value().stream)
            dd::fuzz::require(id > 0, "discourse: post ids are positive");
    }
    (void)dd::forum::parsePosts(json);
    (void)dd::forum::findTopicLink(dd::fuzz::text(data, size));
    return 0;
}
