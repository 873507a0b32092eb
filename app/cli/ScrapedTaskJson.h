#pragma once

#include "domain/TaskTypes.h"

#include <QJsonObject>
#include <QList>

namespace reelpulse::cli {

class CliContext;

// The JSON of tasks with their latest scraped data, for the profiles, reels and videos commands.
// When the scraped data cannot be read, the task alone is printed (as before any scrape).

/// get_task: the profile task with `scraped_posts` and the latest `profile` snapshot.
QJsonObject profileWithScrapedJson(CliContext &ctx, const ProfileTask &task);
/// A reel task with `reel_data`.
QJsonObject reelWithScrapedJson(CliContext &ctx, const ReelTask &task);
QJsonObject reelListWithScrapedJson(CliContext &ctx, const QList<ReelTask> &tasks);
/// `{"data": VideoResponse}` with the latest metrics and the `tracking` object.
QJsonObject videoWithScrapedJson(CliContext &ctx, const VideoTask &task);
QJsonObject videoListWithScrapedJson(CliContext &ctx, const QList<VideoTask> &tasks);

/// Human lines about what was scraped for a task (nothing when it was never scraped).
void printScrapedSummary(CliContext &ctx, const ProfileTask &task);
void printScrapedSummary(CliContext &ctx, const ReelTask &task);
void printScrapedSummary(CliContext &ctx, const VideoTask &task);

} // namespace reelpulse::cli
