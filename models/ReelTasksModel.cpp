#include "ReelTasksModel.h"

#include "ModelFormat.h"
#include "TaskMetaTypes.h"
#include "tracking/TrackingService.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ReelTasksModel::ReelTasksModel(TrackingService &service, QObject *parent)
    : TaskTableModel(parent)
    , m_service(service)
{
}

ReelTasksModel::~ReelTasksModel() = default;

Status ReelTasksModel::reload()
{
    auto tasks = m_service.reels();
    if (!tasks.ok())
        return tasks.error();
    syncRows(m_tasks, tasks.value());
    return Ok{};
}

QString ReelTasksModel::idAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row).id : QString();
}

int ReelTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int ReelTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReelTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReelTask &task = m_tasks.at(index.row());
    switch (role) {
    case UnderlyingDataRole:
        return QVariant::fromValue(task);
    case IdRole:
        return task.id;
    case ProjectIdRole:
        return task.projectId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProjectColumn:
            return task.projectName;
        case ReelColumn:
            return task.shortcode;
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
        case ProjectColumn:
            return task.projectName.toLower();
        case ReelColumn:
            return task.shortcode;
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
        if (index.column() == ReelColumn)
            return task.reelUrl;
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

QVariant ReelTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case ReelColumn:
        return tr("Reel");
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

QHash<int, QByteArray> ReelTasksModel::roleNames() const
{
    QHash<int, QByteArray> names = TaskTableModel::roleNames();
    names.insert(ProjectIdRole, "projectId");
    return names;
}

} // namespace reelpulse
