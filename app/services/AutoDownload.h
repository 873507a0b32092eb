#pragma once

#include "domain/Result.h"
#include "domain/TaskRef.h"

#include <QSet>
#include <QString>

namespace reelpulse {

class Database;
struct ScrapeReport;

/// "Download new posts", the profile task option: after a stored scrape of such a task, every post the task
/// did not have before the scrape is queued as a download job (best quality, all media, with metadata), all of
/// one scrape under one batch id. A post is queued once: a later scrape does not find it new, and the registry
/// of downloaded media answers a second request with the earlier job. The app's DownloadQueue picks the jobs
/// up; `reelpulse-cli scrape` leaves them queued for the app or `reelpulse-cli downloads resume`.
///
/// Used by the ScrapeService, so the app's scheduler and `reelpulse-cli scrape` queue the same jobs.
class AutoDownload final
{
public:
    AutoDownload(Database &database, QString dataDir);

    /// The option of a profile task (full id); NotFound for an unknown task.
    static Result<bool> enabled(Database &database, const QString &profileTaskId);
    static Status setEnabled(Database &database, const QString &profileTaskId, bool on);
    /// "on"/"off" (also true/false, yes/no, 1/0); Invalid names the `auto-download` field.
    static Result<bool> parseSwitch(const QString &text);

    /// Before the scrape: remembers the task's posts when it is a profile task with the option on.
    void before(const TaskRef &task);
    /// After a stored scrape: queues the new posts and notes how many in the report; the number queued.
    int after(const TaskRef &task, ScrapeReport &report);

private:
    Database &m_database;
    QString m_dataDir;
    bool m_on = false;
    QSet<qint64> m_known;
};

} // namespace reelpulse
