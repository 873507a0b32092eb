#pragma once

#include "TaskMetaTypes.h"
#include "TaskTableModel.h"

#include "WhenReady.h"
#include "services/QueryService.h"

#include <QFuture>
#include <functional>

namespace reelpulse {

/// A task table over a list of one kind of task (ProfileTask, ReelTask, VideoTask): rows, reloads,
/// and the cells shared by every table. A subclass says how its tasks are read (the query service's
/// calls, answered on its thread), what the shared columns show of one (stateOf) and what its own
/// columns show (taskData).
template <typename Task> class TaskListModel : public TaskTableModel
{
public:
    void reload() override
    {
        const int generation = beginReload();
        whenReady(m_readAll(), this, [this, generation](Result<TaskRows<Task>> fresh) {
            if (!endReload(generation))
                return; // a newer reload is under way: its answer is the one to show
            if (!fresh.ok()) {
                emit reloadFailed(fresh.error().message);
                return;
            }
            setLatest(fresh->latest);
            syncRows(m_tasks, fresh->tasks);
            markLoaded();
            emit reloaded();
        });
    }

    void reloadTask(const QString &id) override
    {
        const int generation = reloadGeneration();
        whenReady(m_readOne(id), this, [this, generation, id](Result<TaskRow<Task>> fresh) {
            if (generation != reloadGeneration())
                return; // a reload begun since reads this task too
            if (!fresh.ok()) {
                refreshRow(m_tasks, id, Result<Task>(fresh.error()), std::nullopt);
                return;
            }
            refreshRow(m_tasks, id, Result<Task>(fresh->task), fresh->latest);
        });
    }

    QString idAt(int row) const override { return row >= 0 && row < m_tasks.size() ? m_tasks.at(row).id : QString(); }

    /// The task in a row; row must be valid.
    const Task &taskAt(int row) const { return m_tasks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_tasks.size()); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Task &task = m_tasks.at(index.row());
        if (QVariant shared = sharedData(stateOf(task), index.column(), role); shared.isValid())
            return shared;
        if (role == UnderlyingDataRole)
            return QVariant::fromValue(task);
        return taskData(task, index.column(), role);
    }

protected:
    /// Starts reading every task of the table, in the order shown, with their latest scrape.
    using ReadAll = std::function<QFuture<Result<TaskRows<Task>>>()>;
    /// Starts reading one task by id (NotFound when it is gone) with its latest scrape.
    using ReadOne = std::function<QFuture<Result<TaskRow<Task>>>(const QString &id)>;

    TaskListModel(TaskKind kind, Columns columns, ReadAll readAll, ReadOne readOne, QObject *parent)
        : TaskTableModel(kind, std::move(columns), parent)
        , m_readAll(std::move(readAll))
        , m_readOne(std::move(readOne))
    {
    }

    /// What the shared columns show of a task.
    virtual TaskState stateOf(const Task &task) const = 0;
    /// The cells of the table's own columns and roles (and the status text while idle); invalid for the rest.
    virtual QVariant taskData(const Task &task, int column, int role) const = 0;

    /// stateOf() for the tasks scraped every few days with a status (profiles and reels).
    static TaskState daysTaskState(const Task &task)
    {
        return TaskState{task.id,
                         task.status,
                         task.intervalDays,
                         false, // in days
                         true,  // the next scrape time is shown, also while paused
                         task.lastScraped,
                         task.nextScrapeDue,
                         task.lastError,
                         task.lastErrorClass};
    }

private:
    ReadAll m_readAll;
    ReadOne m_readOne;
    QList<Task> m_tasks;
};

} // namespace reelpulse
