#pragma once

#include "platform/PlatformSources.h"

#include <functional>
#include <memory>

namespace reelpulse {

class Database;

/// The platform readers one scrape thread uses. Either may be null: tasks of that platform then
/// fail with an EndpointBroken failure that says the platform is not available.
struct ScrapeSources
{
    std::unique_ptr<InstagramSource> instagram;
    std::unique_ptr<TikTokSource> tiktok;
};

/// Creates the readers of one thread. Called IN the thread that will use them (the scheduler's
/// worker thread, or the CLI's main thread), with that thread's store connection.
using SourceFactory = std::function<ScrapeSources(Database &database)>;

} // namespace reelpulse
