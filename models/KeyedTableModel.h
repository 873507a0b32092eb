#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <type_traits>

namespace reelpulse {

/// A table model over a list of values with a unique key each (a task id, a row id), with a reload that
/// keeps rows in place: syncRows() compares a fresh list with the rows shown, removes the rows that are
/// gone, inserts new ones, moves reordered ones and refreshes the rest in one dataChanged. Selections,
/// the current row and persistent indexes of the values that stay survive a reload.
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    /// Makes `rows` equal to `fresh`, emitting the row signals that describe the change. `keyOf(row)` gives
    /// a row's key, unique within a list.
    template <typename Row, typename KeyOf> void syncRows(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf);
};

template <typename Row, typename KeyOf>
void KeyedTableModel::syncRows(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf)
{
    using Key = std::decay_t<decltype(keyOf(std::declval<const Row &>()))>;
    QSet<Key> freshKeys;
    freshKeys.reserve(fresh.size());
    for (const Row &row : fresh)
        freshKeys.insert(keyOf(row));

    // Remove the rows that are gone, a contiguous block at a time.
    for (int row = int(rows.size()) - 1; row >= 0; --row) {
        if (freshKeys.contains(keyOf(rows.at(row))))
            continue;
        int first = row;
        while (first > 0 && !freshKeys.contains(keyOf(rows.at(first - 1))))
            --first;
        beginRemoveRows({}, first, row);
        rows.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }

    QSet<Key> shownKeys;
    shownKeys.reserve(rows.size());
    for (const Row &row : rows)
        shownKeys.insert(keyOf(row));

    // Walk the fresh order: keep, move up or insert.
    for (int i = 0; i < int(fresh.size()); ++i) {
        const Key key = keyOf(fresh.at(i));
        if (i < int(rows.size()) && keyOf(rows.at(i)) == key) {
            rows[i] = fresh.at(i);
            continue;
        }
        if (shownKeys.contains(key)) {
            int from = i + 1;
            while (keyOf(rows.at(from)) != key)
                ++from;
            beginMoveRows({}, from, from, {}, i);
            rows.move(from, i);
            endMoveRows();
            rows[i] = fresh.at(i);
            continue;
        }
        int end = i + 1;
        while (end < int(fresh.size()) && !shownKeys.contains(keyOf(fresh.at(end))))
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
