#include "TaskTableModel.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

TaskTableModel::TaskTableModel(QObject *parent)
    : QAbstractTableModel(parent)
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

QHash<int, QByteArray> TaskTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
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

} // namespace reelpulse
