#include "ProfilesPage.h"

#include "MessageBox.h"
#include "ModelFormat.h"
#include "ProfileDialog.h"
#include "ProfileTasksModel.h"
#include "TaskTableView.h"
#include "services/TrackingService.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

ProfilesPage::ProfilesPage(TrackingService &service, QueryService &queries, ActivityLogModel &log, QWidget *parent)
    : TaskPage(queries, log, parent)
    , m_service(service)
    , m_profiles(new ProfileTasksModel(queries, this))
{
    setObjectName(u"profilesPage"_s);
    setUp(m_profiles, tr("Profiles"), u"profiles"_s);
    setButtonTexts(tr("&Add Profile…"), tr("&Edit…"), tr("&Remove"));
    setEmptyHints(tr("No profiles yet — press Ctrl+N to add one.\n\n"
                     "Track your own Instagram profiles and your competitors': followers, posts and "
                     "engagement over time."),
                  tr("No profile matches the filter."));
    view()->setColumnWidthsInChars({20, 10, 12, 11, 14, 19, 19, 12, 9});
}

ProfilesPage::~ProfilesPage() = default;

void ProfilesPage::addTask()
{
    ProfileDialog dialog(m_service, this);
    if (!runTaskDialog(dialog))
        return;
    const ProfileTask &task = dialog.task();
    const QString every = modelformat::everyDays(task.intervalDays);
    reportChange(task.isCompetitor ? tr("Added competitor profile @%1, scraped %2.").arg(task.targetProfile, every)
                                   : tr("Added own profile @%1, scraped %2.").arg(task.targetProfile, every));
}

void ProfilesPage::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    ProfileDialog dialog(m_service, m_profiles->taskAt(row), this);
    if (!runTaskDialog(dialog))
        return;
    const ProfileTask &task = dialog.task();
    reportChange(tr("Changed profile @%1: %2, scraped %3, %4.")
                     .arg(task.targetProfile, task.isCompetitor ? tr("competitor") : tr("own"),
                          modelformat::everyDays(task.intervalDays),
                          task.status == TaskStatus::Paused ? tr("paused") : tr("active")));
}

void ProfilesPage::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<ProfileTask> tasks;
    for (int row : rows)
        tasks.append(m_profiles->taskAt(row));

    const QString text = tasks.size() == 1
                             ? tr("Stop tracking @%1?\n\nThe task and the data collected for it are deleted.")
                                   .arg(tasks.first().targetProfile)
                             : tr("Stop tracking %n profiles?\n\nThe tasks and the data collected for them are "
                                  "deleted.",
                                  nullptr, int(tasks.size()));
    if (!MessageBox::confirm(this, tr("Remove Profiles"), text, tr("Remove")))
        return;

    for (const ProfileTask &task : tasks) {
        auto removed = m_service.removeProfile(task.id);
        if (!removed.ok()) {
            reportError(tr("Could not remove @%1").arg(task.targetProfile), removed.error());
            break;
        }
        reportChange(tr("Removed profile @%1.").arg(task.targetProfile));
    }
    reload();
}

} // namespace reelpulse
