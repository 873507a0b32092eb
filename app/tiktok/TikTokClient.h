#pragma once

#include "net/HttpFetcher.h"
#include "net/StrategyRunner.h"
#include "platform/PlatformSources.h"

#include <memory>

namespace reelpulse {

class RateGovernor;

/// Reads TikTok through the TikTok endpoint profile: the video page (`/@{user}/video/{id}`, `/@_/…`
/// when the author is unknown) with the item in __UNIVERSAL_DATA_FOR_REHYDRATION__, the comment
/// list API, the account page (`/@{user}`, `webapp.user-detail`) and the account's video list. Each request is paced by
/// the rate governor. Base URL: EndpointProfile::baseUrl() (REELPULSE_TIKTOK_URL wins over Options::baseUrl, which wins
/// over the profile's). Create and use it in one worker thread; abort() from any thread.
class TikTokClient final : public TikTokSource
{
public:
    struct Options
    {
        QString dataDir; ///< where an endpoint-profile override may live (empty: built-in only)
        FetcherOptions fetcher;
        QString baseUrl; ///< replaces the profile's base URL when not empty (setting tiktok.url)
    };

    TikTokClient(std::shared_ptr<RateGovernor> governor, Options options);
    TikTokClient(EndpointProfile profile, std::shared_ptr<RateGovernor> governor, Options options);
    ~TikTokClient() override;
    Q_DISABLE_COPY_MOVE(TikTokClient)

    Fetched<MediaItem> video(const QString &videoId, const QString &username) override;
    Fetched<CommentPage> comments(const QString &videoId, const QString &cursor) override;
    Fetched<ProfileInfo> account(const QString &username) override;
    Fetched<MediaPage> accountVideos(const QString &secUid, const QString &username, const QString &cursor) override;
    void abort() override;

    QString identity() const;
    const EndpointProfile &endpointProfile() const { return m_runner.profile(); }
    void setTimeoutMs(int ms) { m_runner.fetcher().setTimeoutMs(ms); }

private:
    Options m_options;
    StrategyRunner m_runner;
    QHash<QString, QString> m_authors; ///< video id → author, learnt from video reads (comment referers)
};

} // namespace reelpulse
