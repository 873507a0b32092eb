#include "VideoTasksModel.h"

#include "ModelFormat.h"
#include "TaskMetaTypes.h"
#include "storage/ScrapeReader.h"
#include "tracking/TrackingService.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

VideoTasksModel::VideoTasksModel(TrackingService &service, QObject *parent)
    : TaskTableModel(parent)
    , m_service(service)
{
}

VideoTasksModel::~VideoTasksModel() = default;

Status VideoTasksModel::reload()
{
    auto tasks = m_service.videos();
    if (!tasks.ok())
        return tasks.error();
    readAllMetrics();
    syncRows(m_tasks, tasks.value());
    return Ok{};
}

Status VideoTasksModel::reloadTask(const QString &id)
{
    return refreshRow(m_tasks, id, m_service.video(id));
}

void VideoTasksModel::readMetrics(const QStringList &ids)
{
    if (ScrapeReader *reader = scrapeReader())
        m_metrics.read(*reader, TaskKind::Video, ids);
}

void VideoTasksModel::readAllMetrics()
{
    if (ScrapeReader *reader = scrapeReader())
        m_metrics.readAll(*reader, TaskKind::Video);
    else
        m_metrics.clear();
}

QString VideoTasksModel::idAt(int row) const
{
    return row >= 0 && row < m_tasks.size() ? m_tasks.at(row).id : QString();
}

int VideoTasksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int VideoTasksModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VideoTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VideoTask &task = m_tasks.at(index.row());
    const bool busy = isBusy(task.id);
    const TaskStatus status = task.isActive ? TaskStatus::Active : TaskStatus::Paused;
    const modelformat::Health health =
        modelformat::taskHealth(status, task.lastScrapeTime.has_value(), task.lastError, task.lastErrorClass, busy);
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
    case Qt::DisplayRole:
        switch (index.column()) {
        case PlatformColumn:
            return modelformat::displayPlatform(task.platform);
        case VideoColumn:
            return task.shortcode.isEmpty() ? task.externalId : task.shortcode;
        case ActiveColumn:
            return busy ? tr("Scraping…") : task.isActive ? tr("Active") : tr("Inactive");
        case IntervalColumn:
            return modelformat::everyHours(task.intervalHours);
        case MetadataColumn:
            return modelformat::displayMetadata(task.metadata);
        case LastScrapedColumn:
            return modelformat::displayTime(task.lastScrapeTime);
        case NextDueColumn:
            return task.isActive ? modelformat::displayTime(task.nextScrapeDue) : tr("not scheduled");
        case LastErrorColumn:
            return task.lastError;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case PlatformColumn:
            return int(task.platform);
        case VideoColumn:
            return task.shortcode.isEmpty() ? task.externalId : task.shortcode;
        case ActiveColumn:
            return int(task.isActive);
        case IntervalColumn:
            return task.intervalHours;
        case MetadataColumn:
            return modelformat::displayMetadata(task.metadata).toLower();
        case LastScrapedColumn:
            return modelformat::sortTime(task.lastScrapeTime);
        case NextDueColumn:
            return task.isActive ? modelformat::sortTime(task.nextScrapeDue)
                                 : QVariant(std::numeric_limits<qint64>::max());
        case LastErrorColumn:
            return task.lastError.toLower();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ActiveColumn)
            return modelformat::healthDecoration(health);
        break;
    case Qt::ToolTipRole:
        if (index.column() == VideoColumn)
            return task.sourceUrl;
        if (index.column() == ActiveColumn)
            return modelformat::healthToolTip(health, task.lastError, task.lastErrorClass, busyStage(task.id));
        if (index.column() == MetadataColumn && !task.metadata.isEmpty())
            return modelformat::metadataLines(task.metadata);
        if (index.column() == LastErrorColumn && !task.lastError.isEmpty())
            return modelformat::lastErrorToolTip(task.lastError, task.lastErrorClass);
        break;
    case Qt::ForegroundRole:
        if (!task.lastError.isEmpty() && index.column() == LastErrorColumn)
            return modelformat::lastErrorForeground(status, task.lastError, task.lastErrorClass);
        return task.isActive ? QVariant() : modelformat::statusForeground(TaskStatus::Paused);
    default:
        break;
    }
    return {};
}

QVariant VideoTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlatformColumn:
        return tr("Platform");
    case VideoColumn:
        return tr("Video");
    case ActiveColumn:
        return tr("State");
    case IntervalColumn:
        return tr("Interval");
    case MetadataColumn:
        return tr("Metadata");
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

} // namespace reelpulse
