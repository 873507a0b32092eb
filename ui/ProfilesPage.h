#pragma once

#include "TaskPage.h"

namespace reelpulse {

class ProfileTasksModel;
class TrackingService;

/// The Profiles section: tracked Instagram profiles, own and competitors'.
class ProfilesPage final : public TaskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfilesPage)

public:
    /// Reads through `queries`; adds, edits and removes tasks through `service`.
    ProfilesPage(TrackingService &service, QueryService &queries, ActivityLogModel &log, QWidget *parent = nullptr);
    ~ProfilesPage() override;

    void addTask() override;
    void editCurrent() override;
    void removeSelected() override;

private:
    TrackingService &m_service;
    ProfileTasksModel *m_profiles = nullptr;
};

} // namespace reelpulse
