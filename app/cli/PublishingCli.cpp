#include "cli/PublishingCli.h"

#include "auth/KeychainSecretStore.h"
#include "cli/CliContext.h"
#include "domain/TimeFormat.h"
#include "platform/DataDir.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::cli {

Result<std::unique_ptr<PublishingService>> publishingService(CliContext &ctx)
{
    auto db = ctx.database();
    if (!db.ok())
        return db.error();
    return std::make_unique<PublishingService>(*db.value(), resolveDataDir(ctx.dataDir),
                                               std::make_shared<KeychainSecretStore>(u"ReelPulse"_s));
}

namespace json {

namespace {

QJsonValue countOrNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(double(*value)) : QJsonValue();
}

} // namespace

QJsonObject publishAccount(const PublishAccount &a)
{
    return {
        {u"id"_s, double(a.id)},
        {u"platform"_s, u"instagram"_s},
        {u"account_name"_s, a.username},
        {u"is_active"_s, !a.needsReconnect()},
        {u"platform_user_id"_s, a.userId},
        {u"profile_picture_url"_s, a.profilePictureUrl.isEmpty() ? QJsonValue() : QJsonValue(a.profilePictureUrl)},
        {u"account_type"_s, a.accountType.toLower()},
        {u"followers_count"_s, countOrNull(a.followers)},
        {u"following_count"_s, countOrNull(a.follows)},
        {u"token_expires_at"_s, isoUtcOrNull(a.tokenExpiresAt)},
        {u"created_at"_s, isoUtc(a.connectedAt)},
    };
}

QString mediaType(PostKind kind)
{
    switch (kind) {
    case PostKind::Image:
        return u"IMAGE"_s;
    case PostKind::Carousel:
        return u"CAROUSEL"_s;
    case PostKind::Reel:
        return u"REELS"_s;
    case PostKind::Story:
        return u"STORIES"_s;
    }
    return u"IMAGE"_s;
}

QJsonObject queueEntry(const PublishPost &p)
{
    QJsonArray items;
    for (const PostMedia &m : p.items) {
        QJsonObject item{{u"url"_s, m.url}, {u"type"_s, m.video ? u"video"_s : u"image"_s}};
        if (!m.altText.isEmpty())
            item.insert(u"alt_text"_s, m.altText);
        if (m.hosted)
            item.insert(u"hosted"_s, true); // uploaded to the user's media host
        items.append(item);
    }
    return {
        {u"db_id"_s, double(p.id)},
        {u"account_name"_s, p.accountUsername},
        {u"kind"_s, postKindName(p.kind)},
        {u"media_type"_s, mediaType(p.kind)},
        {u"status"_s, postStateName(p.state)},
        {u"caption"_s, p.caption},
        {u"items"_s, items},
        {u"scheduled_at"_s, isoUtcOrNull(p.scheduledAt)},
        {u"created_at"_s, isoUtc(p.createdAt)},
        {u"post_id"_s, p.mediaId.isEmpty() ? QJsonValue() : QJsonValue(p.mediaId)},
        {u"permalink"_s, p.permalink.isEmpty() ? QJsonValue() : QJsonValue(p.permalink)},
        {u"published_at"_s, isoUtcOrNull(p.publishedAt)},
        {u"error"_s, p.lastError.isEmpty() ? QJsonValue() : QJsonValue(p.lastError)},
    };
}

} // namespace json

} // namespace reelpulse::cli
