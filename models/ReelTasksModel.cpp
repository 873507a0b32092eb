#include "ReelTasksModel.h"

#include "ModelFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ReelTasksModel::ReelTasksModel(QueryService &queries, QObject *parent)
    : TaskListModel(
          TaskKind::Reel,
          Columns{ColumnCount,
                  StatusColumn,
                  IntervalColumn,
                  LastScrapedColumn,
                  NextDueColumn,
                  LastErrorColumn,
                  LikesColumn,
                  {Metric::Likes, Metric::Comments, Metric::Views}},
          [&queries] { return queries.reels(); }, [&queries](const QString &id) { return queries.reel(id); }, parent)
{
}

ReelTasksModel::~ReelTasksModel() = default;

TaskTableModel::TaskState ReelTasksModel::stateOf(const ReelTask &task) const
{
    return daysTaskState(task);
}

QVariant ReelTasksModel::taskData(const ReelTask &task, int column, int role) const
{
    switch (role) {
    case ProjectIdRole:
        return task.projectId;
    case Qt::DisplayRole:
        if (column == ProjectColumn)
            return task.projectName;
        if (column == ReelColumn)
            return task.shortcode;
        if (column == StatusColumn)
            return modelformat::displayStatus(task.status);
        break;
    case SortRole:
        if (column == ProjectColumn)
            return task.projectName.toLower();
        if (column == ReelColumn)
            return task.shortcode;
        if (column == StatusColumn)
            return int(task.status);
        break;
    case Qt::ToolTipRole:
        if (column == ReelColumn)
            return task.reelUrl;
        break;
    default:
        break;
    }
    return {};
}

QString ReelTasksModel::columnTitle(int column) const
{
    switch (column) {
    case ProjectColumn:
        return tr("Project");
    case ReelColumn:
        return tr("Reel");
    default:
        return {};
    }
}

QHash<int, QByteArray> ReelTasksModel::roleNames() const
{
    QHash<int, QByteArray> names = TaskTableModel::roleNames();
    names.insert(ProjectIdRole, "projectId");
    return names;
}

} // namespace reelpulse
