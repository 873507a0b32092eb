#include "VideoTasksModel.h"

#include "ModelFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

VideoTasksModel::VideoTasksModel(QueryService &queries, QObject *parent)
    : TaskListModel(
          TaskKind::Video,
          Columns{ColumnCount,
                  ActiveColumn,
                  IntervalColumn,
                  LastScrapedColumn,
                  NextDueColumn,
                  LastErrorColumn,
                  LikesColumn,
                  {Metric::Likes, Metric::Comments, Metric::Views}},
          [&queries] { return queries.videos(); }, [&queries](const QString &id) { return queries.video(id); }, parent)
{
}

VideoTasksModel::~VideoTasksModel() = default;

TaskTableModel::TaskState VideoTasksModel::stateOf(const VideoTask &task) const
{
    // An inactive video is never picked by the scheduler: it reads like a paused task.
    return TaskState{task.id,
                     task.isActive ? TaskStatus::Active : TaskStatus::Paused,
                     task.intervalHours,
                     true,          // in hours
                     task.isActive, // inactive: "not scheduled"
                     task.lastScrapeTime,
                     task.nextScrapeDue,
                     task.lastError,
                     task.lastErrorClass};
}

QVariant VideoTasksModel::taskData(const VideoTask &task, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == PlatformColumn)
            return modelformat::displayPlatform(task.platform);
        if (column == VideoColumn)
            return task.shortcode.isEmpty() ? task.externalId : task.shortcode;
        if (column == ActiveColumn)
            return task.isActive ? tr("Active") : tr("Inactive");
        if (column == MetadataColumn)
            return modelformat::displayMetadata(task.metadata);
        break;
    case SortRole:
        if (column == PlatformColumn)
            return int(task.platform);
        if (column == VideoColumn)
            return task.shortcode.isEmpty() ? task.externalId : task.shortcode;
        if (column == ActiveColumn)
            return int(task.isActive);
        if (column == MetadataColumn)
            return modelformat::displayMetadata(task.metadata).toLower();
        break;
    case Qt::ToolTipRole:
        if (column == VideoColumn)
            return task.sourceUrl;
        if (column == MetadataColumn && !task.metadata.isEmpty())
            return modelformat::metadataLines(task.metadata);
        break;
    default:
        break;
    }
    return {};
}

QString VideoTasksModel::columnTitle(int column) const
{
    switch (column) {
    case PlatformColumn:
        return tr("Platform");
    case VideoColumn:
        return tr("Video");
    case ActiveColumn:
        return tr("State");
    case MetadataColumn:
        return tr("Metadata");
    default:
        return {};
    }
}

} // namespace reelpulse
