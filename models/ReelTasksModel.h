#pragma once

#include "TaskListModel.h"
#include "domain/TaskTypes.h"

namespace reelpulse {

class QueryService;

/// The tracked reels of every project, one row per reel task, ordered by project.
class ReelTasksModel final : public TaskListModel<ReelTask>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReelTasksModel)

public:
    enum Column {
        ProjectColumn,
        ReelColumn,
        StatusColumn,
        IntervalColumn,
        LastScrapedColumn,
        NextDueColumn,
        LikesColumn,
        CommentsColumn,
        ViewsColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ReelRole {
        ProjectIdRole = FirstCustomRole, ///< the id of the reel's project (QString)
    };
    Q_ENUM(ReelRole)

    /// Reads its rows through `queries` (on the query service's thread).
    explicit ReelTasksModel(QueryService &queries, QObject *parent = nullptr);
    ~ReelTasksModel() override;

    QHash<int, QByteArray> roleNames() const override;

protected:
    TaskState stateOf(const ReelTask &task) const override;
    QVariant taskData(const ReelTask &task, int column, int role) const override;
    QString columnTitle(int column) const override;
};

} // namespace reelpulse
