#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace reelpulse {

/// A connected Instagram professional account (its token is in the keychain, never here).
struct PublishAccount
{
    qint64 id = 0;
    QString userId;
    QString username;
    QString name;
    QString accountType;
    QString profilePictureUrl;
    std::optional<qint64> followers;
    std::optional<qint64> follows;
    std::optional<qint64> mediaCount;
    std::optional<QDateTime> tokenExpiresAt;
    std::optional<QDateTime> tokenRefreshedAt;
    QDateTime connectedAt;
    QString status = QStringLiteral("active"); ///< "active" or "reconnect"
    QString statusReason;

    bool needsReconnect() const { return status == QLatin1String("reconnect"); }
};

enum class PostKind { Image, Carousel, Reel, Story };
QString postKindName(PostKind kind); ///< "image", "carousel", "reel", "story"
std::optional<PostKind> postKindFromName(const QString &name);

/// Where a post is. Creating → Processing → Publishing → Published is the publish flow; each state is stored
/// before the call that leaves it, so a run that stops anywhere resumes from what is known.
enum class PostState {
    Draft,      ///< not to be published yet
    Scheduled,  ///< to publish at scheduled_at (or now when it is empty)
    Creating,   ///< containers are being created (the children created so far are stored)
    Processing, ///< the container exists (container_id); waiting for FINISHED
    Publishing, ///< media_publish was sent at publish_sent_at: the outcome is known only from Instagram
    Published,
    Failed,
    Cancelled,
};
QString postStateName(PostState state);
std::optional<PostState> postStateFromName(const QString &name);

/// One image or video of a post: a public URL Instagram fetches.
struct PostMedia
{
    QString url;
    bool video = false;
    QString altText;
    bool hosted = false; ///< a local file uploaded to the user's media host (deleted there after publishing)
};

struct PostOptions
{
    QString coverUrl;          ///< reel cover
    bool shareToFeed = true;   ///< reel also in the feed
    qint64 thumbOffsetMs = -1; ///< reel thumbnail offset; -1: Instagram's choice
    QStringList collaborators;
    QString firstComment; ///< posted after publishing; its failure never fails the post
    QString fit;          ///< local feed images out of shape: "" or "none" (refuse), "crop", "pad"
};

struct PublishPost
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString accountUsername; ///< read with the post
    QString accountUserId;   ///< read with the post
    PostKind kind = PostKind::Image;
    QString caption;
    QList<PostMedia> items;
    PostOptions options;
    PostState state = PostState::Draft;
    std::optional<QDateTime> scheduledAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString containerId;
    QStringList childContainers; ///< carousel children by position, as far as created
    std::optional<QDateTime> publishSentAt;
    QString mediaId;
    QString permalink;
    std::optional<QDateTime> publishedAt;
    QString firstCommentId;
    QString lastError;
};

struct PublishAttempt
{
    qint64 postId = 0;
    QDateTime at;
    QString step;
    QString outcome;
    QString message;
};

/// Rows of publish_accounts, publish_posts, publish_children and publish_attempts. Every write is one statement
/// (its own transaction), so each step of a publish is on disk before the next request goes out.
class PublishStore final
{
public:
    explicit PublishStore(QSqlDatabase db);

    /// Inserts or (same user id) updates an account; returns its id. A reconnected account is active again.
    Result<qint64> upsertAccount(const PublishAccount &account);
    Result<QList<PublishAccount>> accounts();
    Result<std::optional<PublishAccount>> account(qint64 id);
    /// By username (with or without '@', any case) or user id.
    Result<std::optional<PublishAccount>> findAccount(const QString &usernameOrUserId);
    Status removeAccount(qint64 id);
    Status setAccountStatus(qint64 id, const QString &status, const QString &reason);
    Status setTokenExpiry(qint64 id, const std::optional<QDateTime> &expiresAt, const QDateTime &refreshedAt);

    Result<qint64> insertPost(const PublishPost &post);
    /// Caption, items, options, state and time of a draft or scheduled post.
    Status updatePost(const PublishPost &post);
    Result<std::optional<PublishPost>> post(qint64 id);
    /// Every post, by time (scheduled, else created); accountId 0: all accounts.
    Result<QList<PublishPost>> posts(qint64 accountId = 0);
    /// Posts whose time (scheduled, published or created) falls in [from, to).
    Result<QList<PublishPost>> postsBetween(const QDateTime &from, const QDateTime &to);
    /// Scheduled posts whose time has come, and posts a run left half-way (creating, processing, publishing).
    Result<QList<PublishPost>> duePosts(const QDateTime &now);

    Status setState(qint64 id, PostState state, const QString &lastError = {});
    Status recordChild(qint64 id, int position, const QString &containerId);
    Status recordContainer(qint64 id, const QString &containerId);
    Status markPublishSent(qint64 id, const QDateTime &at);
    Status markPublished(qint64 id, const QString &mediaId, const QDateTime &at);
    Status setPermalink(qint64 id, const QString &permalink);
    Status setFirstComment(qint64 id, const QString &commentId);
    /// A failed post goes back to Scheduled for now, without its containers (they may have expired).
    Status resetForRetry(qint64 id, const QDateTime &now);

    Status addAttempt(const PublishAttempt &attempt);
    Result<QList<PublishAttempt>> attempts(qint64 postId);

private:
    Result<QList<PublishPost>> selectPosts(const QString &where, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace reelpulse
