#include "services/PlatformSourceFactory.h"

#include "instagram/InstagramClient.h"
#include "net/RateGovernor.h"
#include "platform/Settings.h"
#include "services/SchedulerLog.h"
#include "tiktok/TikTokClient.h"

namespace reelpulse {

SourceFactory platformSourceFactory(const QString &dataDir, std::shared_ptr<RateGovernor> governor,
                                    SessionProvider session)
{
    if (!governor) {
        auto opened = RateGovernor::open(dataDir);
        if (opened.ok()) {
            governor = opened.value();
        } else {
            // Without the persisted log the budgets still hold for this process.
            qCWarning(lcScheduler) << "request log unavailable:" << opened.error().message;
            governor = std::make_shared<RateGovernor>(GovernorConfig::fromSettings(Settings(dataDir)));
        }
    }
    return [dataDir, governor, session](Database &) {
        const Settings settings(dataDir); // read in the thread that makes the readers
        ScrapeSources sources;
        InstagramClient::Options instagram;
        instagram.dataDir = dataDir;
        instagram.session = session;
        instagram.baseUrl = settings.instagramUrl();
        instagram.sessionHosts = settings.sessionHosts();
        instagram.fetcher.maxBodyBytes = settings.maxBodyBytes();
        sources.instagram = std::make_unique<InstagramClient>(governor, instagram);
        TikTokClient::Options tiktok;
        tiktok.dataDir = dataDir;
        tiktok.baseUrl = settings.tiktokUrl();
        tiktok.fetcher.maxBodyBytes = settings.maxBodyBytes();
        sources.tiktok = std::make_unique<TikTokClient>(governor, tiktok);
        return sources;
    };
}

} // namespace reelpulse
