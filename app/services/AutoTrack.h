#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"
#include "platform/ScrapedTypes.h"

#include <QList>

namespace reelpulse {

class Database;

/// Account-discovered videos: after a profile task's scrape, the posts/videos it found become video tasks of
/// their own when the task asks for it (AutoTrack::New: taken after autoTrackSince; AutoTrack::Latest: the newest
/// autoTrackLatest of what the scrape saw). Each new video task keeps its account (VideoTask::profileTaskId). A
/// video already tracked (by hand, or found before) is never added again, so repeated scrapes add each video once.
namespace AutoTrackRule {

/// Which of `items` (newest first) the task's setting selects; no store access.
QList<MediaItem> select(const ProfileTask &task, const QList<MediaItem> &items);

/// Adds the video tasks for the selected items not tracked yet, in one transaction; returns the new tasks.
Result<QList<VideoTask>> apply(Database &database, const ProfileTask &task, const QList<MediaItem> &items,
                               const QDateTime &now);

} // namespace AutoTrackRule

} // namespace reelpulse
