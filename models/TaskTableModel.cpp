#include "TaskTableModel.h"

#include "ModelFormat.h"
#include "services/QueryService.h"

#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

TaskTableModel::TaskTableModel(TaskKind kind, Columns columns, QObject *parent)
    : KeyedTableModel(parent)
    , m_kind(kind)
    , m_columns(std::move(columns))
{
}

TaskTableModel::~TaskTableModel() = default;

int TaskTableModel::rowOfId(const QString &id) const
{
    const int rows = rowCount();
    for (int row = 0; row < rows; ++row)
        if (idAt(row) == id)
            return row;
    return -1;
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns.count;
}

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedTableModel::roleNames();
    names.insert(UnderlyingDataRole, "task");
    names.insert(IdRole, "taskId");
    names.insert(SortRole, "sortValue");
    names.insert(BusyRole, "busy");
    names.insert(HealthRole, "health");
    return names;
}

void TaskTableModel::setBusy(const QString &id, const QString &stage)
{
    const auto found = m_busy.constFind(id);
    if (found != m_busy.constEnd() && *found == stage)
        return;
    m_busy.insert(id, stage);
    const int row = rowOfId(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

void TaskTableModel::clearBusy(const QString &id)
{
    if (m_busy.remove(id) == 0)
        return;
    const int row = rowOfId(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

std::optional<ProfileSnapshot> TaskTableModel::latestSnapshot(const QString &id) const
{
    const auto found = m_profiles.constFind(id);
    if (found == m_profiles.constEnd())
        return std::nullopt;
    return *found;
}

std::optional<MetricsSnapshot> TaskTableModel::latestMetrics(const QString &id) const
{
    const auto found = m_metrics.constFind(id);
    if (found == m_metrics.constEnd())
        return std::nullopt;
    return *found;
}

int TaskTableModel::beginReload()
{
    m_loading = true;
    return ++m_generation;
}

bool TaskTableModel::endReload(int generation)
{
    if (generation != m_generation)
        return false;
    m_loading = false;
    return true;
}

void TaskTableModel::setLatest(const QHash<QString, TaskLatest> &latest)
{
    m_profiles.clear();
    m_metrics.clear();
    for (auto it = latest.constBegin(); it != latest.constEnd(); ++it)
        setLatestOf(it.key(), *it);
}

void TaskTableModel::setLatestOf(const QString &id, const std::optional<TaskLatest> &latest)
{
    if (latest && latest->profile)
        m_profiles.insert(id, *latest->profile);
    else
        m_profiles.remove(id);
    if (latest && latest->item && latest->item->latest)
        m_metrics.insert(id, *latest->item->latest);
    else
        m_metrics.remove(id);
}

QVariant TaskTableModel::metricData(const QString &id, Metric metric, int role) const
{
    const bool profileMetric = metric == Metric::Followers || metric == Metric::Posts;
    const auto profile = profileMetric ? m_profiles.constFind(id) : m_profiles.constEnd();
    const auto item = profileMetric ? m_metrics.constEnd() : m_metrics.constFind(id);
    const bool scraped = profileMetric ? profile != m_profiles.constEnd() : item != m_metrics.constEnd();
    std::optional<qint64> value;
    if (scraped) {
        switch (metric) {
        case Metric::Followers:
            value = profile->followers;
            break;
        case Metric::Posts:
            value = profile->posts;
            break;
        case Metric::Likes:
            value = item->likes;
            break;
        case Metric::Comments:
            value = item->comments;
            break;
        case Metric::Views:
            value = item->views ? item->views : item->plays;
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return modelformat::displayCount(value);
    case SortRole:
        return modelformat::sortCount(value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        if (!scraped)
            return tr("Not scraped yet");
        const QString when = modelformat::displayTime(profileMetric ? profile->takenAt : item->takenAt);
        if (metric == Metric::Views)
            return tr("Views: %1 · plays: %2 (as of %3)")
                .arg(modelformat::displayCount(item->views), modelformat::displayCount(item->plays), when);
        return tr("As of %1").arg(when);
    }
    default:
        break;
    }
    return {};
}

QVariant TaskTableModel::sharedData(const TaskState &task, int column, int role) const
{
    const int metric = column - m_columns.firstMetric;
    if (m_columns.firstMetric >= 0 && metric >= 0 && metric < m_columns.metrics.size()) {
        if (QVariant value = metricData(task.id, m_columns.metrics.at(metric), role); value.isValid())
            return value;
    }
    const bool busy = isBusy(task.id);
    const modelformat::Health health =
        modelformat::taskHealth(task.status, task.lastScraped.has_value(), task.lastError, task.lastErrorClass, busy);
    switch (role) {
    case IdRole:
        return task.id;
    case BusyRole:
        return busy;
    case HealthRole:
        return int(health);
    case Qt::DisplayRole:
        if (column == m_columns.status && busy)
            return tr("Scraping…");
        if (column == m_columns.interval)
            return task.intervalInHours ? modelformat::everyHours(task.interval)
                                        : modelformat::everyDays(task.interval);
        if (column == m_columns.lastScraped)
            return modelformat::displayTime(task.lastScraped);
        if (column == m_columns.nextDue)
            return task.scheduled ? modelformat::displayTime(task.nextDue) : tr("not scheduled");
        if (column == m_columns.lastError)
            return task.lastError;
        break;
    case SortRole:
        if (column == m_columns.interval)
            return task.interval;
        if (column == m_columns.lastScraped)
            return modelformat::sortTime(task.lastScraped);
        if (column == m_columns.nextDue)
            return task.scheduled ? modelformat::sortTime(task.nextDue) : QVariant(std::numeric_limits<qint64>::max());
        if (column == m_columns.lastError)
            return task.lastError.toLower();
        break;
    case Qt::DecorationRole:
        if (column == m_columns.status)
            return modelformat::healthDecoration(health);
        break;
    case Qt::ToolTipRole:
        if (column == m_columns.status)
            return modelformat::healthToolTip(health, task.lastError, task.lastErrorClass, busyStage(task.id));
        if (column == m_columns.lastError && !task.lastError.isEmpty())
            return modelformat::lastErrorToolTip(task.lastError, task.lastErrorClass);
        break;
    case Qt::ForegroundRole:
        if (column == m_columns.lastError && !task.lastError.isEmpty())
            return modelformat::lastErrorForeground(task.status, task.lastError, task.lastErrorClass);
        return modelformat::statusForeground(task.status);
    default:
        break;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel::headerData(section, orientation, role);
    if (section < 0 || section >= m_columns.count)
        return {};
    if (const QString title = columnTitle(section); !title.isEmpty())
        return title;
    if (section == m_columns.status)
        return tr("Status");
    if (section == m_columns.interval)
        return tr("Interval");
    if (section == m_columns.lastScraped)
        return tr("Last scraped");
    if (section == m_columns.nextDue)
        return tr("Next scrape");
    if (section == m_columns.lastError)
        return tr("Last error");
    const int metric = section - m_columns.firstMetric;
    if (m_columns.firstMetric < 0 || metric < 0 || metric >= m_columns.metrics.size())
        return {};
    switch (m_columns.metrics.at(metric)) {
    case Metric::Followers:
        return tr("Followers");
    case Metric::Posts:
        return tr("Posts");
    case Metric::Likes:
        return tr("Likes");
    case Metric::Comments:
        return tr("Comments");
    case Metric::Views:
        return tr("Views");
    }
    return {};
}

} // namespace reelpulse
