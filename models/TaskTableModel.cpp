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
    return names;
}

} // namespace reelpulse
