#pragma once

#include "domain/Result.h"
#include "sentiment/SentimentSummary.h"
#include "storage/ScrapeRecords.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace reelpulse::analytics {

/// One item of an account with its stored history (a baseline for trending, a point of a chart).
struct ItemHistory
{
    StoredItem item;                ///< with its latest metrics, no children
    QList<MetricsSnapshot> history; ///< oldest first
};

/// A profile's followers at one snapshot.
struct FollowersPoint
{
    QDateTime takenAt;
    qint64 followers = 0;
};

struct DateRange;

/// Comment sentiment counts of one task: all days, and per UTC day since a date.
struct TaskSentimentDays
{
    int positive = 0;
    int negative = 0;
    int neutral = 0;
    int unscored = 0;
    struct Day
    {
        qint64 day = 0; ///< epoch seconds of 00:00 UTC
        int positive = 0;
        int negative = 0;
        int neutral = 0;
    };
    QList<Day> days; ///< oldest first
};

/// The reads analytics needs beyond ScrapeReader's, over the calling thread's connection. Each is one or two
/// queries; none reads the comments table (sentiment comes from the per-item, per-day counts).
class AnalyticsReader final
{
public:
    explicit AnalyticsReader(QSqlDatabase db);

    /// A stored item by shortcode, post/reel URL or platform id (top-level items first). std::nullopt when none.
    Result<std::optional<StoredItem>> findItem(const QString &urlCodeOrId);
    /// The followers of the item owner's profile at the profile snapshot nearest to `at` (any profile task of that
    /// account), if the account is tracked.
    Result<std::optional<qint64>> followersNear(const StoredItem &item, const QDateTime &at);
    /// The account's last `limit` top-level items of the same family (reels and videos, or images and carousels),
    /// posted before `item`, each with its history: the trending baseline.
    Result<QList<ItemHistory>> baseline(const StoredItem &item, int limit = 30);
    /// Every top-level item of a task with its history, newest first (two queries).
    Result<QList<ItemHistory>> taskHistories(const TaskRef &task);
    /// The top-level items of a task posted within the range, each with its latest metrics and without its
    /// history (newest first, one query): what a profile's figures need, not its charts.
    Result<QList<ItemHistory>> taskLatest(const TaskRef &task, const DateRange &range);
    /// A profile task's followers at each snapshot that has them, oldest first.
    Result<QList<FollowersPoint>> followers(const QString &profileTaskId);
    /// Every task's comment sentiment (by "kind:id"), all days and per day since `from`, in two queries over the
    /// per-item, per-day counts (the Overview's alerts).
    Result<QHash<QString, TaskSentimentDays>> taskSentimentDays(const QDateTime &from);
    /// A task's comment sentiment per UTC day within the range (days without comments left out), from the
    /// per-item, per-day counts: its cost follows the task's posts × the range's days.
    Result<QList<sentiment::SentimentBucketSummary>> taskSentimentByDay(const TaskRef &task, const DateRange &range);
    /// The texts of a task's newest `limit` comments written within the range (a bounded sample for the words and
    /// emoji of the profile dashboard: its cost follows the task's posts and `limit`, not all comments).
    Result<QStringList> taskCommentTexts(const TaskRef &task, const DateRange &range, int limit);
    /// The comment sentiment of a project's reel tasks together, per UTC day within the range (days without
    /// comments left out), from the per-task, per-day counts.
    Result<QList<sentiment::SentimentBucketSummary>> projectSentimentByDay(const QString &projectId,
                                                                           const DateRange &range);
    /// The same over all days.
    Result<sentiment::SentimentSummary> projectSentiment(const QString &projectId);
    /// Every item's comment sentiment per UTC day since `from`, from the per-item, per-day counts.
    Result<QList<sentiment::SentimentBucketSummary>> sentimentByDay(const QDateTime &from);

private:
    Result<QList<ItemHistory>> histories(QList<StoredItem> items);

    QSqlDatabase m_db;
};

/// Whether an item counts as a video (reels and videos: views are its trend metric) or a picture.
bool isVideoLike(const StoredItem &item);

} // namespace reelpulse::analytics
