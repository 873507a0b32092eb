#include "services/PlatformSourceFactory.h"

#include "instagram/InstagramClient.h"
#include "net/RateGovernor.h"
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
            governor = std::make_shared<RateGovernor>();
        }
    }
    return [dataDir, governor, session](Database &) {
        ScrapeSources sources;
        InstagramClient::Options instagram;
        instagram.dataDir = dataDir;
        instagram.session = session;
        sources.instagram = std::make_unique<InstagramClient>(governor, instagram);
        TikTokClient::Options tiktok;
        tiktok.dataDir = dataDir;
        sources.tiktok = std::make_unique<TikTokClient>(governor, tiktok);
        return sources;
    };
}

} // namespace reelpulse
