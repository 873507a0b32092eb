#include "ReelTasksModel.h"

#include "ModelFormat.h"
#include "TaskMetaTypes.h"
#include "storage/ScrapeReader.h"
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
    readAllMetrics();
    syncRows(m_tasks, tasks.value());
    return Ok{};
}

Status ReelTasksModel::reloadTask(const QString &id)
{
    return refreshRow(m_tasks, id, m_service.reel(id));
}

void ReelTasksModel::readMetrics(const QStringList &ids)
{
    if (ScrapeReader *reader = scrapeReader())
        m_metrics.read(*reader, TaskKind::Reel, ids);
}

void ReelTasksModel::readAllMetrics()
{
    if (ScrapeReader *reader = scrapeReader())
        m_metrics.readAll(*reader, TaskKind::Reel);
    else
        m_metrics.clear();
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
    const bool busy = isBusy(task.id);
    const modelformat::Health health =
        modelformat::taskHealth(task.status, task.lastScraped.has_value(), task.lastError, task.lastErrorClass, busy);
    if (index.column() >= LikesColumn && index.column() <= ViewsColumn) {
        const auto metric = ItemMetrics::Metric(index.column() - LikesColumn);
        if (QVariant value = m_metrics.data(task.id, metric, role, SortRole); value.isValid())
            return value;
    }
    switch (role) {
    case UnderlyingDataRole:
        return QVariant::fromValue(task);
    case IdRole:
        return task.id;
    case BusyRole:
        return busy;
    case HealthRole:
        return int(health);
    case ProjectIdRole:
        return task.projectId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case ProjectColumn:
            return task.projectName;
        case ReelColumn:
            return task.shortcode;
        case StatusColumn:
            return busy ? tr("Scraping…") : modelformat::displayStatus(task.status);
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
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return modelformat::healthDecoration(health);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReelColumn)
            return task.reelUrl;
        if (index.column() == StatusColumn)
            return modelformat::healthToolTip(health, task.lastError, task.lastErrorClass, busyStage(task.id));
        if (index.column() == LastErrorColumn && !task.lastError.isEmpty())
            return modelformat::lastErrorToolTip(task.lastError, task.lastErrorClass);
        break;
    case Qt::ForegroundRole:
        if (index.column() == LastErrorColumn)
            return modelformat::lastErrorForeground(task.status, task.lastError, task.lastErrorClass);
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
    case LikesColumn:
        return ItemMetrics::header(ItemMetrics::Metric::Likes);
    case CommentsColumn:
        return ItemMetrics::header(ItemMetrics::Metric::Comments);
    case ViewsColumn:
        return ItemMetrics::header(ItemMetrics::Metric::Views);
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
