#pragma once

#include "domain/Result.h"
#include "platform/FailureClass.h"
#include "storage/ScrapeRecords.h"

#include <QList>

namespace reelpulse {

class Database;

/// The write side of ingestion, plus the task queries the scheduler needs.
///
/// One per thread, over that thread's Database. Each successful scrape is written in ONE
/// transaction: media items and comments are upserted by platform id (never duplicated, first_seen
/// kept), items are linked to the task, one metrics snapshot per item (and one profile snapshot for
/// profile tasks) is appended, and the task's scrape fields are updated. Any error rolls the whole
/// write back, so a task is either fully refreshed or untouched.
/// Reads of what was stored live in ScrapeReader.
class ScrapeStore final
{
public:
    explicit ScrapeStore(Database &database);
    Q_DISABLE_COPY_MOVE(ScrapeStore)

    /// Stores a successful scrape and marks the task scraped: last scraped = outcome.scrapedAt, next due
    /// = outcome.nextDue when set, else scrapedAt + the task's interval, last error cleared, status error → active
    /// (paused stays paused). NotFound when the task no longer exists (nothing is written then).
    Result<IngestSummary> recordSuccess(const ScrapeOutcome &outcome);

    /// Stores a failed scrape on the task (last error message and class):
    /// - not_found / private: status error (videos: marked unavailable), no automatic retry;
    /// - checkpoint / login_wall: status and due time unchanged (the user must act first);
    /// - anything else: next due = retryAt (when given), status unchanged.
    Status recordFailure(const TaskRef &task, const ScrapeFailure &failure, const std::optional<QDateTime> &retryAt);

    /// Takes a task for one scrape before any platform request: its next due time moves to leaseUntil, so
    /// another process (the app and a cron `scrape --due` at once) does not scrape it too, and a task whose
    /// result cannot be written (disk full, read-only folder) is not scraped again before the lease ends.
    /// Unless forced, only a task still due at `now` is taken. Returns the due time it had when taken, or
    /// std::nullopt when it was not taken (not due any more, or another process took it).
    Result<std::optional<QDateTime>> claim(const TaskRef &task, const QDateTime &now, const QDateTime &leaseUntil,
                                           bool forced);
    /// Gives a claimed task its due time back (a scrape stopped, or the platform asked to wait: the task
    /// stays due for the next pass). Does nothing when the task's due time is not the lease any more.
    Status release(const TaskRef &task, const QDateTime &leaseUntil, const QDateTime &dueAgain);

    /// Finds a task by full id or unique prefix among profile, reel and video tasks.
    Result<TaskRef> resolveTask(const QString &idOrPrefix);

    /// Active tasks whose next scrape is due at `now`, earliest first. Videos marked unavailable
    /// (last failure not_found or private) are left out until forced.
    Result<QList<DueTask>> dueTasks(const QDateTime &now);

    /// The earliest next-due time of any task the scheduler would pick, if there is one.
    Result<std::optional<QDateTime>> nextDue();

    /// A display name for a task: "@username", the reel shortcode, or "platform externalId".
    Result<QString> taskLabel(const TaskRef &task);

private:
    Database &m_database;
};

/// Whether a failure class marks a task unreachable (no automatic retry).
bool isTerminalFailure(FailureClass cls);
/// Whether a failure class needs the user (sign in again, solve a checkpoint).
bool needsUserAction(FailureClass cls);

} // namespace reelpulse
