#pragma once

#include "domain/Result.h"
#include "storage/ScrapeRecords.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace reelpulse {

/// What a task table shows of one task's latest scrape.
struct TaskLatest
{
    std::optional<ProfileSnapshot> profile; ///< profile tasks: the latest profile snapshot
    std::optional<StoredItem> item; ///< reel and video tasks: the tracked post with its latest metrics, no children
};

/// The read side of ingestion: what scraping stored, for the CLI's JSON, the GUI's tables and
/// growth charts. One per thread (over that thread's connection); every method is one or two
/// queries, so the GUI can call them for a visible page at a time.
class ScrapeReader final
{
public:
    explicit ScrapeReader(QSqlDatabase db);

    /// The task's top-level posts, newest first (by publication time), each with its latest metrics
    /// and carousel children. limit < 0: all of them; offset skips the newest ones (paging).
    Result<QList<StoredItem>> taskPosts(const TaskRef &task, int limit = -1, int offset = 0);
    /// The main post of a reel or video task (the one the task tracks), if it was scraped.
    Result<std::optional<StoredItem>> taskItem(const TaskRef &task);
    Result<std::optional<StoredItem>> item(Platform platform, const QString &platformId);
    /// The latest state of every scraped task of a kind, by task id, in one statement (for a whole
    /// table): a profile task's latest snapshot (as latestProfileSnapshot), a reel or video task's post
    /// with its latest metrics (as taskItem, without carousel children). Tasks never scraped are absent.
    Result<QHash<QString, TaskLatest>> latestForTasks(TaskKind kind);

    /// One page of an item's stored comments (replies included), for lazy loading.
    Result<QList<StoredComment>> comments(qint64 itemRow, int offset, int limit,
                                          CommentOrder order = CommentOrder::Newest);
    Result<int> commentCount(qint64 itemRow);
    /// Comments stored for every post of a task.
    Result<int> taskCommentCount(const TaskRef &task);
    Result<SentimentCounts> sentimentCounts(qint64 itemRow);
    Result<SentimentCounts> taskSentimentCounts(const TaskRef &task);

    Result<std::optional<MetricsSnapshot>> latestSnapshot(qint64 itemRow);
    /// Every snapshot of an item, oldest first (growth charts).
    Result<QList<MetricsSnapshot>> snapshotHistory(qint64 itemRow);
    Result<std::optional<ProfileSnapshot>> latestProfileSnapshot(const QString &profileTaskId);
    /// Every snapshot of a profile task, oldest first.
    Result<QList<ProfileSnapshot>> profileHistory(const QString &profileTaskId);

    /// The latest state of a reel or video task's post with its most liked comments, if scraped.
    Result<std::optional<ScrapedSummary>> summary(const TaskRef &task, int topComments = 10);

    /// What the rate governor persisted, one row per identity.
    Result<QList<GovernorStatus>> governorStates();

private:
    Result<QList<StoredItem>> items(const QString &where, const QVariantList &binds, const QString &tail);
    /// Reads the carousel children of every item of the list (a query per few hundred items).
    Status attachChildren(QList<StoredItem> &items);

    QSqlDatabase m_db;
};

} // namespace reelpulse
