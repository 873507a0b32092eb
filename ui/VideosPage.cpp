#include "VideosPage.h"

#include "MessageBox.h"
#include "ModelFormat.h"
#include "TaskTableView.h"
#include "VideoDialog.h"
#include "VideoTasksModel.h"
#include "services/TrackingService.h"

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString videoName(const VideoTask &task)
{
    return modelformat::displayPlatform(task.platform) + u' ' +
           (task.shortcode.isEmpty() ? task.externalId : task.shortcode);
}

} // namespace

VideosPage::VideosPage(TrackingService &service, QueryService &queries, ActivityLogModel &log, QWidget *parent)
    : TaskPage(queries, log, parent)
    , m_service(service)
    , m_videos(new VideoTasksModel(queries, this))
{
    setObjectName(u"videosPage"_s);
    setUp(m_videos, tr("Videos"), u"videos"_s);
    setButtonTexts(tr("&Add Video…"), tr("&Edit…"), tr("&Remove"));
    setEmptyHints(tr("No videos yet — press Ctrl+N to add one.\n\n"
                     "Follow single Instagram posts and TikTok videos every few hours, with your own "
                     "key=value notes (campaign, owner…)."),
                  tr("No video matches the filter."));
    view()->setColumnWidthsInChars({10, 20, 11, 14, 18, 19, 19, 9, 9, 11});
}

VideosPage::~VideosPage() = default;

void VideosPage::addTask()
{
    VideoDialog dialog(m_service, this);
    if (!runTaskDialog(dialog))
        return;
    const VideoTask &task = dialog.task();
    reportChange(task.isActive
                     ? tr("Added %1, scraped %2.").arg(videoName(task), modelformat::everyHours(task.intervalHours))
                     : tr("Added %1, inactive.").arg(videoName(task)));
}

void VideosPage::editCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    VideoDialog dialog(m_service, m_videos->taskAt(row), this);
    if (!runTaskDialog(dialog))
        return;
    const VideoTask &task = dialog.task();
    reportChange(tr("Changed %1: scraped %2, %3.")
                     .arg(videoName(task), modelformat::everyHours(task.intervalHours),
                          task.isActive ? tr("active") : tr("inactive")));
}

void VideosPage::removeSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<VideoTask> tasks;
    for (int row : rows)
        tasks.append(m_videos->taskAt(row));
    const QString text = tasks.size() == 1
                             ? tr("Stop tracking %1?\n\nThe task and the data collected for it are deleted.")
                                   .arg(videoName(tasks.first()))
                             : tr("Stop tracking %n videos?\n\nThe tasks and the data collected for them are deleted.",
                                  nullptr, int(tasks.size()));
    if (!MessageBox::confirm(this, tr("Remove Videos"), text, tr("Remove")))
        return;
    for (const VideoTask &task : tasks) {
        auto removed = m_service.removeVideo(task.id);
        if (!removed.ok()) {
            reportError(tr("Could not remove %1").arg(videoName(task)), removed.error());
            break;
        }
        reportChange(tr("Removed %1.").arg(videoName(task)));
    }
    reload();
}

QString VideosPage::taskLabelAt(int row) const
{
    return videoName(m_videos->taskAt(row));
}

} // namespace reelpulse
