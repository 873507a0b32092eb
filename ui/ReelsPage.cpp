#include "ReelsPage.h"

#include "ActivityLogModel.h"
#include "MessageBox.h"
#include "ModelFormat.h"
#include "ProjectDialog.h"
#include "ReelDialog.h"
#include "ReelTasksModel.h"
#include "TaskSortFilterModel.h"
#include "TaskTableView.h"
#include "WhenReady.h"
#include "services/QueryService.h"
#include "services/TrackingService.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ReelsPage::ReelsPage(TrackingService &service, QueryService &queries, ActivityLogModel &log, QWidget *parent)
    : TaskPage(queries, log, parent)
    , m_service(service)
    , m_reels(new ReelTasksModel(queries, this))
{
    setObjectName(u"reelsPage"_s);
    setUp(m_reels, tr("Reels"), u"reels"_s);
    setButtonTexts(tr("&Add Reel…"), tr("&Edit…"), tr("&Remove"));
    setEmptyHints(tr("No reels yet — press Ctrl+N to add one.\n\n"
                     "Reels are grouped in projects (a campaign, a client): create a project, then add the "
                     "reels and posts whose views, likes and comments you want to follow."),
                  tr("No reel matches the filter."));
    view()->setColumnWidthsInChars({18, 14, 11, 14, 19, 19, 9, 9, 11});

    m_projectFilter = new QComboBox(this);
    m_projectFilter->setObjectName(u"reelsProjectFilter"_s);
    m_projectFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_projectFilter->setMinimumContentsLength(24);
    auto *newProject = new QPushButton(tr("&New Project…"), this);
    newProject->setObjectName(u"reelsNewProjectButton"_s);
    newProject->setAutoDefault(false);
    m_deleteProject = new QPushButton(tr("&Delete Project…"), this);
    m_deleteProject->setObjectName(u"reelsDeleteProjectButton"_s);
    m_deleteProject->setAutoDefault(false);
    m_projectDashboard = new QPushButton(tr("Project D&ashboard"), this);
    m_projectDashboard->setObjectName(u"reelsProjectDashboardButton"_s);
    m_projectDashboard->setAutoDefault(false);
    m_projectDashboard->setEnabled(false);
    m_projectDashboard->setToolTip(tr("All reels of this project together: views, likes and comments over time, "
                                      "engagement and comment sentiment."));

    auto *projectLabel = new QLabel(tr("Pro&ject:"), this);
    projectLabel->setBuddy(m_projectFilter);
    QBoxLayout *projectRow = addControlsRowAbove();
    projectRow->addWidget(projectLabel);
    projectRow->addWidget(m_projectFilter);
    projectRow->addWidget(newProject);
    projectRow->addWidget(m_deleteProject);
    projectRow->addWidget(m_projectDashboard);
    projectRow->addStretch(1);

    connect(newProject, &QPushButton::clicked, this, &ReelsPage::createProject);
    connect(m_deleteProject, &QPushButton::clicked, this, &ReelsPage::deleteProject);
    connect(m_projectDashboard, &QPushButton::clicked, this, [this] {
        if (!filteredProjectId().isEmpty())
            emit projectDashboardRequested(filteredProjectId());
    });
    connect(m_projectFilter, &QComboBox::currentIndexChanged, this, &ReelsPage::applyProjectFilter);
    reloadProjects();
}

ReelsPage::~ReelsPage() = default;

QString ReelsPage::filteredProjectId() const
{
    return m_projectFilter->currentData().toString();
}

void ReelsPage::setFilteredProjectId(const QString &projectId)
{
    const int index = m_projectFilter->findData(projectId);
    if (index < 0 && !projectId.isEmpty() && m_projectsLoading) {
        m_pendingProjectId = projectId; // a new project: chosen when the list being read arrives
        return;
    }
    m_pendingProjectId.reset();
    m_projectFilter->setCurrentIndex(index >= 0 ? index : 0);
}

void ReelsPage::reload()
{
    reloadProjects();
    TaskPage::reload();
}

void ReelsPage::reloadProjects()
{
    const int generation = ++m_projectsGeneration;
    m_projectsLoading = true;
    whenReady(queries().projects(), this, [this, generation](Result<QList<Project>> projects) {
        if (generation != m_projectsGeneration)
            return; // a newer read is under way
        m_projectsLoading = false;
        if (!projects.ok()) {
            // The table's reload reads the store too and says so above the table.
            activityLog().addError(tr("Could not read the projects: %1").arg(projects.error().message));
            m_pendingProjectId.reset();
            return;
        }
        showProjects(projects.value());
    });
}

void ReelsPage::showProjects(const QList<Project> &projects)
{
    const QString selected =
        m_pendingProjectId ? *std::exchange(m_pendingProjectId, std::nullopt) : filteredProjectId();
    {
        const QSignalBlocker blocker(m_projectFilter);
        m_projectFilter->clear();
        m_projectFilter->addItem(tr("All projects"), QString());
        for (const Project &project : projects)
            m_projectFilter->addItem(tr("%1 (%2)").arg(project.name).arg(project.reelCount), project.id);
        const int index = m_projectFilter->findData(selected);
        m_projectFilter->setCurrentIndex(index >= 0 ? index : 0);
    }
    applyProjectFilter();
    emit projectsLoaded();
}

void ReelsPage::applyProjectFilter()
{
    const QString projectId = filteredProjectId();
    proxy()->setRoleFilter(ReelTasksModel::ProjectIdRole, projectId.isEmpty() ? QVariant() : QVariant(projectId));
    m_deleteProject->setEnabled(!projectId.isEmpty());
    m_projectDashboard->setEnabled(!projectId.isEmpty());
}

void ReelsPage::logProjectCreated(const Project &project)
{
    reportChange(tr("Created project \"%1\".").arg(project.name));
}

void ReelsPage::createProject()
{
    ProjectDialog dialog(m_service, this);
    logRefusals(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    logProjectCreated(dialog.project());
    reloadProjects();
    setFilteredProjectId(dialog.project().id);
}

void ReelsPage::deleteProject()
{
    const QString projectId = filteredProjectId();
    if (projectId.isEmpty())
        return;
    // The question names how many reels go with the project: read now, not as listed a while ago.
    m_deleteProject->setEnabled(false);
    whenReady(queries().projects(), this, [this, projectId](Result<QList<Project>> projects) {
        applyProjectFilter();
        if (!projects.ok()) {
            reportError(tr("Could not read the projects"), projects.error());
            return;
        }
        const auto found = std::find_if(projects->cbegin(), projects->cend(),
                                        [&](const Project &project) { return project.id == projectId; });
        if (found == projects->cend()) {
            reload(); // deleted elsewhere meanwhile
            return;
        }
        confirmDeleteProject(*found);
    });
}

void ReelsPage::confirmDeleteProject(const Project &project)
{
    QString text;
    if (project.reelCount == 0)
        text = tr("Delete the empty project \"%1\"?").arg(project.name);
    else if (project.reelCount == 1)
        text = tr("Delete project \"%1\" and its 1 reel task?\n\nThe reel task and the data collected for it are "
                  "deleted too.")
                   .arg(project.name);
    else
        text = tr("Delete project \"%1\" and its %n reel tasks?\n\nThe reel tasks and the data collected for them are "
                  "deleted too.",
                  nullptr, project.reelCount)
                   .arg(project.name);
    if (!MessageBox::confirm(this, tr("Delete Project"), text, tr("Delete")))
        return;
    // A single write through the tracking service (the reel tasks go by cascade; their posts stay stored).
    auto removed = m_service.removeProject(project.name);
    if (!removed.ok()) {
        reportError(tr("Could not delete project \"%1\"").arg(project.name), removed.error());
        return;
    }
    if (project.reelCount == 0)
        reportChange(tr("Deleted the empty project \"%1\".").arg(project.name));
    else if (project.reelCount == 1)
        reportChange(tr("Deleted project \"%1\" and its reel task.").arg(project.name));
    else
        reportChange(tr("Deleted project \"%1\" and its %n reel tasks.", nullptr, project.reelCount).arg(project.name));
    setFilteredProjectId({});
    reload();
}

void ReelsPage::addTask()
{
    ReelDialog dialog(m_service, filteredProjectId(), this);
    logRefusals(&dialog);
    connect(&dialog, &ReelDialog::projectCreated, this, &ReelsPage::logProjectCreated);
    const int result = dialog.exec();
    if (result != QDialog::Accepted) {
        reloadProjects(); // a project may have been created from the dialog
        return;
    }
    const ReelTask &task = dialog.task();
    reloadAndSelect(task.id); // the projects too: they answer first, so the filter shows the task's project
    if (!filteredProjectId().isEmpty() && filteredProjectId() != task.projectId)
        setFilteredProjectId(task.projectId);
    reportChange(tr("Added reel %1 to project \"%2\", scraped %3.")
                     .arg(task.shortcode, task.projectName, modelformat::everyDays(task.intervalDays)));
}

void ReelsPage::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ReelDialog dialog(m_service, m_reels->taskAt(row), this);
    if (!runTaskDialog(dialog))
        return;
    const ReelTask &task = dialog.task();
    reportChange(tr("Changed reel %1 in \"%2\": scraped %3, %4.")
                     .arg(task.shortcode, task.projectName, modelformat::everyDays(task.intervalDays),
                          task.status == TaskStatus::Paused ? tr("paused") : tr("active")));
}

void ReelsPage::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<ReelTask> tasks;
    for (int row : rows)
        tasks.append(m_reels->taskAt(row));
    const QString text =
        tasks.size() == 1
            ? tr("Stop tracking reel %1 in project \"%2\"?\n\nThe task and the data collected for it are deleted.")
                  .arg(tasks.first().shortcode, tasks.first().projectName)
            : tr("Stop tracking %n reels?\n\nThe tasks and the data collected for them are deleted.", nullptr,
                 int(tasks.size()));
    if (!MessageBox::confirm(this, tr("Remove Reels"), text, tr("Remove")))
        return;
    for (const ReelTask &task : tasks) {
        auto removed = m_service.removeReel(task.id);
        if (!removed.ok()) {
            reportError(tr("Could not remove reel %1").arg(task.shortcode), removed.error());
            break;
        }
        reportChange(tr("Removed reel %1 from project \"%2\".").arg(task.shortcode, task.projectName));
    }
    reload();
}

QString ReelsPage::taskLabelAt(int row) const
{
    return m_reels->taskAt(row).shortcode;
}

} // namespace reelpulse
