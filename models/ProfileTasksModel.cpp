#include "ProfileTasksModel.h"

#include "ModelFormat.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ProfileTasksModel::ProfileTasksModel(QueryService &queries, QObject *parent)
    : TaskListModel(
          TaskKind::Profile,
          Columns{ColumnCount,
                  StatusColumn,
                  IntervalColumn,
                  LastScrapedColumn,
                  NextDueColumn,
                  LastErrorColumn,
                  FollowersColumn,
                  {Metric::Followers, Metric::Posts}},
          [&queries] { return queries.profiles(); }, [&queries](const QString &id) { return queries.profile(id); },
          parent)
{
}

ProfileTasksModel::~ProfileTasksModel() = default;

TaskTableModel::TaskState ProfileTasksModel::stateOf(const ProfileTask &task) const
{
    return daysTaskState(task);
}

QVariant ProfileTasksModel::taskData(const ProfileTask &task, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        if (column == ProfileColumn)
            return QString(u'@' + task.targetProfile);
        if (column == PlatformColumn)
            return task.platform == Platform::TikTok ? tr("TikTok") : tr("Instagram");
        if (column == KindColumn)
            return task.isCompetitor ? tr("Competitor") : tr("Own");
        if (column == StatusColumn)
            return modelformat::displayStatus(task.status);
        break;
    case SortRole:
        if (column == ProfileColumn)
            return task.targetProfile;
        if (column == PlatformColumn)
            return platformName(task.platform);
        if (column == KindColumn)
            return int(task.isCompetitor);
        if (column == StatusColumn)
            return int(task.status);
        break;
    case Qt::ToolTipRole:
        if (column == ProfileColumn)
            return task.platform == Platform::TikTok ? u"https://www.tiktok.com/@%1"_s.arg(task.targetProfile)
                                                     : u"https://www.instagram.com/%1/"_s.arg(task.targetProfile);
        break;
    default:
        break;
    }
    return {};
}

QString ProfileTasksModel::columnTitle(int column) const
{
    switch (column) {
    case ProfileColumn:
        return tr("Profile");
    case PlatformColumn:
        return tr("Platform");
    case KindColumn:
        return tr("Type");
    default:
        return {};
    }
}

} // namespace reelpulse
