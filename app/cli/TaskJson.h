#pragma once

#include "domain/TaskTypes.h"
#include "storage/ScrapeRecords.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace reelpulse::json {

/// A profile task as the task object of the profile tracking API (ISO-8601 UTC times).
QJsonObject profileTask(const ProfileTask &task);
/// `{"tasks": [...], "total_tasks": N}`
QJsonObject profileTaskList(const QList<ProfileTask> &tasks);

/// A reel task as the task object of the reel tracking API (epoch seconds). `reel_data` is null until scraped.
QJsonObject reelTask(const ReelTask &task);
QJsonObject reelTaskList(const QList<ReelTask> &tasks);

QJsonObject project(const Project &project);
QJsonObject projectList(const QList<Project> &projects);

/// A video as `VideoResponse` of the video tracking API; metrics are null until scraped.
QJsonObject videoResponse(const VideoTask &task);
/// `{"data": {...}}`
QJsonObject videoSingle(const VideoTask &task);
/// `{"data": [...], "pagination": {...}}`
QJsonObject videoList(const QList<VideoTask> &tasks);

// ---- with the latest scraped data ---------------------------------------------------------------

/// One scraped post with the comments to show with it.
struct PostWithComments
{
    StoredItem post;
    QList<StoredComment> topComments;
};

/// A stored comment as a top_comments entry: {text, sentiment, owner_username, timestamp, likes_count}.
/// sentiment is null while unscored; timestamp is ISO-8601 (epochTimes: epoch seconds, as reel_data uses).
QJsonObject topComment(const StoredComment &comment, bool epochTimes);
/// A post as a scraped_posts entry of the profile tracking API's get_task.
QJsonObject scrapedPost(const PostWithComments &post);
/// The profile task of get_task: the task object plus `scraped_posts` (newest first) and `profile` (the
/// latest profile snapshot, or null).
QJsonObject profileTask(const ProfileTask &task, const QList<PostWithComments> &posts,
                        const std::optional<ProfileSnapshot> &profile);

/// `reel_data` of a scraped reel (sentiment_analysis from the stored labels; label fields null while
/// no comment is scored).
QJsonObject reelData(const ScrapedSummary &scraped);
/// The reel task with `reel_data` filled from `scraped` (null when not scraped yet).
QJsonObject reelTask(const ReelTask &task, const ScrapedSummary *scraped);
/// Reel tasks with their scraped data, looked up by task id.
QJsonObject reelTaskList(const QList<ReelTask> &tasks, const QHash<QString, ScrapedSummary> &scraped);

/// What ReelPulse keeps about a tracked video besides its metrics: the `tracking` object.
struct VideoTracking
{
    int commentsStored = 0;
    int snapshots = 0;
    std::optional<GovernorStatus> governor;
};

/// `VideoResponse` with the latest scraped values, `children` for carousels and a `tracking` object.
QJsonObject videoResponse(const VideoTask &task, const ScrapedSummary *scraped, const VideoTracking &tracking);
QJsonObject videoSingle(const VideoTask &task, const ScrapedSummary *scraped, const VideoTracking &tracking);
QJsonObject videoList(const QList<VideoTask> &tasks, const QHash<QString, ScrapedSummary> &scraped,
                      const QHash<QString, VideoTracking> &tracking);

/// The VideoResponse media_type of a media kind: IMAGE, VIDEO or CAROUSEL (null when unknown).
QJsonValue videoMediaType(MediaKind kind);

} // namespace reelpulse::json
