#pragma once

#include "ItemMetrics.h"
#include "TaskTableModel.h"
#include "tracking/TaskTypes.h"

namespace reelpulse {

class TrackingService;

/// The tracked Instagram posts and TikTok videos, one row per video task.
class VideoTasksModel final : public TaskTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoTasksModel)

public:
    enum Column {
        PlatformColumn,
        VideoColumn,
        ActiveColumn,
        IntervalColumn,
        MetadataColumn,
        LastScrapedColumn,
        NextDueColumn,
        LikesColumn,
        CommentsColumn,
        ViewsColumn,
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit VideoTasksModel(TrackingService &service, QObject *parent = nullptr);
    ~VideoTasksModel() override;

    Status reload() override;
    Status reloadTask(const QString &id) override;
    QString idAt(int row) const override;
    TaskKind taskKind() const override { return TaskKind::Video; }
    const VideoTask &taskAt(int row) const { return m_tasks.at(row); }
    /// The latest metrics of a video, if it was scraped (and a reader is set).
    std::optional<MetricsSnapshot> latestMetrics(const QString &id) const { return m_metrics.latest(id); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int statusColumn() const override { return ActiveColumn; }
    void readMetrics(const QStringList &ids) override;
    void readAllMetrics() override;

private:
    TrackingService &m_service;
    QList<VideoTask> m_tasks;
    ItemMetrics m_metrics;
};

} // namespace reelpulse
