#pragma once

#include "TaskTableModel.h"
#include "tracking/TaskTypes.h"

namespace reelpulse {

class TrackingService;

/// The tracked Instagram profiles, one row per profile task.
class ProfileTasksModel final : public TaskTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTasksModel)

public:
    enum Column {
        ProfileColumn,
        KindColumn,
        StatusColumn,
        IntervalColumn,
        LastScrapedColumn,
        NextDueColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ProfileTasksModel(TrackingService &service, QObject *parent = nullptr);
    ~ProfileTasksModel() override;

    Status reload() override;
    QString idAt(int row) const override;
    /// The task in a row; row must be valid.
    const ProfileTask &taskAt(int row) const { return m_tasks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TrackingService &m_service;
    QList<ProfileTask> m_tasks;
};

} // namespace reelpulse
