#include "services/PublishingService.h"

#include "auth/GraphTokenStore.h"
#include "auth/SecretStore.h"
#include "platform/Settings.h"
#include "publishing/GraphParsers.h"
#include "publishing/ImagePrep.h"
#include "publishing/MediaHost.h"
#include "publishing/OneShotHttp.h"
#include "publishing/PostRules.h"
#include "publishing/PublishingLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("reelpulse::PublishingService", text);
}

QByteArray form(const QList<QPair<QString, QString>> &params)
{
    QByteArray body;
    for (const auto &p : params) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
    }
    return body;
}

} // namespace

PublishingService::PublishingService(Database &db, QString dataDir, std::shared_ptr<SecretStore> secrets,
                                     PublishTiming timing)
    : m_db(db)
    , m_dataDir(std::move(dataDir))
    , m_tokens(std::make_unique<GraphTokenStore>(std::move(secrets)))
    , m_store(std::make_unique<PublishStore>(db.connection()))
    , m_timing(std::move(timing))
{
    const Settings settings(m_dataDir);
    m_timing.pollInitialMs = int(settings.value(u"publish.poll_ms"_s).toLongLong());
}

PublishingService::~PublishingService() = default;

Result<TokenAnswer> PublishingService::parseTokenFile(const QByteArray &content)
{
    const QByteArray trimmed = content.trimmed();
    if (trimmed.startsWith('{')) {
        const auto answer = graph::parseToken(QJsonDocument::fromJson(trimmed).object());
        if (!answer)
            return Error::invalid(u"token-file"_s, tr("The token file holds JSON without an \"access_token\"."));
        return *answer;
    }
    const QString token = QString::fromUtf8(trimmed);
    if (token.isEmpty() || token.contains(QChar(u' ')) || token.contains(u'\n'))
        return Error::invalid(u"token-file"_s, tr("The token file must hold one access token (or the JSON answer "
                                                  "with \"access_token\"), nothing else."));
    TokenAnswer answer;
    answer.accessToken = token;
    return answer;
}

Result<PublishAccount> PublishingService::addAccountWithToken(const QString &token, qint64 expiresIn)
{
    if (token.trimmed().isEmpty())
        return Error::invalid(u"token"_s, tr("The access token is empty."));
    GraphClient client(GraphConfig::fromSettings(m_dataDir), token.trimmed());
    const auto me = client.me();
    if (!me.ok()) {
        if (me.error.action == GraphAction::Reconnect)
            return Error::invalid(u"token"_s, tr("Instagram refused this token (expired, revoked or not a token of "
                                                 "the Instagram API with Instagram Login). Generate a new one."));
        return me.error.toError();
    }
    PublishAccount account;
    account.userId = me.value->userId;
    account.username = me.value->username;
    account.name = me.value->name;
    account.accountType = me.value->accountType;
    account.profilePictureUrl = me.value->profilePictureUrl;
    account.followers = me.value->followers;
    account.follows = me.value->follows;
    account.mediaCount = me.value->mediaCount;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    account.tokenExpiresAt = now.addSecs(expiresIn > 0 ? expiresIn : qint64(LongLivedTokenDays) * 86400);
    account.tokenRefreshedAt = now;
    account.connectedAt = now;
    // The token first: an account without its token would only say "Reconnect".
    if (auto s = m_tokens->saveToken(account.userId, token.trimmed()); !s.ok())
        return s.error();
    auto id = m_store->upsertAccount(account);
    if (!id.ok())
        return id.error();
    qCInfo(lcPublishing) << "connected account" << account.username;
    auto stored = m_store->account(id.value());
    if (!stored.ok())
        return stored.error();
    return stored.value().value_or(account);
}

Result<QList<PublishAccount>> PublishingService::accounts()
{
    return m_store->accounts();
}

Result<PublishAccount> PublishingService::account(const QString &usernameOrUserId)
{
    if (usernameOrUserId.trimmed().isEmpty()) {
        auto all = m_store->accounts();
        if (!all.ok())
            return all.error();
        if (all->size() == 1)
            return all->first();
        return Error::invalid(u"account"_s, all->isEmpty() ? tr("No account is connected yet: add one with "
                                                                "'reelpulse-cli accounts add --token-file FILE'.")
                                                           : tr("Several accounts are connected: name one with "
                                                                "--account USER."));
    }
    auto found = m_store->findAccount(usernameOrUserId);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::notFound(
            tr("No connected account \"%1\" (see 'reelpulse-cli accounts list').").arg(usernameOrUserId));
    return *found.value();
}

Result<PublishAccount> PublishingService::removeAccount(const QString &usernameOrUserId)
{
    auto found = account(usernameOrUserId);
    if (!found.ok())
        return found.error();
    if (auto s = m_tokens->removeToken(found->userId); !s.ok())
        return s.error();
    if (auto s = m_store->removeAccount(found->id); !s.ok())
        return s.error();
    return found.value();
}

Status PublishingService::markReconnect(qint64 accountId, const QString &reason)
{
    return m_store->setAccountStatus(accountId, u"reconnect"_s, reason);
}

void PublishingService::noteGraphError(qint64 accountId, const GraphError &error)
{
    if (error.action == GraphAction::Reconnect)
        (void)markReconnect(accountId, error.message);
}

Result<std::unique_ptr<GraphClient>> PublishingService::clientFor(const PublishAccount &account)
{
    auto token = m_tokens->token(account.userId);
    if (!token.ok())
        return token.error();
    if (!token.value()) {
        const QString reason = tr("The keychain holds no token for @%1: reconnect the account.").arg(account.username);
        (void)markReconnect(account.id, reason);
        return Error::other(reason);
    }
    return std::make_unique<GraphClient>(GraphConfig::fromSettings(m_dataDir), *token.value());
}

Result<int> PublishingService::refreshExpiringTokens(const QDateTime &now)
{
    auto all = m_store->accounts();
    if (!all.ok())
        return all.error();
    int refreshed = 0;
    for (const PublishAccount &account : all.value()) {
        if (account.needsReconnect() || !account.tokenExpiresAt)
            continue;
        if (*account.tokenExpiresAt > now.addDays(RefreshWithinDays))
            continue;
        // Instagram refreshes only tokens at least 24 hours old.
        if (account.tokenRefreshedAt && *account.tokenRefreshedAt > now.addDays(-1))
            continue;
        if (*account.tokenExpiresAt <= now) {
            (void)markReconnect(account.id,
                                tr("The token expired on %1.").arg(account.tokenExpiresAt->toString(Qt::ISODate)));
            continue;
        }
        auto client = clientFor(account);
        if (!client.ok())
            continue;
        const auto answer = client.value()->refreshToken();
        if (!answer.ok()) {
            noteGraphError(account.id, answer.error);
            qCWarning(lcPublishing) << "token refresh failed for" << account.username << answer.error.message;
            continue;
        }
        if (auto s = m_tokens->saveToken(account.userId, answer.value->accessToken); !s.ok())
            return s.error();
        const qint64 seconds =
            answer.value->expiresIn > 0 ? answer.value->expiresIn : qint64(LongLivedTokenDays) * 86400;
        if (auto s = m_store->setTokenExpiry(account.id, now.addSecs(seconds), now); !s.ok())
            return s.error();
        ++refreshed;
    }
    return refreshed;
}

Result<PublishAccount> PublishingService::connectWithCode(const QString &code, const QUrl &redirectUri)
{
    const Settings settings(m_dataDir);
    const QString broker = settings.value(u"publish.token_broker_url"_s).toString();
    const QList<QPair<QString, QString>> common{
        {u"grant_type"_s, u"authorization_code"_s}, {u"redirect_uri"_s, redirectUri.toString()}, {u"code"_s, code}};
    if (!broker.isEmpty()) {
        const auto answer = OneShotHttp::send("POST", QUrl(broker), form(common), 30'000);
        if (!answer.answered)
            return Error{ErrorKind::Network, {}, tr("The token broker did not answer: %1").arg(answer.failure)};
        const GraphError error = graph::parseError(answer.status, answer.body);
        if (error.isError())
            return error.toError();
        const auto token = graph::parseToken(QJsonDocument::fromJson(answer.body).object());
        if (!token)
            return Error::other(tr("The token broker's answer holds no access token."));
        return addAccountWithToken(token->accessToken, token->expiresIn);
    }
    const QString appId = settings.value(u"publish.app_id"_s).toString();
    auto secret = m_tokens->appSecret();
    if (!secret.ok())
        return secret.error();
    if (appId.isEmpty() || !secret.value())
        return Error::invalid(u"publish.app_id"_s,
                              tr("Set your Meta app's Instagram app id (publish.app_id) and its secret, or a token "
                                 "broker (publish.token_broker_url), or paste a token instead."));
    QUrl exchange(settings.value(u"publish.oauth_url"_s).toString());
    exchange.setPath(u"/oauth/access_token"_s);
    auto params = common;
    params.prepend({u"client_secret"_s, *secret.value()});
    params.prepend({u"client_id"_s, appId});
    const auto answer = OneShotHttp::send("POST", exchange, form(params), 30'000);
    if (!answer.answered)
        return Error{ErrorKind::Network, {}, tr("Instagram did not answer the code exchange: %1").arg(answer.failure)};
    const GraphError error = graph::parseError(answer.status, answer.body);
    if (error.isError())
        return error.toError();
    const auto shortLived = graph::parseToken(QJsonDocument::fromJson(answer.body).object());
    if (!shortLived)
        return Error::other(tr("Instagram's code exchange answer holds no access token."));
    GraphClient client(GraphConfig::fromSettings(m_dataDir), shortLived->accessToken);
    const auto longLived = client.exchangeForLongLived(*secret.value());
    if (!longLived.ok())
        return longLived.error.toError();
    return addAccountWithToken(longLived.value->accessToken, longLived.value->expiresIn);
}

Result<PublishPost> PublishingService::createPost(PublishPost post)
{
    if (auto valid = postrules::validate(post); !valid.ok())
        return valid.error();
    auto account = m_store->account(post.accountId);
    if (!account.ok())
        return account.error();
    if (!account.value())
        return Error::notFound(tr("The post's account is not connected."));
    if (post.state != PostState::Draft)
        post.state = PostState::Scheduled;
    // Local files go to the media host once the post is meant to go out (a draft keeps its files).
    if (post.state != PostState::Draft) {
        if (auto uploaded = uploadLocalMedia(post); !uploaded.ok())
            return uploaded.error();
    }
    post.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_store->insertPost(post);
    if (!id.ok())
        return id.error();
    return this->post(id.value());
}

Result<PublishPost> PublishingService::updatePost(PublishPost post)
{
    if (auto valid = postrules::validate(post); !valid.ok())
        return valid.error();
    if (post.state != PostState::Draft) {
        if (auto uploaded = uploadLocalMedia(post); !uploaded.ok())
            return uploaded.error();
    }
    if (auto s = m_store->updatePost(post); !s.ok())
        return s.error();
    return this->post(post.id);
}

Result<PublishPost> PublishingService::post(qint64 id)
{
    auto found = m_store->post(id);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return Error::notFound(tr("There is no post %1 (see 'reelpulse-cli posts list').").arg(id));
    return *found.value();
}

Result<QList<PublishPost>> PublishingService::posts()
{
    return m_store->posts();
}

Result<QList<PublishPost>> PublishingService::postsBetween(const QDateTime &from, const QDateTime &to)
{
    return m_store->postsBetween(from, to);
}

Result<PublishPost> PublishingService::cancelPost(qint64 id)
{
    auto found = post(id);
    if (!found.ok())
        return found.error();
    if (found->state != PostState::Draft && found->state != PostState::Scheduled && found->state != PostState::Failed)
        return Error::conflict(tr("Post %1 is %2: only drafts, scheduled and failed posts can be cancelled.")
                                   .arg(id)
                                   .arg(postStateName(found->state)));
    if (auto s = m_store->setState(id, PostState::Cancelled); !s.ok())
        return s.error();
    return post(id);
}

Result<PublishPost> PublishingService::retryPost(qint64 id)
{
    if (auto s = m_store->resetForRetry(id, QDateTime::currentDateTimeUtc()); !s.ok())
        return s.error();
    return post(id);
}

Result<QList<PublishAttempt>> PublishingService::attempts(qint64 postId)
{
    return m_store->attempts(postId);
}

PublishOutcome PublishingService::publish(qint64 postId)
{
    PublishOutcome outcome;
    auto found = post(postId);
    if (!found.ok()) {
        outcome.message = found.error().message;
        return outcome;
    }
    auto account = m_store->account(found->accountId);
    if (!account.ok() || !account.value()) {
        outcome.message = account.ok() ? tr("The post's account is not connected.") : account.error().message;
        return outcome;
    }
    auto client = clientFor(*account.value());
    if (!client.ok()) {
        outcome.state = found->state;
        outcome.message = client.error().message;
        return outcome;
    }
    // One process at a time per post (the app and a cron job may both find it due). A lock file, not a row: a
    // process killed while it holds the lock leaves a stale lock that the next run recognises and takes over.
    QDir(m_dataDir).mkpath(u"publish-locks"_s);
    QLockFile lock(QDir(m_dataDir).filePath(u"publish-locks/post-%1.lock"_s.arg(postId)));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        outcome.state = found->state;
        outcome.message = tr("Another ReelPulse process is publishing this post.");
        return outcome;
    }
    Publisher publisher(*m_store, *client.value(), m_timing);
    outcome = publisher.run(postId);
    noteGraphError(account.value()->id, outcome.error);
    // Instagram has copied the media once the post is published (every container was FINISHED before).
    if (outcome.published())
        removeHostedMedia(found.value());
    return outcome;
}

Result<QList<DueResult>> PublishingService::publishDue(const QDateTime &now, bool lateOk)
{
    auto due = m_store->duePosts(now);
    if (!due.ok())
        return due.error();
    QList<DueResult> results;
    for (const PublishPost &post : due.value()) {
        DueResult result;
        result.post = post;
        if (post.state == PostState::Scheduled && post.scheduledAt && !lateOk &&
            post.scheduledAt->secsTo(now) > LateLimitSeconds) {
            result.skipped = true;
            result.skipReason = tr("scheduled for %1 UTC, more than an hour ago: publish it with --late-ok, "
                                   "reschedule it, or cancel it")
                                    .arg(post.scheduledAt->toString(u"yyyy-MM-dd HH:mm"_s));
            results.append(result);
            continue;
        }
        auto account = m_store->account(post.accountId);
        if (account.ok() && account.value() && account.value()->needsReconnect() &&
            post.state == PostState::Scheduled) {
            result.skipped = true;
            result.skipReason = tr("the account @%1 must be reconnected").arg(post.accountUsername);
            results.append(result);
            continue;
        }
        result.outcome = publish(post.id);
        results.append(result);
    }
    return results;
}

Result<PostInsights> PublishingService::insights(const QString &postOrMediaId, const QString &accountName)
{
    PostInsights answer;
    PublishAccount account;
    bool isNumber = false;
    const qint64 asNumber = postOrMediaId.toLongLong(&isNumber);
    std::optional<PublishPost> local;
    if (isNumber) {
        // A local post id, or the media id of a post published from here.
        auto byId = m_store->post(asNumber);
        if (!byId.ok())
            return byId.error();
        if (byId.value() && !byId.value()->mediaId.isEmpty())
            local = byId.value();
        if (!local) {
            auto all = m_store->posts();
            if (!all.ok())
                return all.error();
            for (const PublishPost &p : all.value()) {
                if (p.mediaId == postOrMediaId)
                    local = p;
            }
        }
        if (byId.value() && !local && byId.value()->mediaId.isEmpty() && postOrMediaId.size() < 10)
            return Error::invalid(u"post"_s, tr("Post %1 is not published yet: it has no insights.").arg(asNumber));
    }
    if (local) {
        answer.postId = local->id;
        answer.mediaId = local->mediaId;
        auto a = m_store->account(local->accountId);
        if (!a.ok() || !a.value())
            return a.ok() ? Error::notFound(tr("The post's account is not connected.")) : a.error();
        account = *a.value();
    } else {
        answer.mediaId = postOrMediaId.trimmed();
        auto a = this->account(accountName);
        if (!a.ok())
            return a.error();
        account = a.value();
    }
    auto client = clientFor(account);
    if (!client.ok())
        return client.error();
    const auto reply = client.value()->insights(answer.mediaId);
    if (!reply.ok()) {
        noteGraphError(account.id, reply.error);
        return reply.error.toError();
    }
    answer.insights = *reply.value;
    return answer;
}

Result<GraphAccount> PublishingService::accountInfo(const QString &usernameOrUserId)
{
    auto found = account(usernameOrUserId);
    if (!found.ok())
        return found.error();
    auto client = clientFor(found.value());
    if (!client.ok())
        return client.error();
    const auto me = client.value()->me();
    if (!me.ok()) {
        noteGraphError(found->id, me.error);
        return me.error.toError();
    }
    return *me.value;
}

Result<GraphMediaPage> PublishingService::media(const QString &usernameOrUserId, int limit, const QString &after)
{
    auto found = account(usernameOrUserId);
    if (!found.ok())
        return found.error();
    auto client = clientFor(found.value());
    if (!client.ok())
        return client.error();
    const auto page = client.value()->media(limit, after);
    if (!page.ok()) {
        noteGraphError(found->id, page.error);
        return page.error.toError();
    }
    return *page.value;
}

Result<advice::PostingAdvice> PublishingService::postingAdvice(const QString &usernameOrUserId, const QTimeZone &zone,
                                                               int maxPosts)
{
    QList<GraphMedia> posts;
    QString after;
    do {
        auto page = media(usernameOrUserId, std::min(50, maxPosts - int(posts.size())), after);
        if (!page.ok())
            return page.error();
        posts += page->items;
        after = page->hasNext ? page->afterCursor : QString();
    } while (!after.isEmpty() && posts.size() < maxPosts);
    return advice::advise(posts, zone);
}

Result<MediaHost> PublishingService::mediaHost()
{
    const Settings settings(m_dataDir);
    MediaHost::Config config;
    config.kind =
        settings.value(u"media_host.kind"_s).toString() == u"s3"_s ? MediaHost::Kind::S3 : MediaHost::Kind::WebDav;
    config.putUrl = QUrl(settings.value(u"media_host.put_url"_s).toString());
    config.publicUrl = QUrl(settings.value(u"media_host.public_url"_s).toString());
    config.user = settings.value(u"media_host.user"_s).toString();
    config.s3Endpoint = QUrl(settings.value(u"media_host.s3_endpoint"_s).toString());
    config.bucket = settings.value(u"media_host.s3_bucket"_s).toString();
    config.region = settings.value(u"media_host.s3_region"_s).toString();
    config.pathStyle = settings.value(u"media_host.s3_path_style"_s).toBool();
    config.presignSeconds = int(settings.value(u"media_host.s3_presign_hours"_s).toLongLong() * 3600);
    if (!config.user.isEmpty()) {
        auto password = m_tokens->secrets().read(MediaHost::passwordKey());
        if (!password.ok())
            return password.error();
        config.password = password.value().value_or(QString());
    }
    return MediaHost(config);
}

Status PublishingService::uploadLocalMedia(PublishPost &post)
{
    const bool anyLocal = std::any_of(post.items.cbegin(), post.items.cend(),
                                      [](const PostMedia &m) { return m.url.startsWith(u"file:"_s); });
    if (!anyLocal)
        return Ok{};
    auto host = mediaHost();
    if (!host.ok())
        return host.error();
    if (auto configured = host.value().checkConfigured(); !configured.ok())
        return configured;
    // Images first made what Instagram takes (JPEG, at most 8 MiB, a feed shape), all of them before any upload.
    const bool feed = post.kind == PostKind::Image || post.kind == PostKind::Carousel;
    const auto fit = imageprep::fitFromName(post.options.fit).value_or(imageprep::Fit::None);
    const QString workDir = QDir(m_dataDir).filePath(u"publish-media"_s);
    QStringList files;
    for (const PostMedia &item : std::as_const(post.items)) {
        if (!item.url.startsWith(u"file:"_s)) {
            files.append(QString());
            continue;
        }
        const QString path = QUrl(item.url).toLocalFile();
        if (item.video) {
            files.append(path);
            continue;
        }
        auto prepared = imageprep::prepare(path, feed, fit, workDir);
        if (!prepared.ok())
            return prepared.error();
        files.append(prepared->path);
    }
    for (qsizetype i = 0; i < post.items.size(); ++i) {
        if (files.at(i).isEmpty())
            continue;
        auto uploaded = host.value().upload(files.at(i));
        if (files.at(i).startsWith(workDir))
            QFile::remove(files.at(i)); // a converted copy: the host has it now
        if (!uploaded.ok())
            return uploaded.error();
        post.items[i].url = uploaded->toString(QUrl::FullyEncoded);
        post.items[i].hosted = true;
    }
    return Ok{};
}

void PublishingService::removeHostedMedia(const PublishPost &post)
{
    const bool anyHosted =
        std::any_of(post.items.cbegin(), post.items.cend(), [](const PostMedia &m) { return m.hosted; });
    if (!anyHosted || !Settings(m_dataDir).value(u"media_host.delete_after_publish"_s).toBool())
        return;
    auto host = mediaHost();
    if (!host.ok())
        return;
    for (const PostMedia &item : post.items) {
        if (!item.hosted)
            continue;
        // The post is out: a file left behind is only clutter on the user's host, never a reason to fail it.
        if (auto removed = host.value().remove(QUrl(item.url)); !removed.ok())
            qCWarning(lcPublishing) << "post" << post.id
                                    << "published; its media file stays on the host:" << removed.error().message;
    }
}

Status PublishingService::testMediaHost()
{
    auto host = mediaHost();
    if (!host.ok())
        return host.error();
    if (!host.value().isConfigured())
        return host.value().kind() == MediaHost::Kind::S3
                   ? Error::invalid(u"media_host.s3_bucket"_s,
                                    tr("Set media_host.s3_endpoint, media_host.s3_bucket and media_host.user (the "
                                       "access key) first."))
                   : Error::invalid(u"media_host.put_url"_s,
                                    tr("Set media_host.put_url and media_host.public_url first."));
    return host.value().test();
}

Status PublishingService::saveAppSecret(const QString &secret)
{
    if (secret.isEmpty())
        return Error::invalid(u"secret"_s, tr("The app secret is empty."));
    return m_tokens->saveAppSecret(secret);
}

Status PublishingService::saveMediaHostPassword(const QString &password)
{
    return m_tokens->secrets().write(MediaHost::passwordKey(), password);
}

} // namespace reelpulse
