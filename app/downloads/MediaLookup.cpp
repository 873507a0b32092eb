#include "downloads/MediaLookup.h"

#include "domain/Identifiers.h"
#include "downloads/MediaVersions.h"
#include "instagram/MediaParser.h"
#include "instagram/ProfileParser.h"
#include "instagram/ResponseClassifier.h"
#include "instagram/TimelineParser.h"
#include "net/SessionScope.h"
#include "platform/EndpointProfile.h"
#include "platform/ParserValues.h"
#include "tiktok/ResponseClassifier.h"
#include "tiktok/UniversalDataParser.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse::downloads {

namespace {

EndpointProfile withBase(EndpointProfile profile, const QString &baseUrl)
{
    if (!baseUrl.trimmed().isEmpty())
        profile.setConfiguredBaseUrl(baseUrl);
    return profile;
}

ScrapeFailure unreadable()
{
    return {FailureClass::Malformed,
            QCoreApplication::translate("reelpulse::downloads::MediaLookup", "The answer could not be read."), 0,
            std::nullopt};
}

} // namespace

MediaLookup::MediaLookup(std::shared_ptr<RateGovernor> governor, const Options &options)
    : m_instagram(std::make_unique<StrategyRunner>(
          withBase(EndpointProfile::load(Platform::Instagram, options.dataDir), options.instagramUrl), governor,
          options.fetcher))
    , m_tiktok(std::make_unique<StrategyRunner>(
          withBase(EndpointProfile::load(Platform::TikTok, options.dataDir), options.tiktokUrl), governor,
          options.fetcher))
{
}

MediaLookup::~MediaLookup() = default;

void MediaLookup::abort()
{
    m_instagram->abort();
    m_tiktok->abort();
}

Fetched<LookedUpPost> MediaLookup::instagramPost(const QString &shortcode)
{
    StrategyRunner::Context ctx;
    ctx.vars = {{u"shortcode"_s, shortcode}};
    if (const auto mediaId = shortcodeToMediaId(shortcode); mediaId.ok())
        ctx.vars.insert(u"media_id"_s, QString::number(mediaId.value()));
    std::optional<LookedUpPost> value;
    const auto failure = m_instagram->run(
        u"post"_s, ctx,
        [](const EndpointStrategy &strategy, const HttpAnswer &answer) {
            return instagram::classifyResponse(answer, strategy.expectsHtml ? Expect::Html : Expect::Json);
        },
        [&](const EndpointStrategy &, const QByteArray &body) -> std::optional<ScrapeFailure> {
            Result<QJsonObject> root = parse::parseObject(body);
            if (!root.ok())
                return failureFromParseError(root.error());
            Result<MediaItem> item = instagram::parsePost(root.value());
            if (!item.ok())
                return failureFromParseError(item.error());
            LookedUpPost post{std::move(item).value(), collectPostMedia(root.value())};
            if (post.item.shortcode.isEmpty())
                post.item.shortcode = shortcode;
            if (post.media.media.isEmpty())
                return unreadable();
            value = std::move(post);
            return std::nullopt;
        });
    if (failure)
        return *failure;
    if (!value)
        return unreadable();
    return std::move(*value);
}

Fetched<LookedUpPost> MediaLookup::tiktokVideo(const QString &videoId, const QString &username)
{
    StrategyRunner::Context ctx;
    QString user = username.trimmed();
    if (user.startsWith(u'@'))
        user.remove(0, 1);
    ctx.vars = {{u"video_id"_s, videoId.trimmed()}, {u"username"_s, user.isEmpty() ? u"user"_s : user}};
    std::optional<LookedUpPost> value;
    const auto failure = m_tiktok->run(
        u"video"_s, ctx,
        [](const EndpointStrategy &, const HttpAnswer &answer) { return tiktok::classifyVideoPage(answer); },
        [&](const EndpointStrategy &, const QByteArray &body) -> std::optional<ScrapeFailure> {
            Result<QJsonObject> data = tiktok::extractUniversalData(body);
            if (!data.ok())
                return failureFromParseError(data.error());
            Result<MediaItem> item = tiktok::parseVideoDetail(data.value());
            if (!item.ok())
                return failureFromParseError(item.error());
            const QJsonObject itemStruct = parse::objectAt(tiktok::videoDetail(data.value()), u"itemInfo.itemStruct");
            LookedUpPost post{std::move(item).value(), collectTikTokMedia(itemStruct)};
            if (post.media.media.isEmpty() || post.media.media.first().videos.isEmpty())
                return unreadable();
            value = std::move(post);
            return std::nullopt;
        });
    if (failure)
        return *failure;
    if (!value)
        return unreadable();
    return std::move(*value);
}

Fetched<QList<LookedUpPost>> MediaLookup::instagramStories(const QString &username,
                                                           const std::optional<InstagramSession> &session,
                                                           const QStringList &sessionHosts)
{
    StrategyRunner::Context ctx;
    ctx.vars = {{u"username"_s, username.trimmed().toLower()}};
    ctx.sessionRequiredMessage = QCoreApplication::translate(
        "reelpulse::downloads::MediaLookup",
        "Sign in to Instagram to read stories: Instagram shows stories only to signed-in accounts.");
    if (session && session->isValid()) {
        const SessionScope scope = SessionScope::instagram(sessionHosts);
        if (scope.refusal(QUrl(m_instagram->profile().baseUrl())).isEmpty()) {
            ctx.haveSession = true;
            ctx.sessionKey = session->identityKey();
            ctx.cookieHeader = session->cookieHeader();
            ctx.sessionScope = scope;
            if (!session->csrfToken.isEmpty())
                ctx.vars.insert(u"csrftoken"_s, session->csrfToken);
        }
    }
    if (!ctx.haveSession)
        return ScrapeFailure{FailureClass::LoginWall, ctx.sessionRequiredMessage, 0, std::nullopt};
    const auto classify = [](const EndpointStrategy &strategy, const HttpAnswer &answer) {
        return instagram::classifyResponse(answer, strategy.expectsHtml ? Expect::Html : Expect::Json);
    };

    // The user id the reels tray is asked by.
    std::optional<ProfileInfo> profile;
    auto failure =
        m_instagram->run(u"profile"_s, ctx, classify, [&](const EndpointStrategy &strategy, const QByteArray &body) {
            Result<ProfileInfo> read = strategy.parser == u"instagram.profile_html"_s
                                           ? instagram::parseProfileHtml(body)
                                           : instagram::parseProfile(body);
            if (!read.ok())
                return std::optional<ScrapeFailure>(failureFromParseError(read.error()));
            profile = std::move(read).value();
            return std::optional<ScrapeFailure>();
        });
    if (failure)
        return *failure;
    if (!profile || profile->id.isEmpty())
        return unreadable();

    ctx.vars.insert(u"user_id"_s, profile->id);
    std::optional<QList<LookedUpPost>> value;
    failure = m_instagram->run(u"stories"_s, ctx, classify,
                               [&](const EndpointStrategy &, const QByteArray &body) -> std::optional<ScrapeFailure> {
                                   Result<QJsonObject> root = parse::parseObject(body);
                                   if (!root.ok())
                                       return failureFromParseError(root.error());
                                   Result<QList<MediaItem>> items = instagram::parseStories(root.value());
                                   if (!items.ok())
                                       return failureFromParseError(items.error());
                                   // The item objects in the order parseStories reads them: reels_media[].items[], or
                                   // reels{id}.items[].
                                   QList<QJsonObject> nodes;
                                   auto take = [&nodes](const QJsonValue &list) {
                                       for (const QJsonValue &item : list.toArray()) {
                                           if (item.isObject())
                                               nodes.append(item.toObject());
                                       }
                                   };
                                   if (root->value(u"reels_media"_s).isArray()) {
                                       for (const QJsonValue &reel : root->value(u"reels_media"_s).toArray())
                                           take(reel.toObject().value(u"items"_s));
                                   } else if (root->value(u"reels"_s).isObject()) {
                                       const QJsonObject byId = root->value(u"reels"_s).toObject();
                                       for (auto it = byId.constBegin(); it != byId.constEnd(); ++it)
                                           take(it.value().toObject().value(u"items"_s));
                                   } else {
                                       take(root->value(u"items"_s));
                                   }
                                   if (nodes.size() != items->size())
                                       return unreadable();
                                   QList<LookedUpPost> stories;
                                   for (qsizetype i = 0; i < nodes.size(); ++i) {
                                       LookedUpPost story{items->at(i), collectNodeMedia(nodes.at(i))};
                                       if (story.item.ownerUsername.isEmpty())
                                           story.item.ownerUsername =
                                               profile->username.isEmpty() ? username : profile->username;
                                       if (story.item.shortcode.isEmpty())
                                           story.item.shortcode = story.item.id.section(u'_', 0, 0); // "pk_userid" → pk
                                       if (!story.media.media.isEmpty() && !story.item.id.isEmpty())
                                           stories.append(std::move(story));
                                   }
                                   value = std::move(stories);
                                   return std::nullopt;
                               });
    if (failure)
        return *failure;
    if (!value)
        return unreadable();
    return std::move(*value);
}

} // namespace reelpulse::downloads
