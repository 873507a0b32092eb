#include "ProfileTasksModel.h"

#include "ModelFormat.h"
#include "TaskMetaTypes.h"
#include "storage/ScrapeReader.h"
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
    readAllMetrics();
    syncRows(m_tasks, tasks.value());
    return Ok{};
}

Status ProfileTasksModel::reloadTask(const QString &id)
{
    return refreshRow(m_tasks, id, m_service.profile(id));
}

void ProfileTasksModel::readMetrics(const QStringList &ids)
{
    ScrapeReader *reader = scrapeReader();
    if (!reader)
        return;
    for (const QString &id : ids) {
        auto snapshot = reader->latestProfileSnapshot(id);
        if (snapshot.ok() && snapshot.value())
            m_snapshots.insert(id, *snapshot.value());
        else if (snapshot.ok())
            m_snapshots.remove(id);
    }
}

void ProfileTasksModel::readAllMetrics()
{
    ScrapeReader *reader = scrapeReader();
    if (!reader) {
        m_snapshots.clear();
        return;
    }
    auto latest = reader->latestForTasks(TaskKind::Profile);
    if (!latest.ok())
        return; // keep what was shown
    m_snapshots.clear();
    for (auto it = latest->constBegin(); it != latest->constEnd(); ++it) {
        if (it->profile)
            m_snapshots.insert(it.key(), *it->profile);
    }
}

std::optional<ProfileSnapshot> ProfileTasksModel::latestSnapshot(const QString &id) const
{
    const auto found = m_snapshots.constFind(id);
    if (found == m_snapshots.constEnd())
        return std::nullopt;
    return *found;
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

QVariant ProfileTasksModel::metricData(const ProfileTask &task, int column, int role) const
{
    const auto found = m_snapshots.constFind(task.id);
    const ProfileSnapshot *snapshot = found == m_snapshots.constEnd() ? nullptr : &*found;
    const std::optional<qint64> value = !snapshot                   ? std::nullopt
                                        : column == FollowersColumn ? snapshot->followers
                                                                    : snapshot->posts;
    switch (role) {
    case Qt::DisplayRole:
        return modelformat::displayCount(value);
    case SortRole:
        return modelformat::sortCount(value);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (snapshot)
            return tr("As of %1").arg(modelformat::displayTime(snapshot->takenAt));
        return tr("Not scraped yet");
    default:
        break;
    }
    return {};
}

QVariant ProfileTasksModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileTask &task = m_tasks.at(index.row());
    const int column = index.column();
    const bool busy = isBusy(task.id);
    const modelformat::Health health =
        modelformat::taskHealth(task.status, task.lastScraped.has_value(), task.lastError, task.lastErrorClass, busy);
    if (column == FollowersColumn || column == PostsColumn) {
        if (QVariant metric = metricData(task, column, role); metric.isValid())
            return metric;
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
        switch (column) {
        case ProfileColumn:
            return QString(u'@' + task.targetProfile);
        case KindColumn:
            return task.isCompetitor ? tr("Competitor") : tr("Own");
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
        switch (column) {
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
    case Qt::DecorationRole:
        if (column == StatusColumn)
            return modelformat::healthDecoration(health);
        break;
    case Qt::ToolTipRole:
        if (column == ProfileColumn)
            return u"https://www.instagram.com/%1/"_s.arg(task.targetProfile);
        if (column == StatusColumn)
            return modelformat::healthToolTip(health, task.lastError, task.lastErrorClass, busyStage(task.id));
        if (column == LastErrorColumn && !task.lastError.isEmpty())
            return modelformat::lastErrorToolTip(task.lastError, task.lastErrorClass);
        break;
    case Qt::ForegroundRole:
        if (column == LastErrorColumn)
            return modelformat::lastErrorForeground(task.status, task.lastError, task.lastErrorClass);
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
    case FollowersColumn:
        return tr("Followers");
    case PostsColumn:
        return tr("Posts");
    case LastErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace reelpulse
