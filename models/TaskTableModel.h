#pragma once

#include "KeyedTableModel.h"
#include "domain/Result.h"
#include "services/QueryService.h"
#include "storage/ScrapeRecords.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace reelpulse {

/// What the task tables share: the roles, the shared columns (status, interval, times, latest
/// metrics, last error) and a reload that keeps rows in place.
///
/// The rows are values a read answered with: reload() and reloadTask() ask the query service (its own
/// database thread) and return at once; the rows change when the answer arrives (reloaded(),
/// taskReloaded()), on the GUI thread, and no model holds a database connection. An answer to a reload
/// that a newer reload overtook is dropped.
///
/// A reload compares the fresh list with the rows shown, keyed by task id: rows that are gone
/// are removed, new ones inserted, reordered ones moved and the rest refreshed in one
/// dataChanged. Selections and persistent indexes of unchanged tasks survive a reload.
///
/// The rows also show the latest scraped metrics, read with the tasks; reloadTask() re-reads one row
/// after a scrape. A task being scraped shows as busy (setBusy) until clearBusy().
class TaskTableModel : public KeyedTableModel
{
    Q_OBJECT

public:
    enum Role {
        UnderlyingDataRole = Qt::UserRole + 1, ///< the whole task as a QVariant (ProfileTask, ReelTask, VideoTask)
        IdRole,                                ///< the task id (QString)
        SortRole,                              ///< a value that sorts naturally: numbers, times, lower-case text
        BusyRole,                              ///< true while the task is being scraped
        HealthRole,                            ///< modelformat::Health of the task as int
        FirstCustomRole,                       ///< first role free for a subclass
    };
    Q_ENUM(Role)

    /// What a metric column shows of the latest scrape: a profile's counts or a post's.
    enum class Metric { Followers, Posts, Likes, Comments, Views };

    ~TaskTableModel() override;

    /// Starts reading the rows again and returns at once; reloaded() follows when they are shown, or
    /// reloadFailed() (the rows shown stay as they were). A reload started meanwhile replaces this one.
    virtual void reload() = 0;
    /// True from reload() until its answer is applied.
    bool isLoading() const { return m_loading; }
    /// True once a reload's rows were shown.
    bool hasLoaded() const { return m_loaded; }
    /// The id of the task in a row (empty for an invalid row).
    virtual QString idAt(int row) const = 0;
    /// The row of a task id, or -1.
    int rowOfId(const QString &id) const;
    /// Which kind of task the rows are.
    TaskKind taskKind() const { return m_kind; }
    /// The task of a row as the scheduler names it.
    TaskRef taskRefAt(int row) const { return TaskRef{taskKind(), idAt(row)}; }

    /// Starts re-reading one task and its metrics (after a scrape) and returns at once: when the answer
    /// arrives its row is refreshed (taskReloaded()), removed when the task is gone, or the whole list
    /// reloaded when the task is new. Dropped when a reload started after it.
    virtual void reloadTask(const QString &id) = 0;

    /// The latest scraped state of a profile task, if it was scraped.
    std::optional<ProfileSnapshot> latestSnapshot(const QString &id) const;
    /// The latest metrics of a reel or video task's post, if it was scraped.
    std::optional<MetricsSnapshot> latestMetrics(const QString &id) const;

    /// Marks a task as being scraped, with what it reads now ("comments 2/5"); its status cell says so.
    void setBusy(const QString &id, const QString &stage = {});
    void clearBusy(const QString &id);
    bool isBusy(const QString &id) const { return m_busy.contains(id); }
    QString busyStage(const QString &id) const { return m_busy.value(id); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /// A reload's rows are shown.
    void reloaded();
    /// A reload could not read the tasks; the rows shown stay as they were.
    void reloadFailed(const QString &message);
    /// A task's row was re-read by reloadTask() (refreshed, or removed when the task is gone).
    void taskReloaded(const QString &id);
    /// reloadTask() could not read the task.
    void taskReloadFailed(const QString &id, const QString &message);

protected:
    /// Where a table's shared columns are; -1 for one it does not have.
    struct Columns
    {
        int count = 0;
        int status = -1; ///< shows "Scraping…" while busy, the health dot and its tooltip
        int interval = -1;
        int lastScraped = -1;
        int nextDue = -1;
        int lastError = -1;
        int firstMetric = -1;  ///< the first of the metric columns, which follow one another
        QList<Metric> metrics; ///< what the metric columns show, in their order
    };

    /// What the shared columns show of one task: references into the task shown, for one data() call.
    struct TaskState
    {
        const QString &id;
        TaskStatus status;
        int interval;
        bool intervalInHours;
        bool scheduled; ///< false: the next scrape shows "not scheduled"
        const std::optional<QDateTime> &lastScraped;
        const QDateTime &nextDue;
        const QString &lastError;
        const QString &lastErrorClass;
    };

    TaskTableModel(TaskKind kind, Columns columns, QObject *parent = nullptr);

    /// The cells every task table shows alike: ids, busy and health state, metrics, interval, times,
    /// last error, text colours. Invalid for what is a table's own (and for the status text while idle).
    QVariant sharedData(const TaskState &task, int column, int role) const;
    /// The title of one of the table's own columns; empty for a shared one.
    virtual QString columnTitle(int column) const = 0;

    /// Makes `rows` equal to `fresh`, emitting the row signals that describe the change.
    /// Task needs a QString member `id`, unique within a list.
    template <typename Task> void syncRows(QList<Task> &rows, const QList<Task> &fresh)
    {
        KeyedTableModel::syncRows(rows, fresh, [](const Task &task) { return task.id; });
    }
    /// Puts a re-read task and its latest scrape in its row (dataChanged), removes the row when the task is
    /// gone, or reloads every row when the task is not shown yet; says so with taskReloaded() or
    /// taskReloadFailed().
    template <typename Task>
    void refreshRow(QList<Task> &rows, const QString &id, const Result<Task> &fresh,
                    const std::optional<TaskLatest> &latest);

    /// A reload begins: the number that tells its answer from an older reload's.
    int beginReload();
    /// The generation of the latest reload begun (0 before the first).
    int reloadGeneration() const { return m_generation; }
    /// The answer of reload `generation` arrived: false when a newer reload was begun since (drop the
    /// answer), else the reload is over.
    bool endReload(int generation);
    /// Replaces the latest metrics of every row (a reload's answer).
    void setLatest(const QHash<QString, TaskLatest> &latest);
    /// Replaces the latest metrics of one task (none: never scraped).
    void setLatestOf(const QString &id, const std::optional<TaskLatest> &latest);
    /// Marks the rows as shown after a reload.
    void markLoaded() { m_loaded = true; }

private:
    QVariant metricData(const QString &id, Metric metric, int role) const;

    TaskKind m_kind;
    Columns m_columns;
    int m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    QHash<QString, ProfileSnapshot> m_profiles; ///< profile tasks: the latest snapshot
    QHash<QString, MetricsSnapshot> m_metrics;  ///< reel and video tasks: the latest metrics of their post
    QHash<QString, QString> m_busy;
};

template <typename Task>
void TaskTableModel::refreshRow(QList<Task> &rows, const QString &id, const Result<Task> &fresh,
                                const std::optional<TaskLatest> &latest)
{
    int row = -1;
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows.at(i).id == id) {
            row = i;
            break;
        }
    }
    if (!fresh.ok()) {
        if (fresh.error().kind != ErrorKind::NotFound) {
            emit taskReloadFailed(id, fresh.error().message);
            return;
        }
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            rows.removeAt(row);
            endRemoveRows();
        }
        setLatestOf(id, std::nullopt);
        emit taskReloaded(id);
        return;
    }
    if (row < 0) {
        reload();
        return;
    }
    rows[row] = fresh.value();
    setLatestOf(id, latest);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit taskReloaded(id);
}

} // namespace reelpulse
