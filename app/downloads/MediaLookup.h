#pragma once

#include "downloads/DownloadTypes.h"
#include "net/HttpFetcher.h"
#include "net/StrategyRunner.h"
#include "platform/InstagramSession.h"
#include "platform/PlatformSources.h"

#include <memory>

namespace reelpulse {
class RateGovernor;
}

namespace reelpulse::downloads {

/// A post as the platform has it now: its metadata (the platform parser's MediaItem) and every version of
/// each of its media (collectPostMedia / collectTikTokMedia over the same answer).
struct LookedUpPost
{
    MediaItem item;
    ResolvedPost media;
};

/// Reads a post, reel or TikTok video for download through the same endpoint profiles, strategies and
/// rate governor as the platform clients (the governor budgets these API calls; the CDN bytes are not
/// counted). Blocks the calling thread; make and use it in one thread.
class MediaLookup final
{
public:
    struct Options
    {
        QString dataDir;      ///< where endpoint-profile overrides live
        QString instagramUrl; ///< base URL (setting instagram.url / REELPULSE_INSTAGRAM_URL); empty: the profile's
        QString tiktokUrl;    ///< base URL (setting tiktok.url / REELPULSE_TIKTOK_URL)
        FetcherOptions fetcher;
    };

    MediaLookup(std::shared_ptr<RateGovernor> governor, const Options &options);
    ~MediaLookup();
    Q_DISABLE_COPY_MOVE(MediaLookup)

    Fetched<LookedUpPost> instagramPost(const QString &shortcode);
    Fetched<LookedUpPost> tiktokVideo(const QString &videoId, const QString &username);
    /// A user's current stories (the profile for the user id, then api/v1/feed/reels_media/?reel_ids=ID), each
    /// item with every version it offers; its shortcode is its media id (pk; stories have none). Instagram shows
    /// stories to signed-in accounts only: `session` is sent where SessionScope::instagram(sessionHosts)
    /// allows, and without one the answer is a LoginWall failure. An empty list: no story right now.
    Fetched<QList<LookedUpPost>> instagramStories(const QString &username,
                                                  const std::optional<InstagramSession> &session,
                                                  const QStringList &sessionHosts);

    void abort();

private:
    std::unique_ptr<StrategyRunner> m_instagram;
    std::unique_ptr<StrategyRunner> m_tiktok;
};

} // namespace reelpulse::downloads
