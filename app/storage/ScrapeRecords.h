#pragma once

#include "domain/TaskRef.h"
#include "domain/TaskTypes.h"
#include "platform/ScrapedTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace reelpulse {

// The vocabulary of ingestion: what a scrape hands to the store, and what the store gives back to
// the CLI, the GUI and the JSON shapes.

/// A task that is due, with the time it became due.
struct DueTask
{
    TaskRef ref;
    QDateTime due;
};

/// One post (or video) read for a task, with the comments fetched for it (replies may be nested).
struct ScrapedPost
{
    MediaItem item;
    QList<Comment> comments;
};

/// Everything one successful scrape of one task read. Written in one transaction.
struct ScrapeOutcome
{
    TaskRef task;
    QDateTime scrapedAt;
    std::optional<ProfileInfo> profile; ///< profile tasks only
    QList<ScrapedPost> posts;           ///< newest first
    /// Why comments could not be read although the rest was ("TikTok answered … with a web page"); empty
    /// when they were. Kept on the task as its last error (class comments_unavailable) until a scrape reads them.
    QString commentsUnavailable;
    /// When the task is due again; unset: scrapedAt + the task's interval.
    std::optional<QDateTime> nextDue;
};

/// What a write stored.
struct IngestSummary
{
    int postsProcessed = 0; ///< top-level items
    int itemsStored = 0;    ///< top-level items plus carousel children
    int newItems = 0;
    int commentsStored = 0; ///< comments and replies written (new or refreshed)
    int newComments = 0;
    int snapshots = 0; ///< item and profile snapshots appended
};

/// Metric values of one item at one time. Unknown values stay std::nullopt.
struct MetricsSnapshot
{
    QDateTime takenAt;
    std::optional<qint64> likes;
    std::optional<qint64> comments;
    std::optional<qint64> views;
    std::optional<qint64> plays;
    std::optional<qint64> shares;
    std::optional<qint64> saves;
};

/// A media item as stored, with its latest metrics and (for carousels) its children.
struct StoredItem
{
    qint64 rowId = 0;
    Platform platform = Platform::Instagram;
    QString platformId;
    QString shortcode;
    std::optional<qint64> parentRowId;
    std::optional<int> position;
    QString ownerId;
    QString ownerUsername;
    MediaKind kind = MediaKind::Unknown;
    QString productType;
    std::optional<QString> caption;
    QStringList hashtags;
    QStringList mentions;
    std::optional<QDateTime> takenAt;
    std::optional<int> width;
    std::optional<int> height;
    std::optional<double> durationSeconds;
    QString displayUrl;
    QString videoUrl;
    QDateTime firstSeen;
    QDateTime lastSeen;
    std::optional<MetricsSnapshot> latest;
    QList<StoredItem> children;
};

/// A stored comment with its sentiment (label empty while unscored).
struct StoredComment
{
    qint64 rowId = 0;
    qint64 itemRowId = 0;
    QString platformId;
    QString parentPlatformId;
    QString author;
    QString authorId;
    QString text;
    std::optional<QDateTime> createdAt;
    std::optional<qint64> likes;
    std::optional<qint64> replyCount;
    QDateTime firstSeen;
    QString sentimentLabel; ///< "positive", "negative", "neutral" or empty
    std::optional<double> sentimentCompound;
    bool sentimentManual = false;
    QString language; ///< the language it was read in ("en", "es", ..., "und", or another code); empty until scored
};

enum class CommentOrder { Newest, Oldest, MostLiked };

/// Stored sentiment labels of a set of comments.
struct SentimentCounts
{
    int positive = 0;
    int negative = 0;
    int neutral = 0;
    int unscored = 0;
    std::optional<double> averageCompound; ///< of the labelled comments that have a compound score
    int scored() const { return positive + negative + neutral; }
    int total() const { return scored() + unscored; }
};

/// A profile as read at one scrape.
struct ProfileSnapshot
{
    QDateTime takenAt;
    QString platformUserId;
    QString username;
    std::optional<QString> fullName;
    std::optional<QString> biography;
    std::optional<qint64> followers;
    std::optional<qint64> following;
    std::optional<qint64> posts;
    std::optional<qint64> likes; ///< TikTok hearts
    std::optional<bool> isVerified;
    std::optional<bool> isPrivate;
    std::optional<bool> isBusiness;
    std::optional<QString> category;
    std::optional<QString> externalUrl;
    std::optional<QString> profilePicUrl;
};

/// The latest scraped state of one post: what the JSON of reels and videos shows.
struct ScrapedSummary
{
    StoredItem post;
    QList<StoredComment> topComments; ///< most liked first
    SentimentCounts sentiment;
    int storedComments = 0;
};

/// The rate governor's persisted state for one identity (written by the network layer).
struct GovernorStatus
{
    QString identity;
    QString state;
    std::optional<QDateTime> resumesAt;
    int backoffLevel = 0;
    QString message;
};

} // namespace reelpulse
