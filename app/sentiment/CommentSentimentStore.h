#pragma once

#include "domain/Result.h"
#include "sentiment/SentimentSummary.h"
#include "sentiment/SentimentTypes.h"
#include "storage/ScrapeRecords.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace reelpulse::sentiment {

// A comment that needs (re-)scoring, or (manual label) only its language read.
struct PendingComment
{
    qint64 id = 0;
    QString text;
    qint64 itemId = 0;
    bool manual = false; // a user's label: only the language is written
};

// What the engine made of a comment: written back by writeScores().
struct ScoredComment
{
    qint64 id = 0;
    SentimentScore score;
    QString language; // "en", "es", ..., "und", or another language's code
};

// The comments of one language (summaries by language, a task's language mix).
struct LanguageSummary
{
    QString language;   // as stored; empty: comments not read yet (unscored)
    int comments = 0;   // every comment, scored or not
    double share = 0.0; // percent of all the comments, one decimal; the shares sum to exactly 100.0
    SentimentSummary summary;
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

    // Comments to score with `engineVersion`: never scored, scored by another engine or mode, edited since, or
    // without a language. A manual label is pending only while its comment has no language (only that is
    // written). With `all`, every non-manual comment is pending.
    Result<int> pendingCount(const QString &engineVersion, bool all = false);
    // Up to `limit` pending comments with id > afterId, in id order.
    Result<QList<PendingComment>> pending(const QString &engineVersion, qint64 afterId, int limit, bool all = false);
    // Writes label, compound and engine version; rows with a manual label are left alone.
    Status writeScores(const QList<qint64> &ids, const QList<SentimentScore> &scores, const QString &engineVersion);
    // The same with each comment's language; a row with a manual label gets only its language.
    Status writeScores(const QList<ScoredComment> &comments, const QString &engineVersion);

    // The account each item belongs to (platform and owner; an item without an owner is its own account), for the
    // language prior: the scorer reads a short comment in its account's dominant language.
    Result<QHash<qint64, QString>> itemAccounts(const QList<qint64> &itemIds);
    // How many of an account's stored comments were read in each language (from the kept counts).
    Result<QHash<QString, int>> accountLanguageCounts(const QString &account);
    // Up to `limit` of the account's own captions, newest first (their language tells the account's).
    Result<QStringList> accountCaptions(const QString &account, int limit = 20);

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

    // Comments by language, most comments first, from the kept counts (their cost follows items, days and
    // languages, not comments): a task's summary by language and its language mix (comments / total).
    Result<QList<LanguageSummary>> taskLanguages(const TaskRef &task);
    Result<QList<LanguageSummary>> itemLanguages(qint64 itemRowId);

    // The task's top-level posts, newest first.
    Result<QList<SummaryItem>> taskItems(const TaskRef &task);

    // A task id (or unique prefix of 4+ characters) of any kind: profile, reel or video.
    Result<TaskRef> resolveTask(const QString &idOrPrefix);

private:
    Result<QList<SentimentSample>> samples(const QString &where, const QVariantList &binds, int *unscored);
    /// The summed counts of `table` (comment_sentiment_daily, or task_sentiment_daily) where `where` holds.
    Result<SentimentCounts> countsWhere(const QString &where, const QVariantList &binds,
                                        const QString &table = QStringLiteral("comment_sentiment_daily"));
    Result<QList<LanguageSummary>> languagesWhere(const QString &where, const QVariantList &binds);

    QSqlDatabase m_db;
};

} // namespace reelpulse::sentiment
