#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"

#include <QList>
#include <QSqlDatabase>

namespace reelpulse {

/// Rows of `video_tasks`: one per platform + external id.
class VideoTaskStore final
{
public:
    explicit VideoTaskStore(QSqlDatabase db);

    Status insert(const VideoTask &task);
    Status update(const VideoTask &task);
    Result<bool> remove(const QString &id);
    Result<VideoTask> get(const QString &id);
    Result<QList<VideoTask>> list();
    Result<std::optional<VideoTask>> find(Platform platform, const QString &externalId);
    /// The video tasks a profile task discovered, oldest first.
    Result<QList<VideoTask>> listByProfile(const QString &profileTaskId);

private:
    QSqlDatabase m_db;
};

} // namespace reelpulse
