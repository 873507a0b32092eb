#pragma once

#include "domain/Result.h"
#include "sentiment/SentimentSummary.h"
#include "sentiment/SentimentTypes.h"
#include "storage/ScrapeRecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace reelpulse::sentiment {

// A comment that needs (re-)scoring.
struct PendingComment
{
    qint64 id = 0;
    QString text;
};

// A top-level post or video of a task, for per-post summaries.
struct SummaryItem
{
    qint64 rowId = 0;
    QString platformId;
    QString shortcode;
};

// Sentiment in the store's comments table: the scores the engine writes, the labels a user sets by hand, and the
// summaries read back. Works on the calling thread's connection (see Database); does not open transactions itself
// except setManualLabel.
class CommentSentimentStore final
{
public:
    explicit CommentSentimentStore(QSqlDatabase db);

    // Comments to score with `engineVersion`: never scored, scored by another engine or mode, or edited since.
    // Manual labels are never pending. With `all`, every non-manual comment is pending.
    Result<int> pendingCount(const QString &engineVersion, bool all = false);
    // Up to `limit` pending comments with id > afterId, in id order.
    Result<QList<PendingComment>> pending(const QString &engineVersion, qint64 afterId, int limit, bool all = false);
    // Writes label, compound and engine version; rows with a manual label are left alone.
    Status writeScores(const QList<qint64> &ids, const QList<SentimentScore> &scores, const QString &engineVersion);

    // A user's label: kept, shown as manual, used in summaries, never overwritten by re-scoring.
    Status setManualLabel(qint64 commentId, Label label);
    // Back to the engine's label (re-scored by the next scoring run).
    Status clearManualLabel(qint64 commentId);

    // Scored and manually labelled comments, as summary samples (created_at, else first seen). `unscored`, when
    // given, receives how many comments have no label yet (they are left out of the summaries).
    Result<QList<SentimentSample>> itemSamples(qint64 itemRowId, int *unscored = nullptr);
    Result<QList<SentimentSample>> taskSamples(const TaskRef &task, int *unscored = nullptr);
    // Summaries read the per-item, per-day counts the store keeps at write time (comment_sentiment_daily), never
    // the comments themselves: their cost follows the number of items and days, not of comments.
    Result<SentimentCounts> itemCounts(qint64 itemRowId);
    Result<SentimentCounts> taskCounts(const TaskRef &task);
    Result<SentimentSummary> itemSummary(qint64 itemRowId);
    Result<SentimentSummary> taskSummary(const TaskRef &task);
    Result<QList<SentimentBucketSummary>> taskBuckets(const TaskRef &task, SummaryBucket bucket);

    // The task's top-level posts, newest first.
    Result<QList<SummaryItem>> taskItems(const TaskRef &task);

    // A task id (or unique prefix of 4+ characters) of any kind: profile, reel or video.
    Result<TaskRef> resolveTask(const QString &idOrPrefix);

private:
    Result<QList<SentimentSample>> samples(const QString &where, const QVariantList &binds, int *unscored);
    Result<SentimentCounts> countsWhere(const QString &where, const QVariantList &binds);

    QSqlDatabase m_db;
};

} // namespace reelpulse::sentiment
