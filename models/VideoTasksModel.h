#pragma once

#include "TaskListModel.h"
#include "domain/TaskTypes.h"

namespace reelpulse {

class QueryService;

/// The tracked Instagram posts and TikTok videos, one row per video task.
class VideoTasksModel final : public TaskListModel<VideoTask>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoTasksModel)

public:
    enum Column {
        PlatformColumn,
        VideoColumn,
        ActiveColumn,
        IntervalColumn,
        MetadataColumn,
        LastScrapedColumn,
        NextDueColumn,
        LikesColumn,
        CommentsColumn,
        ViewsColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Reads its rows through `queries` (on the query service's thread).
    explicit VideoTasksModel(QueryService &queries, QObject *parent = nullptr);
    ~VideoTasksModel() override;

protected:
    TaskState stateOf(const VideoTask &task) const override;
    QVariant taskData(const VideoTask &task, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace reelpulse
