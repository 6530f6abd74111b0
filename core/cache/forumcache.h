#pragma once

// ForumCache: the forum discussions last read, so a proposal's discussion opens at once and
// reads offline. Writing replaces a topic's posts in one transaction: a reader sees the old
// discussion or the new one, never half of each.

#include "cache/cachedatabase.h"
#include "forum/discoursetopic.h"

#include <optional>

namespace dd::cache {

class ForumCache {
public:
    explicit ForumCache(CacheDatabase &database);

    Status store(const forum::Topic &topic);
    // The topic as last stored, or nothing if it never was.
    Result<std::optional<forum::Topic>> load(const forum::TopicLink &link);

private:
    CacheDatabase &m_database;
};

} // namespace dd::cache
