#pragma once

#include "TaskPage.h"

namespace reelpulse {

class TrackingService;
class VideoTasksModel;

/// The Videos section: single Instagram posts and TikTok videos tracked on an hourly schedule.
class VideosPage final : public TaskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideosPage)

public:
    /// Reads through `queries`; adds, edits and removes tasks through `service`.
    VideosPage(TrackingService &service, QueryService &queries, ActivityLogModel &log, QWidget *parent = nullptr);
    ~VideosPage() override;

    void addTask() override;
    void editCurrent() override;
    void removeSelected() override;
    QString taskLabelAt(int row) const override;

private:
    TrackingService &m_service;
    VideoTasksModel *m_videos = nullptr;
};

} // namespace reelpulse
