#pragma once

#include "services/ScrapeSources.h"

#include <memory>

namespace reelpulse {

class RateGovernor;
class SecretStore;

/// How the window scrapes: what the application passes, and what tests replace.
struct ScrapeSetup
{
    /// Start the scheduler when the window opens (the application does; tests start it themselves).
    bool autoStart = false;
    /// The platform readers; empty: the real Instagram and TikTok clients (platformSourceFactory).
    SourceFactory sources;
    /// The request pacing shared with the readers; empty: opened on the data folder for the real
    /// clients, a memory-only one for other readers.
    std::shared_ptr<RateGovernor> governor;
    /// Where the Instagram session is kept; empty: in memory only. The application passes the keychain.
    std::shared_ptr<SecretStore> secrets;
    /// Longest sleep of the scheduler between two looks for due tasks.
    int pollIntervalMs = 60000;
    /// How often the status bar re-reads the rate governor's state.
    int governorRefreshMs = 5000;
};

} // namespace reelpulse
