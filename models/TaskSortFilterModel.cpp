#include "TaskSortFilterModel.h"

#include "TaskTableModel.h"

namespace reelpulse {

TaskSortFilterModel::TaskSortFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setDynamicSortFilter(true);
}

TaskSortFilterModel::~TaskSortFilterModel() = default;

void TaskSortFilterModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    setFilterFixedString(trimmed);
}

void TaskSortFilterModel::setRoleFilter(int role, const QVariant &value)
{
    if (m_role == role && m_roleValue == value)
        return;
    m_role = value.isValid() ? role : -1;
    m_roleValue = value.isValid() ? value : QVariant();
    invalidateFilter();
}

bool TaskSortFilterModel::isFiltering() const
{
    return m_role >= 0 || !m_filterText.isEmpty();
}

bool TaskSortFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_role >= 0) {
        const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
        if (first.data(m_role) != m_roleValue)
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace reelpulse
