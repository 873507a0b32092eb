#pragma once

#include "TaskPage.h"
#include "domain/TaskTypes.h"

#include <optional>

class QComboBox;

namespace reelpulse {

class ReelTasksModel;
class TrackingService;

/// The Reels section: reel tasks grouped by project, with a project filter and project
/// creation and deletion. The projects are read through the query service, like the tasks.
class ReelsPage final : public TaskPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReelsPage)

public:
    /// Reads through `queries`; adds, edits and removes tasks through `service`.
    ReelsPage(TrackingService &service, QueryService &queries, ActivityLogModel &log, QWidget *parent = nullptr);
    ~ReelsPage() override;

    void addTask() override;
    void editCurrent() override;
    void removeSelected() override;
    QString taskLabelAt(int row) const override;
    void reload() override;

    /// Opens the new-project dialog.
    void createProject();
    /// Reads the project it would delete (with its number of reels), asks, then deletes the project chosen
    /// in the filter with its reel tasks.
    void deleteProject();

    QComboBox *projectFilter() const { return m_projectFilter; }
    /// The id of the project the view is narrowed to, or empty for all projects.
    QString filteredProjectId() const;
    /// Narrows the view to a project; one the filter does not list yet is chosen when the projects being
    /// read arrive.
    void setFilteredProjectId(const QString &projectId);
    /// True while the projects are being read.
    bool projectsLoading() const { return m_projectsLoading; }

signals:
    /// The project filter lists the projects just read.
    void projectsLoaded();
    /// The project dashboard of the chosen project was asked for.
    void projectDashboardRequested(const QString &projectId);

private:
    void reloadProjects();
    void showProjects(const QList<Project> &projects);
    void applyProjectFilter();
    void logProjectCreated(const Project &project);
    void confirmDeleteProject(const Project &project);

    TrackingService &m_service;
    ReelTasksModel *m_reels = nullptr;
    QComboBox *m_projectFilter = nullptr;
    QPushButton *m_deleteProject = nullptr;
    QPushButton *m_projectDashboard = nullptr;
    int m_projectsGeneration = 0;
    bool m_projectsLoading = false;
    std::optional<QString> m_pendingProjectId; ///< to choose when the projects arrive
};

} // namespace reelpulse
