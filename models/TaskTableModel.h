#pragma once

#include "common/Result.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace reelpulse {

/// What the task tables share: the roles, and a reload that keeps rows in place.
///
/// A reload compares the fresh list with the rows shown, keyed by task id: rows that are gone
/// are removed, new ones inserted, reordered ones moved and the rest refreshed in one
/// dataChanged. Selections and persistent indexes of unchanged tasks survive a reload.
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        UnderlyingDataRole = Qt::UserRole + 1, ///< the whole task as a QVariant (ProfileTask, ReelTask, VideoTask)
        IdRole,                                ///< the task id (QString)
        SortRole,                              ///< a value that sorts naturally: numbers, times, lower-case text
        FirstCustomRole,                       ///< first role free for a subclass
    };
    Q_ENUM(Role)

    ~TaskTableModel() override;

    /// Re-reads the rows from their source. On failure the rows shown stay as they were.
    virtual Status reload() = 0;
    /// The id of the task in a row (empty for an invalid row).
    virtual QString idAt(int row) const = 0;
    /// The row of a task id, or -1.
    int rowOfId(const QString &id) const;

    QHash<int, QByteArray> roleNames() const override;

protected:
    explicit TaskTableModel(QObject *parent = nullptr);

    /// Makes `rows` equal to `fresh`, emitting the row signals that describe the change.
    /// Task needs a QString member `id`, unique within a list.
    template <typename Task> void syncRows(QList<Task> &rows, const QList<Task> &fresh);
};

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
