#pragma once

#include "domain/Result.h"
#include "domain/TaskTypes.h"
#include "sentiment/CommentSentimentStore.h"
#include "sentiment/SentimentSummary.h"
#include "sentiment/SentimentTypes.h"
#include "storage/ScrapeReader.h"
#include "storage/ScrapeRecords.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QString>
#include <functional>
#include <memory>

class QThread;

namespace reelpulse {

class Database;

/// A table's tasks with what their latest scrape stored, read together.
template <typename Task> struct TaskRows
{
    QList<Task> tasks;
    QHash<QString, TaskLatest> latest; ///< by task id; tasks never scraped are absent
};

/// One task with its latest scrape (after a scrape or an edit).
template <typename Task> struct TaskRow
{
    Task task;
    std::optional<TaskLatest> latest;
};

/// A task's comment sentiment: the summary and the comments not scored yet.
struct SentimentOverview
{
    sentiment::SentimentSummary summary;
    int unscored = 0;
    int stored = 0; ///< comments stored for the task's posts
    /// The language mix: each language's share of the comments (largest first, shares summing to 100.0); empty
    /// while none was read in a language.
    QList<sentiment::LanguageSummary> languages;
};

/// A comment's sentiment after a label was set by hand or given back to the engine.
struct CommentLabel
{
    qint64 commentId = 0;
    QString label;                  ///< "positive", "negative" or "neutral"
    std::optional<double> compound; ///< the engine's score (a label given back to it); none for a hand-set one
    bool manual = false;
    QString language; ///< the language it was read in (an automatic label)
};

/// Every read the windows need, on a database thread of its own (like qBittorrent's resume-data worker):
/// each call returns at once with a QFuture that the value fills when the read is done, in the order the
/// calls were made. Models and widgets receive values; none holds a QSqlDatabase, and the GUI thread never
/// waits on SQLite for work that grows with the data.
///
/// The thread opens its own connection to the store when the service is made and closes it when the service
/// goes. run() gives any other read (or a short write, such as a manual label) the same thread.
class QueryService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueryService)

public:
    /// Opens the store of dataDir on the service's thread.
    explicit QueryService(const QString &dataDir, QObject *parent = nullptr);
    ~QueryService() override;

    /// Runs job with the thread's store connection; the future carries what it returns. A job given after the
    /// store could not be opened gets the open error.
    template <typename T> QFuture<Result<T>> run(std::function<Result<T>(Database &)> job);

    QFuture<Result<TaskRows<ProfileTask>>> profiles();
    /// Reel tasks of one project (by name), or of every project when empty.
    QFuture<Result<TaskRows<ReelTask>>> reels(const QString &projectName = {});
    QFuture<Result<QList<Project>>> projects();
    QFuture<Result<TaskRows<VideoTask>>> videos();
    QFuture<Result<TaskRow<ProfileTask>>> profile(const QString &id);
    QFuture<Result<TaskRow<ReelTask>>> reel(const QString &id);
    QFuture<Result<TaskRow<VideoTask>>> video(const QString &id);

    /// One page of a task's posts, newest first, with their latest metrics.
    QFuture<Result<QList<StoredItem>>> taskPosts(const TaskRef &task, int offset, int limit);
    /// One page of a post's comments (replies included).
    QFuture<Result<QList<StoredComment>>> comments(qint64 itemRowId, int offset, int limit,
                                                   CommentOrder order = CommentOrder::Newest);
    /// A task's sentiment summary, read from the per-item, per-day counts (its cost follows the number of
    /// posts and days, not of comments).
    QFuture<Result<SentimentOverview>> taskSentiment(const TaskRef &task);
    QFuture<Result<SentimentOverview>> itemSentiment(qint64 itemRowId);

    /// Lowers the scheduling priority of the service's thread by `steps` (Linux: its nice value), so that the
    /// thread that shows things keeps the processor when both want it (a read that the GUI thread posts would
    /// otherwise often run first on the same processor while the GUI thread waits); the reads take the time
    /// left. Does nothing elsewhere.
    void lowerThreadPriority(int steps = 5);

    /// Sets a comment's label by hand (kept by every later scoring run): one short write.
    QFuture<Result<CommentLabel>> setManualLabel(qint64 commentId, sentiment::Label label);
    /// Drops a comment's hand-set label and scores its text (one short text) in `mode` now, in one transaction.
    /// Social mode reads it in `language` (the code stored with it, told when it was read with its account's
    /// language), or detects it when none is known; the language is written with the score.
    QFuture<Result<CommentLabel>> setAutomaticLabel(qint64 commentId, const QString &text, const QString &language,
                                                    sentiment::Mode mode);

private:
    class Worker;
    void post(std::function<void(Database *, const Error *)> job);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

template <typename T> QFuture<Result<T>> QueryService::run(std::function<Result<T>(Database &)> job)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    post([promise, job = std::move(job)](Database *database, const Error *openError) {
        promise->addResult(database ? job(*database) : Result<T>(*openError));
        promise->finish();
    });
    return future;
}

} // namespace reelpulse
