#pragma once

#include "domain/Result.h"
#include "storage/ScrapeRecords.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace reelpulse {

class ScrapeReader;

/// What the task tables share: the roles, the shared columns (status, interval, times, latest
/// metrics, last error) and a reload that keeps rows in place.
///
/// A reload compares the fresh list with the rows shown, keyed by task id: rows that are gone
/// are removed, new ones inserted, reordered ones moved and the rest refreshed in one
/// dataChanged. Selections and persistent indexes of unchanged tasks survive a reload.
///
/// With a ScrapeReader the rows also show the latest scraped metrics, read for every task in one
/// statement by a reload; reloadTask() re-reads one row after a scrape. A task being scraped shows
/// as busy (setBusy) until clearBusy().
class TaskTableModel : public QAbstractTableModel
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

    /// Re-reads the rows from their source. On failure the rows shown stay as they were.
    virtual Status reload() = 0;
    /// The id of the task in a row (empty for an invalid row).
    virtual QString idAt(int row) const = 0;
    /// The row of a task id, or -1.
    int rowOfId(const QString &id) const;
    /// Which kind of task the rows are.
    TaskKind taskKind() const { return m_kind; }
    /// The task of a row as the scheduler names it.
    TaskRef taskRefAt(int row) const { return TaskRef{taskKind(), idAt(row)}; }

    /// Re-reads one task and its metrics (after a scrape): its row is refreshed, removed when the task
    /// is gone, or the whole list reloaded when the task is new. Two or three small queries.
    virtual Status reloadTask(const QString &id) = 0;

    /// Where the latest metrics are read (a reader on the GUI thread's connection); null: no metrics.
    void setScrapeReader(ScrapeReader *reader) { m_reader = reader; }
    ScrapeReader *scrapeReader() const { return m_reader; }
    /// The latest scraped state of a profile task, if it was scraped (and a reader is set).
    std::optional<ProfileSnapshot> latestSnapshot(const QString &id) const;
    /// The latest metrics of a reel or video task's post, if it was scraped (and a reader is set).
    std::optional<MetricsSnapshot> latestMetrics(const QString &id) const;

    /// Marks a task as being scraped, with what it reads now ("comments 2/5"); its status cell says so.
    void setBusy(const QString &id, const QString &stage = {});
    void clearBusy(const QString &id);
    bool isBusy(const QString &id) const { return m_busy.contains(id); }
    QString busyStage(const QString &id) const { return m_busy.value(id); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

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
    template <typename Task> void syncRows(QList<Task> &rows, const QList<Task> &fresh);
    /// Puts a re-read task in its row (dataChanged), removes the row when the task is gone, or
    /// reloads every row when the task is not shown yet.
    template <typename Task> Status refreshRow(QList<Task> &rows, const QString &id, const Result<Task> &fresh);
    /// Reads the metrics of the given tasks, one or two small queries each (one row after a scrape).
    void readMetrics(const QStringList &ids);
    /// Reads the metrics of every task of the table's kind in one statement (reload); forgets them
    /// without a reader, keeps what was read when reading fails.
    void readAllMetrics();

private:
    QVariant metricData(const QString &id, Metric metric, int role) const;

    TaskKind m_kind;
    Columns m_columns;
    ScrapeReader *m_reader = nullptr;
    QHash<QString, ProfileSnapshot> m_profiles; ///< profile tasks: the latest snapshot
    QHash<QString, MetricsSnapshot> m_metrics;  ///< reel and video tasks: the latest metrics of their post
    QHash<QString, QString> m_busy;
};

template <typename Task>
Status TaskTableModel::refreshRow(QList<Task> &rows, const QString &id, const Result<Task> &fresh)
{
    int row = -1;
    for (int i = 0; i < int(rows.size()); ++i) {
        if (rows.at(i).id == id) {
            row = i;
            break;
        }
    }
    if (!fresh.ok()) {
        if (fresh.error().kind != ErrorKind::NotFound)
            return fresh.error();
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            rows.removeAt(row);
            endRemoveRows();
        }
        return Ok{};
    }
    if (row < 0)
        return reload();
    rows[row] = fresh.value();
    readMetrics({id});
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    return Ok{};
}

template <typename Task> void TaskTableModel::syncRows(QList<Task> &rows, const QList<Task> &fresh)
{
    QSet<QString> freshIds;
    freshIds.reserve(fresh.size());
    for (const Task &task : fresh)
        freshIds.insert(task.id);

    // Remove the tasks that are gone, a contiguous block at a time.
    for (int row = int(rows.size()) - 1; row >= 0; --row) {
        if (freshIds.contains(rows.at(row).id))
            continue;
        int first = row;
        while (first > 0 && !freshIds.contains(rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }

    QSet<QString> shownIds;
    shownIds.reserve(rows.size());
    for (const Task &task : rows)
        shownIds.insert(task.id);

    // Walk the fresh order: keep, move up or insert.
    for (int i = 0; i < int(fresh.size()); ++i) {
        const QString &id = fresh.at(i).id;
        if (i < int(rows.size()) && rows.at(i).id == id) {
            rows[i] = fresh.at(i);
            continue;
        }
        if (shownIds.contains(id)) {
            int from = i + 1;
            while (rows.at(from).id != id)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            rows.move(from, i);
            endMoveRows();
            rows[i] = fresh.at(i);
            continue;
        }
        int end = i + 1;
        while (end < int(fresh.size()) && !shownIds.contains(fresh.at(end).id))
            ++end;
        beginInsertRows({}, i, end - 1);
        for (int k = i; k < end; ++k)
            rows.insert(k, fresh.at(k));
        endInsertRows();
        i = end - 1;
    }

    if (!rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(rows.size()) - 1, columnCount() - 1));
}

} // namespace reelpulse
