#pragma once

#include "TaskPage.h"

class QComboBox;

namespace reelpulse {

struct Project;
class ReelTasksModel;
class TrackingService;

/// The Reels section: reel tasks grouped by project, with a project filter and project
/// creation and deletion.
class ReelsPage final : public TaskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReelsPage)

public:
    ReelsPage(TrackingService &service, ActivityLogModel &log, QWidget *parent = nullptr);
    ~ReelsPage() override;

    void addTask() override;
    void editCurrent() override;
    void removeSelected() override;
    QString taskLabelAt(int row) const override;
    bool reload() override;

    /// Opens the new-project dialog.
    void createProject();
    /// Asks, then deletes the project chosen in the filter with its reel tasks.
    void deleteProject();

    QComboBox *projectFilter() const { return m_projectFilter; }
    /// The id of the project the view is narrowed to, or empty for all projects.
    QString filteredProjectId() const;
    void setFilteredProjectId(const QString &projectId);

private:
    void reloadProjects();
    void applyProjectFilter();
    void logProjectCreated(const Project &project);

    TrackingService &m_service;
    ReelTasksModel *m_reels = nullptr;
    QComboBox *m_projectFilter = nullptr;
    QPushButton *m_deleteProject = nullptr;
};

} // namespace reelpulse
