#include "ProfileTasksModel.h"

#include "ModelFormat.h"
#include "TaskMetaTypes.h"
#include "tracking/TrackingService.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ProfileTasksModel::ProfileTasksModel(TrackingService &service, QObject *parent)
    : TaskTableModel(parent)
    , m_service(service)
{
}

ProfileTasksModel::~ProfileTasksModel() = default;

Status ProfileTasksModel::reload()
{
    auto tasks = m_service.profiles();
    if (!tasks.ok())
        return tasks.error();
    syncRows(m_tasks, tasks.value());
    return Ok{};
}

QString ProfileTasksModel::idAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row).id : QString();
}

int ProfileTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int ProfileTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProfileTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileTask &task = m_tasks.at(index.row());
    switch (role) {
    case UnderlyingDataRole:
        return QVariant::fromValue(task);
    case IdRole:
        return task.id;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProfileColumn:
            return QString(u'@' + task.targetProfile);
        case KindColumn:
            return task.isCompetitor ? tr("Competitor") : tr("Own");
        case StatusColumn:
            return modelformat::displayStatus(task.status);
        case IntervalColumn:
            return modelformat::everyDays(task.intervalDays);
        case LastScrapedColumn:
            return modelformat::displayTime(task.lastScraped);
        case NextDueColumn:
            return modelformat::displayTime(task.nextScrapeDue);
        case LastErrorColumn:
            return task.lastError;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case ProfileColumn:
            return task.targetProfile;
        case KindColumn:
            return int(task.isCompetitor);
        case StatusColumn:
            return int(task.status);
        case IntervalColumn:
            return task.intervalDays;
        case LastScrapedColumn:
            return modelformat::sortTime(task.lastScraped);
        case NextDueColumn:
            return modelformat::sortTime(task.nextScrapeDue);
        case LastErrorColumn:
            return task.lastError.toLower();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ProfileColumn)
            return u"https://www.instagram.com/%1/"_s.arg(task.targetProfile);
        if (index.column() == LastErrorColumn && !task.lastError.isEmpty())
            return task.lastErrorClass.isEmpty() ? task.lastError
                                                 : tr("%1 (%2)").arg(task.lastError, task.lastErrorClass);
        break;
    case Qt::ForegroundRole:
        return modelformat::statusForeground(task.status);
    default:
        break;
    }
    return {};
}

QVariant ProfileTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProfileColumn:
        return tr("Profile");
    case KindColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case IntervalColumn:
        return tr("Interval");
    case LastScrapedColumn:
        return tr("Last scraped");
    case NextDueColumn:
        return tr("Next scrape");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace reelpulse
