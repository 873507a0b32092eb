#pragma once

#include "publishing/GraphTypes.h"

#include <QList>
#include <QString>
#include <QTimeZone>

namespace reelpulse::advice {

/// An hour of the week when the account's own posts did best.
struct TimeSlot
{
    int weekday = 1; ///< 1 Monday … 7 Sunday, in the zone asked for
    int hour = 0;    ///< 0–23
    double medianEngagement = 0;
    int posts = 0; ///< how many posts support it
};

/// A hashtag of the account's own captions and how the posts that carried it did.
struct HashtagScore
{
    QString tag; ///< "#tag" as first written
    double meanEngagement = 0;
    int posts = 0;
};

struct PostingAdvice
{
    QList<TimeSlot> bestTimes;    ///< best first; cells with at least minPosts posts
    QList<HashtagScore> hashtags; ///< best first; tags on at least minPosts posts
    int postsRead = 0;            ///< posts with a time and a known like or comment count
};

/// Engagement of a post as its own account sees it without insights: likes + comments (the known ones), or
/// std::nullopt when neither is known.
std::optional<qint64> engagement(const GraphMedia &media);

/// Best times to post (median engagement per weekday × hour of the zone) and hashtags ranked by the mean
/// engagement of the posts that carried them, from the account's own recent posts. Stories are left out (their
/// counts are not comparable). At most `limit` of each.
PostingAdvice advise(const QList<GraphMedia> &media, const QTimeZone &zone, int minPosts = 2, int limit = 5);

/// The next time (after `from`, in `zone`) that falls on the slot's weekday and hour, at minute 0.
QDateTime nextOccurrence(const TimeSlot &slot, const QDateTime &from, const QTimeZone &zone);

} // namespace reelpulse::advice
