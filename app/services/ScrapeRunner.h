#pragma once

#include "domain/Result.h"
#include "platform/PlatformSources.h"
#include "services/ScrapeOptions.h"
#include "services/ScrapeReport.h"

#include <atomic>
#include <functional>

namespace reelpulse {

class Database;
struct ProfileTask;
struct ReelTask;
struct VideoTask;

/// Scrapes one task at a time, synchronously, in the calling thread: reads the platform through the
/// given sources (blocking calls), then writes everything in one transaction through ScrapeStore.
///
/// Used by the scheduler's worker thread and by the CLI (`scrape`), which has no GUI to keep alive.
/// requestStop() may be called from any thread: the request in flight is aborted and nothing of the
/// task is written.
class ScrapeRunner final
{
public:
    using Clock = std::function<QDateTime()>;
    /// Progress inside one task: what is being read ("profile", "posts", "comments 2/5").
    using Progress = std::function<void(const TaskRef &task, const QString &stage)>;
    /// Called after a successful write (e.g. to score the new comments' sentiment).
    using AfterWrite = std::function<void(const TaskRef &task, const IngestSummary &stored)>;

    ScrapeRunner(Database &database, InstagramSource *instagram, TikTokSource *tiktok, ScrapeOptions options = {},
                 Clock clock = {});
    Q_DISABLE_COPY_MOVE(ScrapeRunner)

    /// Scrapes one task: takes it (ScrapeStore::claim), reads it, writes the result in one transaction.
    /// Forced: whatever its status or due time; else only while it is still due (Skipped otherwise).
    /// What was read is stored even when the comments could not be read (report.commentsFailure). A failure
    /// that blocks the platform (rate limit, wall, check) leaves the task due for a later pass.
    ScrapeReport runOnce(const TaskRef &task, bool forced = true);
    /// Resolves an id or id prefix among all tasks, then scrapes it.
    ScrapeReport runOnce(const QString &idOrPrefix);
    /// The tasks due now, earliest first.
    Result<QList<DueTask>> dueTasks();

    void requestStop();
    void clearStop();
    bool stopRequested() const { return m_stop.load(); }

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    void setAfterWrite(AfterWrite afterWrite) { m_afterWrite = std::move(afterWrite); }
    const ScrapeOptions &options() const { return m_options; }
    QDateTime now() const;

private:
    struct Read;
    void readProfile(const ProfileTask &task, Read &read);
    void readTikTokAccount(const ProfileTask &task, Read &read);
    void readReel(const ReelTask &task, Read &read);
    void readVideo(const VideoTask &task, Read &read);
    void readInstagramPost(const QString &shortcode, Read &read);
    /// Reads up to options().commentsPerPost comments of post (embedded ones first, then pages).
    /// False when the comment reads must stop (stopped, or the platform asks to wait).
    bool readComments(ScrapedPost &post, Read &read);
    Result<IngestSummary> writeWithRetries(const ScrapeOutcome &outcome);
    void stage(const QString &text);

    Database &m_database;
    InstagramSource *m_instagram;
    TikTokSource *m_tiktok;
    ScrapeOptions m_options;
    Clock m_clock;
    Progress m_progress;
    AfterWrite m_afterWrite;
    TaskRef m_current;
    std::atomic<bool> m_stop{false};
};

} // namespace reelpulse
