#pragma once

#include "ItemMetrics.h"
#include "TaskTableModel.h"
#include "tracking/TaskTypes.h"

namespace reelpulse {

class TrackingService;

/// The tracked reels of every project, one row per reel task, ordered by project.
class ReelTasksModel final : public TaskTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReelTasksModel)

public:
    enum Column {
        ProjectColumn,
        ReelColumn,
        StatusColumn,
        IntervalColumn,
        LastScrapedColumn,
        NextDueColumn,
        LikesColumn,
        CommentsColumn,
        ViewsColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum ReelRole {
        ProjectIdRole = FirstCustomRole, ///< the id of the reel's project (QString)
    };
    Q_ENUM(ReelRole)

    explicit ReelTasksModel(TrackingService &service, QObject *parent = nullptr);
    ~ReelTasksModel() override;

    Status reload() override;
    Status reloadTask(const QString &id) override;
    QString idAt(int row) const override;
    TaskKind taskKind() const override { return TaskKind::Reel; }
    const ReelTask &taskAt(int row) const { return m_tasks.at(row); }
    /// The latest metrics of a reel, if it was scraped (and a reader is set).
    std::optional<MetricsSnapshot> latestMetrics(const QString &id) const { return m_metrics.latest(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    int statusColumn() const override { return StatusColumn; }
    void readMetrics(const QStringList &ids) override;
    void readAllMetrics() override;

private:
    TrackingService &m_service;
    QList<ReelTask> m_tasks;
    ItemMetrics m_metrics;
};

} // namespace reelpulse
