#pragma once

#include <QSortFilterProxyModel>
#include <QVariant>

namespace reelpulse {

/// Sorts a task table by natural values (TaskTableModel::SortRole) and filters it by a text
/// that any column may contain (case-insensitive), optionally narrowed to rows whose first
/// column has an exact value in one role (the project of a reel).
class TaskSortFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSortFilterModel)

public:
    explicit TaskSortFilterModel(QObject *parent = nullptr);
    ~TaskSortFilterModel() override;

    /// Rows whose text in any column contains `text`, ignoring case. Empty shows every row.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    /// Keeps only rows whose data in `role` equals `value`; an invalid value clears the filter.
    void setRoleFilter(int role, const QVariant &value);
    QVariant roleFilterValue() const { return m_roleValue; }

    /// True when a filter hides rows that the source has.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    int m_role = -1;
    QVariant m_roleValue;
};

} // namespace reelpulse
