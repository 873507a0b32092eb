#pragma once

#include "domain/Result.h"
#include "publishing/GraphClient.h"
#include "publishing/MediaHost.h"
#include "publishing/PostingAdvice.h"
#include "publishing/Publisher.h"
#include "storage/PublishStore.h"

#include <QDateTime>
#include <memory>

namespace reelpulse {

class Database;
class SecretStore;
class GraphTokenStore;

/// A post's insights with the post they belong to.
struct PostInsights
{
    QString mediaId;
    qint64 postId = 0; ///< 0 when the media was not published from here
    MediaInsights insights;
};

/// What `publish --due` (and the app's scheduler) did with one post.
struct DueResult
{
    PublishPost post;
    bool skipped = false; ///< not attempted (too late, account to reconnect, taken by another process)
    QString skipReason;
    PublishOutcome outcome;
};

/// Publishing to Instagram professional accounts, as both fronts use it: accounts (tokens in the keychain only),
/// posts (validated, stored, scheduled), the publish flow that never posts twice, token refresh and insights.
/// Blocking (network and keychain): call it from a worker thread in the app, or the CLI's main thread.
class PublishingService final
{
public:
    /// secrets: the keychain (KeychainSecretStore) or, in tests, an InMemorySecretStore.
    PublishingService(Database &db, QString dataDir, std::shared_ptr<SecretStore> secrets, PublishTiming timing = {});
    ~PublishingService();
    Q_DISABLE_COPY_MOVE(PublishingService)

    /// Refresh a token when fewer than this many days remain.
    static constexpr int RefreshWithinDays = 15;
    /// `publish --due` skips a post this late unless told otherwise.
    static constexpr int LateLimitSeconds = 3600;
    /// Long-lived tokens last 60 days.
    static constexpr int LongLivedTokenDays = 60;

    // Accounts
    /// Reads /me with the token, stores the account and the token (keychain). expiresIn: seconds, 0: 60 days.
    Result<PublishAccount> addAccountWithToken(const QString &token, qint64 expiresIn = 0);
    /// A token file's text: the token alone, or a JSON answer {"access_token", "expires_in"}.
    static Result<TokenAnswer> parseTokenFile(const QByteArray &content);
    Result<QList<PublishAccount>> accounts();
    Result<PublishAccount> account(const QString &usernameOrUserId);
    /// Deletes the token from the keychain, then the account and its posts.
    Result<PublishAccount> removeAccount(const QString &usernameOrUserId);
    Status markReconnect(qint64 accountId, const QString &reason);
    /// Refreshes every active account's token that expires within RefreshWithinDays (and is at least a day old).
    /// Returns how many were refreshed; a rejected token (190) marks its account "Reconnect".
    Result<int> refreshExpiringTokens(const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// The authorization code of a browser sign-in → a long-lived token → a connected account. Uses the token
    /// broker when one is set (publish.token_broker_url), else the app id and the secret in the keychain.
    Result<PublishAccount> connectWithCode(const QString &code, const QUrl &redirectUri);

    // Posts
    /// Validates and stores a post (draft, or scheduled at post.scheduledAt, or now when empty).
    Result<PublishPost> createPost(PublishPost post);
    Result<PublishPost> updatePost(PublishPost post);
    Result<PublishPost> post(qint64 id);
    Result<QList<PublishPost>> posts();
    Result<QList<PublishPost>> postsBetween(const QDateTime &from, const QDateTime &to);
    Result<PublishPost> cancelPost(qint64 id);
    Result<PublishPost> retryPost(qint64 id);
    Result<QList<PublishAttempt>> attempts(qint64 postId);

    /// Runs the publish flow of one post now.
    PublishOutcome publish(qint64 postId);
    /// Every due post once (scheduled whose time came, and those a run left half-way); later than an hour is
    /// skipped unless lateOk.
    Result<QList<DueResult>> publishDue(const QDateTime &now, bool lateOk);

    // Reads
    /// A post's (by local id) or a media's insights. account: which account's token reads a foreign media id
    /// (empty: the only account).
    Result<PostInsights> insights(const QString &postOrMediaId, const QString &account = {});
    Result<GraphAccount> accountInfo(const QString &usernameOrUserId);
    Result<GraphMediaPage> media(const QString &usernameOrUserId, int limit, const QString &after);
    /// Best times to post and the hashtags that did best, from the account's own recent posts (up to maxPosts,
    /// read from Instagram), in the given zone.
    Result<advice::PostingAdvice> postingAdvice(const QString &usernameOrUserId, const QTimeZone &zone,
                                                int maxPosts = 100);

    // The media host (local files are uploaded there first: Instagram fetches media by public URL)
    /// Uploads a small file, reads it back by its public URL, deletes it.
    Status testMediaHost();
    Status saveMediaHostPassword(const QString &password);
    /// The secret of the user's own Meta app (browser sign-in without a token broker), in the keychain.
    Status saveAppSecret(const QString &secret);

    PublishStore &store() { return *m_store; }

private:
    Result<std::unique_ptr<GraphClient>> clientFor(const PublishAccount &account);
    void noteGraphError(qint64 accountId, const GraphError &error);
    Result<MediaHost> mediaHost();
    /// Uploads the items that are local files (file: URLs) to the media host, images made publishable first
    /// (imageprep: JPEG, 8 MiB, the feed's shapes per post.options.fit); each then carries its public URL
    /// and is marked hosted (deleted from the host once the post is published, if media_host.delete_after_publish).
    Status uploadLocalMedia(PublishPost &post);
    /// Deletes the post's uploaded files from the media host when the settings say so.
    void removeHostedMedia(const PublishPost &post);

    Database &m_db;
    QString m_dataDir;
    std::unique_ptr<GraphTokenStore> m_tokens;
    std::unique_ptr<PublishStore> m_store;
    PublishTiming m_timing;
};

} // namespace reelpulse
