#pragma once

#include "tracking/TaskTypes.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

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

} // namespace reelpulse::json
