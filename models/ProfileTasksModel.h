#pragma once

#include "TaskTableModel.h"
#include "storage/ScrapeRecords.h"
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
        FollowersColumn,
        PostsColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ProfileTasksModel(TrackingService &service, QObject *parent = nullptr);
    ~ProfileTasksModel() override;

    Status reload() override;
    Status reloadTask(const QString &id) override;
    QString idAt(int row) const override;
    TaskKind taskKind() const override { return TaskKind::Profile; }
    /// The task in a row; row must be valid.
    const ProfileTask &taskAt(int row) const { return m_tasks.at(row); }
    /// The latest scraped state of a profile task, if it was scraped (and a reader is set).
    std::optional<ProfileSnapshot> latestSnapshot(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int statusColumn() const override { return StatusColumn; }
    void readMetrics(const QStringList &ids) override;
    void readAllMetrics() override;

private:
    QVariant metricData(const ProfileTask &task, int column, int role) const;

    TrackingService &m_service;
    QList<ProfileTask> m_tasks;
    QHash<QString, ProfileSnapshot> m_snapshots;
};

} // namespace reelpulse
