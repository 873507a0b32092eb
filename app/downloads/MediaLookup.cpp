#include "downloads/MediaLookup.h"

#include "domain/Identifiers.h"
#include "downloads/MediaVersions.h"
#include "instagram/MediaParser.h"
#include "instagram/ResponseClassifier.h"
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

} // namespace reelpulse::downloads
