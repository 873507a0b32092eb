#include "tiktok/TikTokClient.h"

#include "net/RateGovernor.h"
#include "tiktok/CommentListParser.h"
#include "tiktok/ResponseClassifier.h"
#include "tiktok/UniversalDataParser.h"
#include "tiktok/UserDetailParser.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace reelpulse {

namespace {

ScrapeFailure unknownParser(const EndpointStrategy &strategy)
{
    return {FailureClass::EndpointBroken,
            QCoreApplication::translate("reelpulse::TikTokClient",
                                        "The endpoint profile names a reader ReelPulse does not have (%1 in %2).")
                .arg(strategy.parser, strategy.name),
            0, std::nullopt};
}

/// Runs an operation whose strategies all use one reader: `classify` judges each answer, `parse` reads it.
template <typename T, typename Classify, typename Parse>
Fetched<T> runWithReader(StrategyRunner &runner, const QString &operation, const StrategyRunner::Context &ctx,
                         const QString &reader, Classify classify, Parse parse, const char *unreadable)
{
    std::optional<T> value;
    const auto failure = runner.run(
        operation, ctx,
        [&](const EndpointStrategy &strategy, const HttpAnswer &answer) -> std::optional<ScrapeFailure> {
            if (strategy.parser == reader)
                return classify(answer);
            return unknownParser(strategy);
        },
        [&](const EndpointStrategy &, const QByteArray &body) -> std::optional<ScrapeFailure> {
            auto parsed = parse(body);
            if (!parsed.ok())
                return failureFromParseError(parsed.error());
            value = std::move(parsed).value();
            return std::nullopt;
        });
    if (failure)
        return *failure;
    if (!value)
        return ScrapeFailure{FailureClass::Malformed,
                             QCoreApplication::translate("reelpulse::TikTokClient", unreadable), 0, std::nullopt};
    return std::move(*value);
}

QString cleanUsername(const QString &username)
{
    QString name = username.trimmed();
    if (name.startsWith(u'@'))
        name.remove(0, 1);
    return name;
}

} // namespace

TikTokClient::TikTokClient(std::shared_ptr<RateGovernor> governor, Options options)
    : TikTokClient(EndpointProfile::load(Platform::TikTok, options.dataDir), std::move(governor), Options(options))
{
}

namespace {

EndpointProfile withBaseUrl(EndpointProfile profile, const QString &baseUrl)
{
    if (!baseUrl.trimmed().isEmpty())
        profile.setConfiguredBaseUrl(baseUrl);
    return profile;
}

} // namespace

TikTokClient::TikTokClient(EndpointProfile profile, std::shared_ptr<RateGovernor> governor, Options options)
    : m_options(std::move(options))
    , m_runner(withBaseUrl(std::move(profile), m_options.baseUrl), std::move(governor), m_options.fetcher)
{
}

TikTokClient::~TikTokClient() = default;

void TikTokClient::abort()
{
    m_runner.abort();
}

QString TikTokClient::identity() const
{
    return m_runner.identity({});
}

Fetched<MediaItem> TikTokClient::video(const QString &videoId, const QString &username)
{
    StrategyRunner::Context ctx;
    ctx.vars = {{u"video_id"_s, videoId.trimmed()}, {u"username"_s, cleanUsername(username)}};
    auto video = runWithReader<MediaItem>(
        m_runner, u"video"_s, ctx, u"tiktok.video_page"_s,
        [](const HttpAnswer &answer) { return tiktok::classifyVideoPage(answer); },
        [](const QByteArray &body) { return tiktok::parseVideoPage(body); },
        QT_TRANSLATE_NOOP("reelpulse::TikTokClient", "The video page could not be read."));
    if (video.ok() && !video->ownerUsername.isEmpty())
        m_authors.insert(video->id, video->ownerUsername);
    return video;
}

Fetched<CommentPage> TikTokClient::comments(const QString &videoId, const QString &cursor)
{
    StrategyRunner::Context ctx;
    const QString id = videoId.trimmed();
    ctx.vars = {{u"video_id"_s, id}, {u"cursor"_s, cursor.isEmpty() ? u"0"_s : cursor}};
    if (const QString author = m_authors.value(id); !author.isEmpty())
        ctx.vars.insert(u"username"_s, author);
    return runWithReader<CommentPage>(
        m_runner, u"comments"_s, ctx, u"tiktok.comments"_s,
        [](const HttpAnswer &answer) { return tiktok::classifyCommentList(answer); },
        [](const QByteArray &body) { return tiktok::parseCommentList(body); },
        QT_TRANSLATE_NOOP("reelpulse::TikTokClient", "The comment list could not be read."));
}

Fetched<ProfileInfo> TikTokClient::account(const QString &username)
{
    StrategyRunner::Context ctx;
    ctx.vars = {{u"username"_s, cleanUsername(username)}};
    return runWithReader<ProfileInfo>(
        m_runner, u"account"_s, ctx, u"tiktok.account_page"_s,
        [](const HttpAnswer &answer) { return tiktok::classifyAccountPage(answer); },
        [](const QByteArray &body) { return tiktok::parseAccountPage(body); },
        QT_TRANSLATE_NOOP("reelpulse::TikTokClient", "The account page could not be read."));
}

Fetched<MediaPage> TikTokClient::accountVideos(const QString &secUid, const QString &username, const QString &cursor)
{
    StrategyRunner::Context ctx;
    ctx.vars = {{u"sec_uid"_s, secUid.trimmed()},
                {u"username"_s, cleanUsername(username)},
                {u"cursor"_s, cursor.isEmpty() ? u"0"_s : cursor}};
    return runWithReader<MediaPage>(
        m_runner, u"account_videos"_s, ctx, u"tiktok.item_list"_s,
        [](const HttpAnswer &answer) { return tiktok::classifyItemList(answer); },
        [](const QByteArray &body) { return tiktok::parseItemList(body); },
        QT_TRANSLATE_NOOP("reelpulse::TikTokClient", "The account's video list could not be read."));
}

} // namespace reelpulse
