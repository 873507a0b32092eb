#pragma once

#include "TaskListModel.h"
#include "domain/TaskTypes.h"

namespace reelpulse {

class QueryService;

/// The tracked Instagram and TikTok accounts, one row per profile task.
class ProfileTasksModel final : public TaskListModel<ProfileTask>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTasksModel)

public:
    enum Column {
        ProfileColumn,
        PlatformColumn,
        KindColumn,
        StatusColumn,
        IntervalColumn,
        LastScrapedColumn,
        NextDueColumn,
        FollowersColumn,
        PostsColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    /// Reads its rows through `queries` (on the query service's thread).
    explicit ProfileTasksModel(QueryService &queries, QObject *parent = nullptr);
    ~ProfileTasksModel() override;

protected:
    TaskState stateOf(const ProfileTask &task) const override;
    QVariant taskData(const ProfileTask &task, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace reelpulse
