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
    /// How long a task taken for a scrape stays taken (its next due time moves this far ahead until the
    /// result is written); also the least time before a task whose result could not be written is tried again.
    int leaseSeconds = 15 * 60;
    int writeAttempts = 3; ///< tries to write a scrape's result before giving up (store busy, disk full)
    /// Young reels and videos are due again at the ages of VelocitySchedule (setting scrape.velocity_schedule).
    bool velocitySchedule = true;

    /// Whether a failure class means every request to the platform would fail for a while (rate limit, soft
    /// block, login wall, checkpoint): the pass leaves the platform's other tasks for later, and the task
    /// stays due.
    static bool blocksPlatform(FailureClass cls);

    /// When a task that failed with `failure` at `now` should be tried again (nullopt: not by itself).
    static std::optional<QDateTime> retryAt(const ScrapeFailure &failure, const QDateTime &now);
};

} // namespace reelpulse
