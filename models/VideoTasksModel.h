#pragma once

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
        LastErrorColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit VideoTasksModel(TrackingService &service, QObject *parent = nullptr);
    ~VideoTasksModel() override;

    Status reload() override;
    QString idAt(int row) const override;
    const VideoTask &taskAt(int row) const { return m_tasks.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TrackingService &m_service;
    QList<VideoTask> m_tasks;
};

} // namespace reelpulse
