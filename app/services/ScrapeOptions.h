#pragma once

#include "platform/FailureClass.h"

#include <QDateTime>
#include <optional>

namespace reelpulse {

/// How much one scrape reads.
struct ScrapeOptions
{
    int profilePosts = 12;     ///< latest posts read per profile scrape
    int commentedPosts = 5;    ///< of those, the newest whose comments are read
    int commentsPerPost = 200; ///< top-level comments read per post (replies come along), following cursors
    int maxPagesPerList = 20;  ///< safety bound on cursor pages per list

    /// When a task that failed with `failure` at `now` should be tried again (nullopt: not by itself).
    static std::optional<QDateTime> retryAt(const ScrapeFailure &failure, const QDateTime &now);
};

} // namespace reelpulse
